/**
 * <gk-mayor-mailbox> when its lazy chunk (lazy/later.ts: sending, the checks, the later views)
 * cannot be downloaded. The element once kept the first failed import forever
 * (`laterModule ??= import(…)`) and said nothing; it now loads through @gongkai/ui's
 * LazyChunkController, which reports the failure: a notice on the form, nothing typed lost,
 * nothing sent. (It also asks for the chunk again on the next action — tested in
 * packages/ui/test/lazy-chunk.browser.test.ts — but Chromium itself remembers a failed module
 * fetch for the page's lifetime, measured on this machine, so that retry cannot be seen here.)
 * Its own file, for that reason: no other test may share this page.
 */
import { expect } from '@open-wc/testing';
import { settled } from '../../../test/contract/element-contract.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { $, LETTER, control, fillLetter, mount, serverState, text, waitFor } from './helpers.js';

const CHUNK = 'mayor-mailbox/src/lazy/later.ts';

describe('<gk-mayor-mailbox> without its lazy chunk', () => {
  before(() => control({ reset: true, failModule: CHUNK }));
  after(() => control({ reset: true }));

  it('says the page is incomplete, keeps what was typed and sends nothing, also on a second try', async () => {
    const el = await mount();
    await fillLetter(el);
    $<HTMLButtonElement>(el, 'button.submit').click();
    await waitFor('the notice', () => text(el).includes('页面的一部分未能下载'));
    await settled(el);
    expect($(el, '.gk-notice[role="alert"]').textContent).to.contain('您填写的内容仍在');
    expect($<HTMLInputElement>(el, '#mm-subject').value).to.equal(LETTER.subject);
    expect($<HTMLInputElement>(el, '#mm-phone').value).to.equal(LETTER.phone);
    expect(el.shadowRoot!.querySelector('.progress, .receipt')).to.equal(null);
    await expectNoAxeViolations(el, 'chunk failed');

    $<HTMLButtonElement>(el, 'button.submit').click();
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(text(el)).to.contain('页面的一部分未能下载');
    expect($<HTMLInputElement>(el, '#mm-content').value).to.equal(LETTER.content);
    expect((await serverState()).posts).to.equal(0);
  });
});
