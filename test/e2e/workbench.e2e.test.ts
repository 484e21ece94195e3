/**
 * The agency workbench end to end (issue #15): the REAL reference server with the demo data,
 * the demo pages, the built bundle and the built workbench at /staff/, staff accounts made with
 * the operator CLI, and Chromium for the citizen and for each staff member (one browser context
 * each, so each has their own session cookie).
 *
 *   application: the citizen files in <gk-disclosure-request> → the registrar signs in and
 *   confirms receipt → the handler requests a correction (补正告知书) → the citizen's lookup
 *   shows it → the correction arrives, the handler replies → the citizen sees the reply;
 *   letter: accept → assign (a unit from the list) → reply → the publisher publishes after the
 *   side-by-side review → the public list shows the masked letter.
 *
 * Every workbench state is checked with axe, at 320 px too; sign-in and one action are walked
 * with the keyboard alone; no console errors (besides the expected 401s) and no CSP violations.
 * Run after `npm run build`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { startServer } from '@gongkai/server';
import type { StartedServer } from '@gongkai/server';
import { demoPortalMounts, launchChromium, openRecordedPage, repoRoot, type PageLog } from './browser.js';
import { runServerCli } from '../../packages/server/test/run-server-cli.js';

const AXE_SOURCE = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const AGENCY = 'shili-gov';
const UNITS = ['市城管局', '市住建局', '东城区人民政府'];
const STAFF = {
  registrar: { name: 'wang.reg', password: 'registrar-Pa55-e2e', roles: 'registrar', displayName: '王登记' },
  handler: { name: 'li.handler', password: 'handler-Pa55-e2e', roles: 'handler', displayName: '李承办' },
  publisher: { name: 'zhao.pub', password: 'publisher-Pa55-e2e', roles: 'publisher', displayName: '赵发布' },
  auditor: { name: 'sun.audit', password: 'auditor-Pa55-e2e', roles: 'auditor', displayName: '孙审计' },
} as const;
/** The page each lands on: the first section their roles may open. */
const LANDING: Record<keyof typeof STAFF, string> = { registrar: '依申请公开办理', handler: '依申请公开办理', publisher: '来信办理', auditor: '政府信息公开工作年度报告' };
type StaffKey = keyof typeof STAFF;

const staffCli = (args: string[], stdin = '') => runServerCli(['staff', ...args], stdin);

async function expectAxeClean(page: Page, state: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's strict CSP stays in force for the page itself.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(violations, [], `axe in state "${state}"`);
}

