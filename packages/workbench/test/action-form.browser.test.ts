/**
 * `<gk-wb-action-form>` in Chromium: validation beside fields and in a focused summary, the
 * confirmation step, the body sent, the server's refusal shown in its own words with nothing
 * typed lost, keyboard only, axe in every state, both languages, 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { GkWbActionForm } from '../src/views/action-form.js';
import { ApiError } from '../src/api/client.js';
import { requestActionSpec } from '../src/actions/request-actions.js';
import { letterActionSpec } from '../src/actions/letter-actions.js';
import { settled } from '../../../test/contract/element-contract.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';

const root = (el: GkWbActionForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: GkWbActionForm, selector: string) => root(el).querySelector<T>(selector);
const active = (el: GkWbActionForm) => root(el).activeElement as HTMLElement | null;

async function mount(spec = requestActionSpec('extend', 'zh-Hans')!, submit: (body: Record<string, unknown>) => Promise<void> = async () => {}, lang = 'zh-Hans') {
  const el = await fixture<GkWbActionForm>(html`<div lang=${lang}><gk-wb-action-form .spec=${spec} .submit=${submit}></gk-wb-action-form></div>`).then((div) => div.firstElementChild as GkWbActionForm);
  await settled(el);
  return el;
}

async function type(el: GkWbActionForm, selector: string, text: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await settled(el);
}

async function press(el: GkWbActionForm, label: string) {
  const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`no button ${label}: ${[...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`);
  button.focus();
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

describe('gk-wb-action-form', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every missing field beside it and in a summary that takes focus', async () => {
    const el = await mount();
    await expectNoAxeViolations(el, 'empty');
    await press(el, '下一步：核对');
    const summary = $(el, '.gk-error-summary')!;
    expect(active(el)).to.equal(summary);
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['请填写“延长工作日数”', '请填写“延期理由”']);
    expect($(el, '#field-days-error')!.textContent).to.equal('请填写“延长工作日数”');
    expect($(el, '#field-days')!.getAttribute('aria-describedby')).to.contain('field-days-error');
    await expectNoAxeViolations(el, 'errors');
    // The summary's link moves focus to its field.
    summary.querySelector('a')!.click();
    expect(active(el)).to.equal($(el, '#field-days'));
  });

  it('offers the reply templates of the chosen type; choosing one with the keyboard fills the text, which is sent without the template', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const spec = requestActionSpec('reply', 'zh-Hans', {
      templates: [
        { id: 3, replyType: 'granted', title: '予以公开（标准）', body: '您的申请（{受理编号}）所需信息予以公开。' },
        { id: 4, replyType: 'refused', title: '不予公开', body: '不予公开。' },
      ],
      facts: { 受理编号: 'YSQ-20260302-000001' },
    })!;
    const el = await mount(spec, async (body) => {
      bodies.push(body);
    });
    expect($(el, '#field-template')).to.equal(null, 'no template before a type is chosen');
    const choose = async (selector: string, value: string) => {
      const select = $<HTMLSelectElement>(el, selector)!;
      select.focus();
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await settled(el);
    };
    await choose('#field-type', 'granted');
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('#field-template option')].map((o) => o.textContent!.trim());
    expect(options.slice(1)).to.deep.equal(['予以公开（标准）'], 'only the templates of this type');
    await expectNoAxeViolations(el, 'reply with templates');
    // Keyboard: focus the template list and pick with the arrow key.
    $<HTMLSelectElement>(el, '#field-template')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect($<HTMLTextAreaElement>(el, '#field-content')!.value).to.equal('您的申请（YSQ-20260302-000001）所需信息予以公开。');
    await type(el, '#field-content', '您的申请所需信息予以公开，详见附件。');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    expect(bodies).to.deep.equal([{ type: 'granted', content: '您的申请所需信息予以公开，详见附件。' }]);
  });

  it('refuses more than 20 days (Art. 33) before anything is sent', async () => {
    let sent = 0;
    const el = await mount(undefined, async () => {
      sent++;
    });
    await type(el, '#field-days', '25');
    await type(el, '#field-note', '需要征求多个部门意见');
    await press(el, '下一步：核对');
    expect($(el, '#field-days-error')!.textContent).to.equal('“延长工作日数”应为 1 到 20 之间的整数');
    expect(sent).to.equal(0);
  });

  it('confirms what will be sent, goes back without losing it, then sends the body', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const el = await mount(undefined, async (body) => {
      bodies.push(body);
    });
    await type(el, '#field-days', '10');
    await type(el, '#field-note', '需要征求多个部门意见');
    await press(el, '下一步：核对');
    expect([...root(el).querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal(['10', '需要征求多个部门意见']);
    expect(active(el)!.textContent!.trim()).to.equal('确认提交');
    await expectNoAxeViolations(el, 'confirm');
    await press(el, '返回修改');
    expect($<HTMLInputElement>(el, '#field-days')!.value).to.equal('10');
    expect($<HTMLTextAreaElement>(el, '#field-note')!.value).to.equal('需要征求多个部门意见');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    expect(bodies).to.deep.equal([{ days: 10, note: '需要征求多个部门意见' }]);
  });

  it("shows the server's refusal in its own words and keeps the form", async () => {
    const el = await mount(requestActionSpec('confirm-receipt', 'zh-Hans')!, async () => {
      throw new ApiError(409, '该申请已确认收到，不能再次确认');
    });
    await type(el, '#field-note', '窗口登记');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    const refusal = $(el, '.refusal')!;
    expect(refusal.textContent).to.equal('该申请已确认收到，不能再次确认');
    expect(active(el)).to.equal(refusal);
    await expectNoAxeViolations(el, 'refused');
    await press(el, '返回修改');
    expect($<HTMLTextAreaElement>(el, '#field-note')!.value).to.equal('窗口登记');
  });

  it("puts a 422's message beside the field it names", async () => {
    const el = await mount(requestActionSpec('request-correction', 'zh-Hans')!, async () => {
      throw new ApiError(422, '提交的内容有误', [{ path: 'requestedAt', message: '告知日期不能早于收到日期' }]);
    });
    await type(el, '#field-note', '请写明所需信息的文号');
    await type(el, '#field-requestedAt', '2020-01-01');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    expect($(el, '#field-requestedAt-error')!.textContent).to.equal('告知日期不能早于收到日期');
    await expectNoAxeViolations(el, '422');
  });

  it('offers the report rows of the chosen reply type only when there is a choice', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const el = await mount(requestActionSpec('reply', 'zh-Hans')!, async (body) => {
      bodies.push(body);
    });
    const typeSelect = $<HTMLSelectElement>(el, '#field-type')!;
    typeSelect.value = 'granted';
    typeSelect.dispatchEvent(new Event('change'));
    await settled(el);
    expect($(el, '#field-reportRow')).to.equal(null);
    typeSelect.value = 'refused';
    typeSelect.dispatchEvent(new Event('change'));
    await settled(el);
    const rows = [...$<HTMLSelectElement>(el, '#field-reportRow')!.options].map((o) => o.value).filter(Boolean);
    expect(rows.every((row) => row.startsWith('refused.'))).to.equal(true);
    expect(rows.length).to.be.greaterThan(3);
    await expectNoAxeViolations(el, 'reply');
  });

  it('assigns to units from the list only, the lead unit not offered as assisting', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const el = await mount(letterActionSpec('assign', ['市城管局', '市住建局', '东城区政府'])!, async (body) => {
      bodies.push(body);
    });
    expect($(el, 'input[type="text"]#field-leadUnit')).to.equal(null);
    const lead = $<HTMLSelectElement>(el, '#field-leadUnit')!;
    lead.value = '市城管局';
    lead.dispatchEvent(new Event('change'));
    await settled(el);
    const assisting = [...root(el).querySelectorAll<HTMLInputElement>('#field-assistingUnits input')];
    expect(assisting.map((input) => input.parentElement!.textContent!.trim())).to.deep.equal(['市住建局', '东城区政府']);
    assisting[1]!.focus();
    await sendKeys({ press: 'Space' });
    await settled(el);
    await expectNoAxeViolations(el, 'assign');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    expect(bodies).to.deep.equal([{ leadUnit: '市城管局', assistingUnits: ['东城区政府'] }]);
  });

  it('keeps what was typed when the page re-renders with a new spec object for the same action, not for another action', async () => {
    const el = await mount();
    await type(el, '#field-note', '需要征求多个部门意见');
    el.spec = requestActionSpec('extend', 'zh-Hans');
    await settled(el);
    expect($<HTMLTextAreaElement>(el, '#field-note')!.value).to.equal('需要征求多个部门意见');
    el.spec = requestActionSpec('pause', 'zh-Hans');
    await settled(el);
    expect($<HTMLTextAreaElement>(el, '#field-note')!.value).to.equal('');
  });

  it('speaks English and stays usable at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(undefined, undefined, 'en');
    expect($(el, 'h2')!.textContent).to.equal('Extend the reply period');
    await press(el, 'Next: check');
    expect($(el, '#field-days-error')!.textContent).to.equal('Enter "Working days of extension"');
    await expectNoAxeViolations(el, 'en errors');
    const base = $(el, '[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });

  it('adds and removes attachment rows with the keyboard, refuses a link that is not absolute http(s) at its input, sends the filled rows', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    let refuse = true;
    const el = await mount(requestActionSpec('reply', 'zh-Hans')!, async (body) => {
      bodies.push(body);
      if (refuse) throw new ApiError(422, '提交的内容有误', [{ path: 'attachments.1.url', message: '应为 http:// 或 https:// 开头的网址' }]);
    });
    const typeSelect = $<HTMLSelectElement>(el, '#field-type')!;
    typeSelect.value = 'granted';
    typeSelect.dispatchEvent(new Event('change'));
    await settled(el);
    await type(el, '#field-content', '所需信息予以公开，见附件。');
    expect(root(el).querySelectorAll('.links__row').length).to.equal(0, 'no row until one is added');
    await press(el, '添加附件');
    expect(active(el)).to.equal($(el, '#field-attachments-0-name'), 'the new row takes focus');
    await sendKeys({ type: '2025年预算' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'javascript:alert(1)' });
    await settled(el);
    await press(el, '添加附件');
    await sendKeys({ type: '说明' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'https://www.example.gov.cn/b.pdf' });
    await press(el, '添加附件');
    await expectNoAxeViolations(el, 'attachment rows');
    await press(el, '下一步：核对');
    expect(bodies).to.deep.equal([], 'nothing sent with a bad link');
    expect($(el, '#field-attachments-0-url-error')!.textContent).to.contain('http:// 或 https://');
    expect($(el, '#field-attachments-0-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-attachments-1-url-error')).to.equal(null);
    expect($(el, '#field-attachments-2-name-error')).to.equal(null, 'an empty row is neither checked nor sent');
    await expectNoAxeViolations(el, 'attachment errors');
    await type(el, '#field-attachments-0-url', 'ftp://www.example.gov.cn/a.pdf');
    await press(el, '下一步：核对');
    expect($(el, '#field-attachments-0-url-error')).to.not.equal(null, 'ftp is refused as the server refuses it');
    await type(el, '#field-attachments-0-url', 'https://www.example.gov.cn/a.pdf');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    // The server's 422 on a row lands at that row's input.
    expect($(el, '#field-attachments-1-url-error')!.textContent).to.equal('应为 http:// 或 https:// 开头的网址');
    refuse = false;
    await press(el, '删除附件 3');
    expect(active(el)).to.equal($(el, '#field-attachments-add'), 'removing returns focus to the add button');
    await press(el, '下一步：核对');
    await press(el, '确认提交');
    expect(bodies.at(-1)).to.deep.equal({
      type: 'granted',
      content: '所需信息予以公开，见附件。',
      attachments: [
        { name: '2025年预算', url: 'https://www.example.gov.cn/a.pdf' },
        { name: '说明', url: 'https://www.example.gov.cn/b.pdf' },
      ],
    });
  });
});