/** Nothing wider than the viewport (usable at 320 px without scrolling sideways). */
async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  assert.ok(scrollWidth <= innerWidth, `${state}: page is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
}

/** The page's errors minus the 401 the workbench expects when it checks for a session. */
function unexpectedErrors(log: PageLog): string[] {
  return log.errors.filter((error) => !/status of 401 \(Unauthorized\).*\/api\/staff\/session$/.test(error));
}

/** The text of an element and of every shadow root below it (a host's textContent leaves those out). */
async function deepText(page: Page, selector: string): Promise<string> {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  return page.locator(selector).first().evaluate((root) => {
    const parts: string[] = [];
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      const children = [...(node instanceof Element && node.shadowRoot ? [node.shadowRoot] : []), ...node.childNodes];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    return parts.join('');
  });
}

/** The element focus is on, through shadow roots: its tag, id and text. */
async function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').trim() };
  });
}

async function tabTo(page: Page, matches: (f: { tag: string; id: string; text: string }) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

describe('agency workbench', () => {
  let browser: Browser;
  let server: StartedServer;
  let origin: string;
  let dir: string;
  const logs: PageLog[] = [];

  async function staffPage(who: StaffKey, width = 1024): Promise<Page> {
    const { page, log } = await openRecordedPage(browser);
    logs.push(log);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${origin}/staff/`);
    await page.locator('#name').fill(STAFF[who].name);
    await page.locator('#password').fill(STAFF[who].password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: LANDING[who] }).waitFor();
    return page;
  }

  /** Runs one action through its form: open, fill, check, confirm; waits for the done line. */
  async function act(page: Page, action: string, fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => {}, state = action): Promise<void> {
    await page.getByRole('button', { name: action, exact: true }).click();
    const form = page.locator('gk-wb-action-form');
    await fill(form);
    await expectAxeClean(page, `${state}: form`);
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await expectAxeClean(page, `${state}: confirmation`);
    await form.getByRole('button', { name: '确认提交' }).click();
    await page.getByText(`已完成：${action}`).waitFor();
    await expectAxeClean(page, `${state}: done`);
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-workbench-e2e-'));
    const db = join(dir, 'gongkai.db');
    for (const who of Object.values(STAFF)) {
      const added = await staffCli(['add', who.name, '--role', who.roles, '--agency', AGENCY, '--display-name', who.displayName, '--db', db], `${who.password}\n`);
      assert.equal(added.code, 0, added.stderr);
    }
    const units = await staffCli(['units', AGENCY, '--set', UNITS.join(','), '--db', db]);
    assert.equal(units.code, 0, units.stderr);
    server = await startServer({
      port: 0,
      db,
      receipt: 'staff',
      data: join(repoRoot, 'demo/data'),
      mounts: demoPortalMounts({ workbench: true }),
    });
    origin = server.url.replace(/\/$/, '');
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    for (const log of logs) {
      assert.deepEqual(unexpectedErrors(log), []);
      assert.deepEqual(log.cspViolations, []);
    }
  });

  it('is served at /staff/ under the strict CSP; a wrong password gets the one generic message; sign-in works with the keyboard alone', async () => {
    const { page, log } = await openRecordedPage(browser);
    logs.push(log);
    const response = await page.goto(`${origin}/staff/`);
    // Strict CSP, and no framing of the workbench by anyone (docs/security.md §Headers).
    assert.equal(response?.headers()['content-security-policy'], "default-src 'self'; frame-ancestors 'none'");
    assert.equal(response?.headers()['x-frame-options'], 'DENY');
    await page.getByRole('heading', { level: 1, name: '登录工作台' }).waitFor();
    assert.match(await page.title(), /^登录工作台 - 政务公开工作台$/);
    await expectAxeClean(page, 'sign-in');

    await page.locator('#name').fill(STAFF.handler.name);
    await page.locator('#password').fill('not-the-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    assert.equal(await page.locator('#password').inputValue(), '', 'the password is not kept after a failed attempt');
    await expectAxeClean(page, 'sign-in failed');

    // Keyboard only: Tab to the name, type, Tab to the password, type, Enter.
    await page.locator('#name').fill('');
    await page.locator('body').focus();
    await tabTo(page, (f) => f.id === 'name', 'the name field');
    await page.keyboard.type(STAFF.handler.name);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'password');
    await page.keyboard.type(STAFF.handler.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '依申请公开办理' }).waitFor();
    const landed = await focused(page);
    assert.equal(landed.tag, 'h1', 'focus moves to the new page heading');
    assert.match(await page.title(), /^依申请公开办理 - 政务公开工作台$/);
    assert.match(await page.locator('header').textContent() ?? '', /李承办，您好/);
    await expectAxeClean(page, 'queue');

    // English, and back: the page, its title and the server's messages follow.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Applications for disclosure' }).waitFor();
    assert.match(await page.title(), /^Applications for disclosure - Open Government Workbench$/);
    await expectAxeClean(page, 'queue in English');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '依申请公开办理' }).waitFor();

    // Signing out ends the session on the server: a reload asks for sign-in again.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { level: 1, name: '登录工作台' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '登录工作台' }).waitFor();
  });

  it('walks an application from the citizen through registrar and handler to the reply the citizen sees', async () => {
    /* -- the citizen files an application on the demo portal */
    const { page: citizen, log } = await openRecordedPage(browser);
    logs.push(log);
    await citizen.goto(`${origin}/request.html`);
    await citizen.locator('#dr-name').fill('张三丰');
    await citizen.locator('#dr-idNumber').fill('11010519491231002X');
    await citizen.locator('#dr-phone').fill('13812345678');
    await citizen.locator('#dr-agencyId').selectOption(AGENCY);
    await citizen.locator('#dr-description').fill('2025年本市老旧小区改造项目清单及资金安排');
    await citizen.locator('#dr-provisionForms-electronic').check();
    await citizen.locator('#dr-deliveryMethods-collect').check();
    await citizen.locator('#dr-privacyAccepted').check();
    await citizen.locator('gk-disclosure-request form.form button[type="submit"]').click();
    await citizen.locator('gk-disclosure-request button.submit').click();
    await citizen.locator('gk-disclosure-request .receipt').waitFor();
    const [trackingNumber, queryCode] = (await citizen.locator('gk-disclosure-request .receipt__code').allTextContents()).map((s) => s.trim());
    assert.ok(trackingNumber && queryCode);

    const lookUp = async () => {
      await citizen.goto(`${origin}/request.html`);
      await citizen.locator('gk-disclosure-request .tab').nth(1).click();
      await citizen.locator('#dr-lookupNumber').fill(trackingNumber);
      await citizen.locator('#dr-lookupCode').fill(queryCode);
      await citizen.locator('gk-disclosure-request .lookup button[type="submit"]').click();
      await citizen.locator('gk-disclosure-request .status').waitFor();
      return (await citizen.locator('gk-disclosure-request .status').textContent()) ?? '';
    };

    /* -- the registrar finds it in the queue (masked) and confirms receipt, keyboard only */
    const registrar = await staffPage('registrar');
    const row = registrar.locator('gk-wb-request-queue .queue li').filter({ hasText: trackingNumber });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /待登记/);
    await registrar.locator(`a[href="#/requests/${trackingNumber}"]`).focus();
    await registrar.keyboard.press('Enter');
    await registrar.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    assert.equal((await focused(registrar)).tag, 'h1');
    // The applicant is masked until 显示 is pressed.
    const applicant = registrar.locator('gk-wb-request-page section[aria-labelledby="personal-title"]');
    assert.match((await applicant.textContent()) ?? '', /张\*\*/);
    assert.doesNotMatch((await applicant.textContent()) ?? '', /张三丰|11010519491231002X|13812345678/);
    await expectAxeClean(registrar, 'application (registrar)');
    // Only what the registrar may do now is offered.
    const offered = await registrar.locator('gk-wb-request-page .action-choices button').allTextContents();
    assert.deepEqual(offered.map((s) => s.trim()), ['确认收到']);

    await tabTo(registrar, (f) => f.tag === 'button' && f.text === '确认收到', 'the confirm-receipt button');
    await registrar.keyboard.press('Enter');
    await tabTo(registrar, (f) => f.tag === 'button' && f.text === '下一步：核对', 'the review button');
    await registrar.keyboard.press('Enter');
    assert.equal((await focused(registrar)).text, '确认提交', 'focus moves to the confirmation');
    await registrar.keyboard.press('Enter');
    await registrar.getByText('已完成：确认收到').waitFor();
    assert.equal((await focused(registrar)).text, '已完成：确认收到');
    await expectAxeClean(registrar, 'receipt confirmed');
    await applicant.getByRole('button', { name: '显示' }).click();
    await applicant.getByText('张三丰').waitFor();
    assert.match((await applicant.textContent()) ?? '', /11010519491231002X/);

    /* -- the handler requests a correction; the 补正告知书 is ready to print */
    const handler = await staffPage('handler');
    await handler.goto(`${origin}/staff/#/requests/${trackingNumber}`);
    await handler.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    // A missing required field is caught before anything is sent.
    await handler.getByRole('button', { name: '要求补正', exact: true }).click();
    const form = handler.locator('gk-wb-action-form');
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await form.locator('.gk-error-summary').getByText('请填写“需要补正的事项”').waitFor();
    await expectAxeClean(handler, 'correction: errors');
    await handler.getByRole('button', { name: '要求补正', exact: true }).click(); // closes the form
    await act(handler, '要求补正', (f) => f.locator('#field-note').fill('请写明所需信息涉及的具体小区名称或文号。'));
    const notice = handler.locator('gk-wb-request-page .notice');
    await notice.getByRole('heading', { name: '补正告知书' }).waitFor();
    assert.match((await notice.textContent()) ?? '', /请写明所需信息涉及的具体小区名称或文号/);
    assert.match((await notice.textContent()) ?? '', new RegExp(trackingNumber));
    await expectAxeClean(handler, 'correction requested');

    /* -- the citizen's lookup shows it */
    const afterCorrection = await lookUp();
    assert.match(afterCorrection, /需要补正/);
    assert.match(afterCorrection, /请写明所需信息涉及的具体小区名称或文号/);

    /* -- the correction arrives, the handler replies; at 320 px */
    await handler.setViewportSize({ width: 320, height: 800 });
    await act(handler, '已收到补正');
    await expectNoSidewaysScroll(handler, 'application at 320 px');
    await act(
      handler,
      '答复',
      async (f) => {
        await f.locator('#field-type').selectOption('granted');
        await f.locator('#field-content').fill('经查，您申请的信息予以公开，详见附件清单。');
      },
      'reply at 320 px',
    );
    await expectNoSidewaysScroll(handler, 'replied at 320 px');
    assert.match(await deepText(handler, 'gk-wb-request-page'), /已答复/);
    assert.equal(await handler.locator('gk-wb-request-page .action-choices').count(), 0, 'a replied application offers no action');
    await handler.getByText('当前状态下您没有可执行的操作。').waitFor();

    /* -- the citizen sees the reply */
    const replied = await lookUp();
    assert.match(replied, /已答复/);
    assert.match(replied, /经查，您申请的信息予以公开/);
  });

  it("shows an auditor the annual report table for the year, counting the reply just given", async () => {
    const auditor = await staffPage('auditor');
    assert.deepEqual((await auditor.locator('header nav a').allTextContents()).map((s) => s.trim()), ['年度报告']);
    const table = auditor.locator('gk-wb-report-page table.report');
    await table.waitFor();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    assert.match((await table.locator('caption').textContent()) ?? '', new RegExp(`${year} 年度`));
    const count = async (label: string) => (await table.locator('tr').filter({ has: auditor.getByRole('rowheader', { name: label, exact: true }) }).locator('td').textContent())?.trim();
    // The application walked above was answered 予以公开 (granted) this year.
    assert.equal(await count('予以公开'), '1');
    assert.equal(await count('办结合计'), '1');
    assert.equal(Number(await count('本年新收申请')) >= 1, true);
    await expectAxeClean(auditor, 'annual report');
    await auditor.setViewportSize({ width: 320, height: 800 });
    await expectAxeClean(auditor, 'annual report at 320 px');
    await expectNoSidewaysScroll(auditor, 'annual report at 320 px');
    // Another year, through the URL the form writes.
    await auditor.locator('#report-year').selectOption(String(year - 1));
    await auditor.getByRole('button', { name: '显示报告' }).click();
    await table.locator('caption').filter({ hasText: `${year - 1} 年度` }).waitFor();
    assert.match(auditor.url(), new RegExp(`#/reports\\?year=${year - 1}`));
    assert.equal(await count('办结合计'), '0');
  });

  it('walks a letter through accept, assign, reply and publication to the public list, masked', async () => {
    const submitted = await fetch(`${origin}/api/mailbox/letters`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${Date.now()}` },
      body: JSON.stringify({
        type: 'help',
        subject: '建设路路灯不亮',
        content: '我是张三，住在示例市东城区建设路88号3单元，电话13812345678。建设路路灯已坏一周，晚上出行不便。',
        name: '张三',
        phone: '13812345678',
        address: '示例市东城区建设路88号3单元',
        mayPublish: true,
      }),
    });
    assert.equal(submitted.status, 201);
    const { letterNumber } = (await submitted.json()) as { letterNumber: string };

    const handler = await staffPage('handler');
    await handler.getByRole('link', { name: '来信', exact: true }).click();
    await handler.getByRole('heading', { level: 1, name: '来信办理' }).waitFor();
    await handler.locator(`a[href="#/letters/${letterNumber}"]`).click();
    await handler.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    assert.doesNotMatch(await deepText(handler, 'gk-wb-letter-page'), /13812345678/, 'the letter is shown masked');
    await expectAxeClean(handler, 'letter');

    await act(handler, '受理');
    await act(handler, '转办', async (f) => {
      // A list of the agency's units, not free text.
      assert.deepEqual((await f.locator('#field-leadUnit option').allTextContents()).slice(1), UNITS);
      await f.locator('#field-leadUnit').selectOption('市城管局');
      await f.getByLabel('东城区人民政府').check();
    });
    assert.match(await deepText(handler, 'gk-wb-letter-page'), /市城管局/);
    await act(handler, '答复', async (f) => {
      await f.locator('#field-unit').selectOption('市城管局');
      await f.locator('#field-content').fill('已安排维修，路灯于本周内修复。');
    });

    // Back in the queue and forward again: each page has its own URL.
    await handler.goBack();
    await handler.getByRole('heading', { level: 1, name: '来信办理' }).waitFor();
    await handler.goForward();
    await handler.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();

    /* -- the publisher reviews the masked text beside the original, then publishes */
    const publisher = await staffPage('publisher');
    // A publisher is offered the letters only.
    assert.deepEqual((await publisher.locator('header nav a').allTextContents()).map((s) => s.trim()), ['来信']);
    await publisher.goto(`${origin}/staff/#/letters/${letterNumber}`);
    await publisher.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    await publisher.getByRole('button', { name: '公开发布', exact: true }).click();
    const review = publisher.locator('gk-wb-letter-page .special-action');
    await review.getByRole('heading', { name: '公开文本' }).waitFor();
    const original = (await review.locator('section[aria-labelledby="original-title"]').textContent()) ?? '';
    assert.match(original, /13812345678/);
    const marked = (await review.locator('mark.masked').allTextContents()).join('|');
    assert.match(marked, /\*/);
    const publicText = (await review.locator('section[aria-labelledby="public-title"]').textContent()) ?? '';
    assert.doesNotMatch(publicText, /13812345678/);
    assert.match(publicText, /138\*\*\*\*5678/);
    await expectAxeClean(publisher, 'publication review');
    await publisher.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(publisher, 'publication review at 320 px');
    await expectAxeClean(publisher, 'publication review at 320 px');
    await review.getByRole('button', { name: '确认公开发布' }).click();
    await publisher.getByText('已完成：公开发布').waitFor();

    /* -- the public list shows the letter, masked */
    const { page: citizen, log } = await openRecordedPage(browser);
    logs.push(log);
    await citizen.goto(`${origin}/mailbox.html`);
    await citizen.locator('gk-mayor-mailbox .tab[data-view="letters"]').click();
    const published = citizen.locator('gk-mayor-mailbox .letter-link', { hasText: '建设路路灯不亮' });
    await published.waitFor();
    await published.click();
    await citizen.getByText('已安排维修，路灯于本周内修复。').waitFor();
    const shown = await deepText(citizen, 'gk-mayor-mailbox');
    assert.doesNotMatch(shown, /13812345678|建设路88号3单元/);
    assert.match(shown, /138\*\*\*\*5678/);
  });

  it('keeps a half-filled form when the session ends, and sends it after signing in again', async () => {
    const handler = await staffPage('handler');
    const listed = await fetch(`${origin}/api/mailbox/letters`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-expiry-${Date.now()}` },
      body: JSON.stringify({ type: 'consult', subject: '咨询公交线路', content: '请问12路公交车末班车几点？', name: '李四', phone: '13900001111', mayPublish: false }),
    });
    const { letterNumber } = (await listed.json()) as { letterNumber: string };
    await handler.goto(`${origin}/staff/#/letters/${letterNumber}`);
    await handler.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    await handler.getByRole('button', { name: '不予受理', exact: true }).click();
    const form = handler.locator('gk-wb-action-form');
    await form.locator('#field-reason').fill('该问题属于公交公司答复范围，请拨打公交服务热线。');
    await form.getByRole('button', { name: '下一步：核对' }).click();

    // The session ends (here: the cookie is gone, as after the idle timeout).
    await handler.context().clearCookies();
    await form.getByRole('button', { name: '确认提交' }).click();
    await handler.getByRole('heading', { level: 1, name: '登录工作台' }).waitFor();
    await handler.getByText('登录已过期，请重新登录。本页已填写的内容会保留。').waitFor();
    await expectAxeClean(handler, 'session expired');
    await handler.locator('#name').fill(STAFF.handler.name);
    await handler.locator('#password').fill(STAFF.handler.password);
    await handler.getByRole('button', { name: '登录', exact: true }).click();
    await handler.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    // Still on the confirmation step with what was typed; sending it now works (new CSRF token).
    assert.match(await deepText(handler, 'gk-wb-action-form'), /该问题属于公交公司答复范围/);
    await form.getByRole('button', { name: '确认提交' }).click();
    await handler.getByText('已完成：不予受理').waitFor();
    // The one refused call was the send without a session; it is expected, nothing else is.
    const log = logs.at(-1)!;
    const refused = log.errors.filter((error) => /status of 401 \(Unauthorized\).*\/reject$/.test(error));
    assert.equal(refused.length, 1);
    log.errors = log.errors.filter((error) => !refused.includes(error));
  });
});
