/**
 * The agency workbench end to end (issue #15): the REAL reference server with the demo data,
 * the demo pages, the built bundle and the built workbench at /staff/, staff accounts made with
 * the operator CLI, and Chromium for the citizen and for each staff member (one browser context
 * each, so each has their own session cookie).
 *
 *   application: the citizen files in <gk-disclosure-request> → the registrar signs in and
 *   confirms receipt → the handler requests a correction (补正告知书) → the citizen's lookup
 *   shows it → the correction arrives; the approver adds the reply template on 答复模板 (keyboard
 *   alone) → the handler picks it, adds an attachment and replies → the citizen sees the reply
 *   and the attachment's link;
 *   letter: accept → assign (a unit from the list) → reply → the publisher publishes after the
 *   side-by-side review → the public list shows the masked letter;
 *   offline intake: the registrar enters a posted application and a posted letter on 登记 and
 *   prints the receipt (回执) → the citizen looks the application up with it;
 *   four eyes: the operator turns it on with `gongkai-server agency set` → the handler's reply is
 *   a proposal → the approver returns it with a note → the handler proposes again → the approver
 *   approves, side by side with the application → the citizen sees the reply.
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
import ExcelJS from 'exceljs';
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
  approver: { name: 'zhou.approve', password: 'approver-Pa55-e2e', roles: 'approver', displayName: '周审核' },
} as const;
/** The page each lands on: the first section their roles may open. */
const LANDING: Record<keyof typeof STAFF, string> = { registrar: '依申请公开办理', handler: '依申请公开办理', publisher: '来信办理', auditor: '政府信息公开工作年度报告', approver: '依申请公开办理' };
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
  let dbPath: string;
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
    dbPath = db;
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
    // The approver keeps the agency's reply templates on 答复模板 (keyboard path, axe in its states).
    await approverAddsTemplate();
    // The handler's header does not offer the page: only approvers edit templates.
    assert.equal(await handler.locator('header nav a', { hasText: '答复模板' }).count(), 0);
    await handler.reload();
    await handler.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    await act(
      handler,
      '答复',
      async (f) => {
        await f.locator('#field-type').selectOption('granted');
        await f.locator('#field-template').selectOption({ label: '予以公开（标准答复）' });
        // Filled from the application; the name stays a placeholder while the applicant is masked.
        assert.equal(await f.locator('#field-content').inputValue(), `{申请人}：您的申请（${trackingNumber}）所需信息予以公开。`);
        await f.locator('#field-content').fill('经查，您申请的信息予以公开，详见附件清单。');
        // A document the reply points to; a link that is not absolute http(s) is refused at its input first.
        await f.getByRole('button', { name: '添加附件' }).click();
        await f.locator('#field-attachments-0-name').fill('老旧小区改造项目清单');
        await f.locator('#field-attachments-0-url').fill('javascript:alert(1)');
        await f.getByRole('button', { name: '下一步：核对' }).click();
        await f.locator('#field-attachments-0-url-error').waitFor();
        await expectAxeClean(handler, 'reply: attachment refused');
        await f.locator('#field-attachments-0-url').fill('https://www.example.gov.cn/files/gaizao-2025.pdf');
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
    const link = citizen.locator('gk-disclosure-request .attachments a', { hasText: '老旧小区改造项目清单' });
    assert.equal(await link.getAttribute('href'), 'https://www.example.gov.cn/files/gaizao-2025.pdf');
  });

  /**
   * The approver adds the `granted` template on 答复模板 by keyboard alone: the header link, the
   * form with a placeholder inserted by its button, an unknown placeholder refused at the body
   * before sending, then saved; edit and delete (with its confirmation) on a second one. Axe in
   * each state, English and 320 px.
   */
  async function approverAddsTemplate(): Promise<void> {
    const approver = await staffPage('approver');
    const nav = (await approver.locator('header nav a').allTextContents()).map((s) => s.trim());
    assert.ok(nav.includes('答复模板'), nav.join(' | '));
    await approver.getByRole('link', { name: '答复模板', exact: true }).focus();
    await approver.keyboard.press('Enter');
    await approver.getByRole('heading', { level: 1, name: '答复模板' }).waitFor();
    assert.match(await approver.title(), /^答复模板 - 政务公开工作台$/);
    const page = approver.locator('gk-wb-templates-page');
    await page.getByText('本机关还没有答复模板。').waitFor();
    await expectAxeClean(approver, 'templates: empty');

    await tabTo(approver, (f) => f.id === 'templates-add', 'the add button');
    await approver.keyboard.press('Enter');
    assert.equal((await focused(approver)).id, 'template-replyType', 'the form starts at the reply type');
    // Saving the empty form: every field's problem, in a summary that takes focus.
    await tabTo(approver, (f) => f.text === '保存模板', 'the save button');
    await approver.keyboard.press('Enter');
    await page.locator('.gk-error-summary').getByText('请填写“模板名称”').waitFor();
    await page.locator('#template-body-error').waitFor();
    await expectAxeClean(approver, 'templates: errors');
    await page.locator('#template-replyType').focus();
    await page.locator('#template-replyType').selectOption('granted');
    await approver.keyboard.press('Tab');
    await approver.keyboard.type('予以公开（标准答复）');
    await approver.keyboard.press('Tab');
    await approver.keyboard.type('{申请人}：您的申请（{受理号}）');
    await tabTo(approver, (f) => f.text === '保存模板', 'the save button');
    await approver.keyboard.press('Enter');
    await page.locator('#template-body-error').getByText('{受理号}', { exact: false }).waitFor();
    await page.locator('#template-body').fill('{申请人}：您的申请（');
    await page.locator('#template-body').press('End');
    await tabTo(approver, (f) => f.text === '插入 {受理编号}', 'the placeholder button');
    await approver.keyboard.press('Enter');
    assert.equal((await focused(approver)).id, 'template-body', 'focus returns to the body after inserting');
    await approver.keyboard.type('）所需信息予以公开。');
    assert.equal(await page.locator('#template-body').inputValue(), '{申请人}：您的申请（{受理编号}）所需信息予以公开。');
    await expectAxeClean(approver, 'templates: filled');
    await tabTo(approver, (f) => f.text === '保存模板', 'the save button');
    await approver.keyboard.press('Enter');
    await page.getByText('已保存模板“予以公开（标准答复）”。').waitFor();
    assert.equal((await focused(approver)).text, '修改“予以公开（标准答复）”', 'focus moves to the saved template');
    await page.getByRole('heading', { level: 2, name: '予以公开' }).waitFor();
    await expectAxeClean(approver, 'templates: saved');

    // A second one, edited and then deleted after confirming; a title over 100 characters is the server's refusal too.
    await page.getByRole('button', { name: '新增模板' }).click();
    await page.locator('#template-replyType').selectOption('refused');
    await page.locator('#template-title').fill('不予公开（草稿）');
    await page.locator('#template-body').fill('不予公开。');
    await page.getByRole('button', { name: '保存模板' }).click();
    await page.getByRole('button', { name: '修改“不予公开（草稿）”' }).click();
    await page.locator('#template-title').fill('不予公开（第二稿）');
    await page.getByRole('button', { name: '保存模板' }).click();
    await page.getByRole('button', { name: '删除“不予公开（第二稿）”' }).click();
    await page.getByText('确定删除模板“不予公开（第二稿）”？此操作不能撤销。').waitFor();
    await expectAxeClean(approver, 'templates: confirm delete');
    await page.getByRole('button', { name: '确认删除' }).click();
    await page.getByText('已删除模板“不予公开（第二稿）”。').waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: '不予公开' }).count(), 0);

    // What the server keeps is what the page showed.
    const templates = await server.store.replyTemplates.list(AGENCY);
    assert.deepEqual(templates.map((t) => [t.replyType, t.title, t.body]), [['granted', '予以公开（标准答复）', '{申请人}：您的申请（{受理编号}）所需信息予以公开。']]);

    await approver.getByRole('button', { name: 'English' }).click();
    await approver.getByRole('heading', { level: 1, name: 'Reply templates' }).waitFor();
    await approver.setViewportSize({ width: 320, height: 800 });
    await expectAxeClean(approver, 'templates: English at 320 px');
    await expectNoSidewaysScroll(approver, 'templates at 320 px');
    await approver.close();
  }

  it('searches the queue by the applicant’s name, words and the received range: state in the URL, the count announced, keyboard and axe', async () => {
    const handler = await staffPage('handler');
    const queue = handler.locator('gk-wb-request-queue');
    await queue.locator('.queue li').first().waitFor();
    await expectAxeClean(handler, 'queue with search');
    // Keyboard only: Tab to the search box, type the applicant's full name, Enter.
    await handler.locator('body').focus();
    await tabTo(handler, (f) => f.id === 'filter-q', 'the search box');
    await handler.keyboard.type('张三丰');
    await handler.keyboard.press('Enter');
    await handler.waitForURL(/#\/requests\?.*q=%E5%BC%A0%E4%B8%89%E4%B8%B0/);
    const count = queue.locator('[aria-live="polite"] .queue__count');
    await count.filter({ hasText: '共 1 件' }).waitFor();
    const rows = queue.locator('.queue li');
    assert.equal(await rows.count(), 1);
    // Found by the name, shown masked.
    assert.doesNotMatch((await rows.first().textContent()) ?? '', /张三丰/);
    assert.equal(await queue.locator('#filter-q').inputValue(), '张三丰', 'the box shows the search from the URL');
    await expectAxeClean(handler, 'queue searched');

    // A reload keeps the search (it lives in the URL).
    await handler.reload();
    await count.filter({ hasText: '共 1 件' }).waitFor();

    // Words of the application, and a received range that ends before anything arrived.
    await queue.locator('#filter-q').fill('老旧小区 资金');
    await queue.getByRole('button', { name: '筛选' }).click();
    await count.filter({ hasText: '共 1 件' }).waitFor();
    await queue.locator('#filter-receivedTo').fill('2020-01-01');
    await queue.getByRole('button', { name: '筛选' }).click();
    await queue.getByText('没有符合条件的事项').waitFor();
    assert.match(handler.url(), /receivedTo=2020-01-01/);
    await expectAxeClean(handler, 'queue search without results');
    // A range that ends before it starts is refused in plain words.
    await queue.locator('#filter-receivedFrom').fill('2020-02-01');
    await queue.getByRole('button', { name: '筛选' }).click();
    await queue.getByText('结束日期不能早于开始日期').waitFor();
    await expectAxeClean(handler, 'queue search refused');
    // The server's 400 for that range is the one expected failed request of this page (the
    // browser logs it whenever its console event arrives: wait for it, then take it off).
    const rangeRefused = /status of 400 \(Bad Request\).*receivedTo=2020-01-01&receivedFrom=2020-02-01/;
    for (let i = 0; i < 40 && !logs.some((log) => log.errors.some((error) => rangeRefused.test(error))); i++) await handler.waitForTimeout(50);
    for (const log of logs) log.errors = log.errors.filter((error) => !rangeRefused.test(error));
    await handler.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(handler, 'queue search at 320 px');

    // The letter queue has the same search.
    await handler.goto(`${origin}/staff/#/letters?q=${encodeURIComponent('不存在的词语')}`);
    await handler.locator('gk-wb-letter-queue').getByText('没有符合条件的事项').waitFor();
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

    // The XLSX download: a plain link, sent with the SameSite=Strict session cookie; its counts are the table's.
    const [download] = await Promise.all([auditor.waitForEvent('download'), auditor.getByRole('link', { name: '下载 Excel（XLSX）' }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^annual-report-${year}(-${AGENCY})?\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const cells = new Map<string, number>();
    workbook.getWorksheet(String(year))!.eachRow((row) => {
      const [, label, value] = (row.values as unknown[]).slice(1);
      if (typeof label === 'string' && typeof value === 'number') cells.set(label, value);
    });
    for (const label of ['予以公开', '部分公开（区分处理的，只计这一情形，不计其他情形）']) {
      assert.equal(String(cells.get(label)), await count(label), `${label}: the file and the table agree`);
    }
    const tableRows = await table.locator('tbody tr').count();
    let compared = 0;
    for (let i = 0; i < tableRows; i++) {
      const row = table.locator('tbody tr').nth(i);
      const label = ((await row.locator('th').textContent()) ?? '').trim();
      assert.equal(String(cells.get(label)), ((await row.locator('td').textContent()) ?? '').trim(), label);
      compared++;
    }
    assert.ok(compared >= 20, `every row compared (${compared})`);
    assert.equal(String(cells.get('办理结果总计')), await count('办结合计'));
    assert.equal(String(cells.get('本年新收政府信息公开申请数量')), await count('本年新收申请'));
    const csvHref = await auditor.getByRole('link', { name: '下载 CSV' }).getAttribute('href');
    assert.match(csvHref ?? '', /format=csv/);

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
  /** The civil date `days` before today in Asia/Shanghai (the server's day). */
  const shanghaiDate = (days: number) => new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
  let registered: { trackingNumber: string; queryCode: string } | undefined;

  it('lets a registrar enter a posted application on 登记, with the server’s reasons at the fields, and print the receipt the citizen uses', async () => {
    const registrar = await staffPage('registrar');
    assert.deepEqual((await registrar.locator('header nav a').allTextContents()).map((s) => s.trim()), ['依申请公开', '来信', '登记']);
    await registrar.getByRole('link', { name: '登记', exact: true }).click();
    await registrar.getByRole('heading', { level: 1, name: '登记' }).waitFor();
    assert.match(await registrar.title(), /^登记 - 政务公开工作台$/);
    await expectAxeClean(registrar, 'intake');
    // In English too (the page's own catalog), and back.
    await registrar.getByRole('button', { name: 'English' }).click();
    await registrar.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    await registrar.getByRole('heading', { name: 'Register the application' }).waitFor();
    await expectAxeClean(registrar, 'intake in English');
    await registrar.getByRole('button', { name: '中文' }).click();
    await registrar.getByRole('heading', { level: 1, name: '登记' }).waitFor();
    const form = registrar.locator('gk-wb-intake-page gk-wb-action-form');
    // Nothing filled: the summary lists the required fields before anything is sent.
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await form.locator('.gk-error-summary').getByText('请填写“收件渠道”').waitFor();
    await expectAxeClean(registrar, 'intake: errors');

    await form.locator('#field-channel').selectOption('post');
    // A date in the future: the server's reason lands at the date field.
    await form.locator('[id="field-receivedAt"]').fill(shanghaiDate(-2));
    await form.locator('[id="field-agencyId"]').selectOption(AGENCY);
    await form.locator('[id="field-applicant.type"]').selectOption('person');
    await form.locator('[id="field-applicant.name"]').fill('李邮寄');
    await form.locator('[id="field-applicant.idType"]').selectOption('residentId');
    // A resident ID whose check digit is wrong: the schema's own message comes back at the field.
    await form.locator('[id="field-applicant.idNumber"]').fill('110105194912310021');
    await form.locator('[id="field-applicant.phone"]').fill('13812345678');
    await form.locator('[id="field-applicant.address"]').fill('示例市东城区建设路88号3单元');
    await form.locator('#field-description').fill('2025年本市道路维修计划');
    await form.getByLabel('纸质').check();
    await form.getByLabel('邮寄', { exact: true }).check();
    await form.getByLabel('申请人已在申请表上签字同意个人信息处理规则').check();
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await expectAxeClean(registrar, 'intake: confirmation');
    await form.getByRole('button', { name: '确认提交' }).click();
    await form.locator('[id="field-receivedAt-error"]').getByText('收到日期不能晚于今天').waitFor();
    assert.ok(((await form.locator('[id="field-applicant.idNumber-error"]').textContent()) ?? '').trim().length > 0, 'the ID number error is at its field');
    await expectAxeClean(registrar, 'intake: refused by the server');
    // That refusal is the one expected failed request of this page.
    const log = logs.at(-1)!;
    const refused = log.errors.filter((error) => /status of 422 \(Unprocessable Entity\).*\/api\/staff\/disclosure\/requests$/.test(error));
    assert.equal(refused.length, 1);
    log.errors = log.errors.filter((error) => !refused.includes(error));

    // Corrected, then sent with the keyboard: review, confirm, and focus lands on the receipt.
    await form.locator('[id="field-receivedAt"]').fill(shanghaiDate(2));
    await form.locator('[id="field-applicant.idNumber"]').fill('11010519491231002X');
    await form.locator('[id="field-applicant.idNumber"]').focus();
    await tabTo(registrar, (f) => f.tag === 'button' && f.text === '下一步：核对', 'the review button');
    await registrar.keyboard.press('Enter');
    assert.equal((await focused(registrar)).text, '确认提交', 'focus moves to the confirmation');
    await registrar.keyboard.press('Enter');
    const receipt = registrar.locator('gk-wb-intake-page .receipt');
    await receipt.getByRole('heading', { name: '政府信息公开申请登记回执' }).waitFor();
    assert.equal((await focused(registrar)).id, 'receipt-title', 'focus moves to the receipt');
    const [trackingNumber, queryCode] = (await receipt.locator('.receipt__code').allTextContents()).map((s) => s.trim());
    assert.match(trackingNumber ?? '', /^YSQ-\d{8}-\d{6}$/);
    assert.ok(queryCode);
    assert.match((await receipt.textContent()) ?? '', /邮寄/);
    await expectAxeClean(registrar, 'intake: receipt');
    await registrar.setViewportSize({ width: 320, height: 800 });
    await expectAxeClean(registrar, 'intake: receipt at 320 px');
    await expectNoSidewaysScroll(registrar, 'intake: receipt at 320 px');
    // Printed, the receipt is what shows: no header, no form, no buttons.
    await registrar.emulateMedia({ media: 'print' });
    assert.equal(await receipt.isVisible(), true);
    assert.equal(await registrar.locator('header').isVisible(), false);
    assert.equal(await receipt.getByRole('button', { name: '打印回执' }).isVisible(), false);
    await registrar.emulateMedia({ media: 'screen' });
    // The query code is shown once: the next entry forgets it, and nothing kept it in storage.
    assert.equal(await registrar.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await receipt.getByRole('button', { name: '登记下一件' }).click();
    await form.locator('#field-channel').waitFor();
    assert.doesNotMatch(await deepText(registrar, 'gk-wb-intake-page'), new RegExp(queryCode!));

    // The application, received by post two days ago, is in the queue with its channel.
    await registrar.goto(`${origin}/staff/#/requests/${trackingNumber}`);
    await registrar.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    const facts = await deepText(registrar, 'gk-wb-request-page');
    assert.match(facts, /收件渠道邮寄/);
    assert.match(facts, /办理中/);

    // The citizen looks it up with the receipt.
    const lookup = await fetch(`${origin}/api/disclosure/requests/${trackingNumber}`, { headers: { 'X-Query-Code': queryCode! } });
    assert.equal(lookup.status, 200);
    const status = (await lookup.json()) as { status: string; events: Array<{ note?: string }> };
    assert.equal(status.status, 'received');
    assert.match(status.events.at(-1)?.note ?? '', new RegExp(`${shanghaiDate(2)}签收`));
    registered = { trackingNumber: trackingNumber!, queryCode: queryCode! };
  });

  it('lets a registrar enter a letter received by post', async () => {
    const registrar = await staffPage('registrar');
    await registrar.getByRole('link', { name: '登记', exact: true }).click();
    await registrar.getByRole('heading', { level: 1, name: '登记' }).waitFor();
    // The kind of entry is a link: reached and followed with the keyboard.
    await tabTo(registrar, (f) => f.tag === 'a' && f.text === '邮寄来信', 'the letter tab');
    await registrar.keyboard.press('Enter');
    await registrar.locator('gk-wb-intake-page gk-wb-action-form').getByRole('heading', { name: '登记来信' }).waitFor();
    assert.match(registrar.url(), /#\/intake\?kind=letter$/);
    const form = registrar.locator('gk-wb-intake-page gk-wb-action-form');
    await form.locator('#field-receivedAt').fill(shanghaiDate(1));
    await form.locator('#field-type').selectOption('suggestion');
    await form.locator('#field-subject').fill('建议增设公交站');
    await form.locator('#field-content').fill('建议在建设路口增设一个公交站。');
    await form.locator('#field-name').fill('王来信');
    await form.locator('#field-phone').fill('13900002222');
    await form.locator('#field-mayPublish').selectOption('yes');
    await expectAxeClean(registrar, 'letter intake');
    await registrar.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(registrar, 'letter intake form at 320 px');
    await expectAxeClean(registrar, 'letter intake form at 320 px');
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await form.getByRole('button', { name: '确认提交' }).click();
    const receipt = registrar.locator('gk-wb-intake-page .receipt');
    await receipt.getByRole('heading', { name: '来信登记回执' }).waitFor();
    const [letterNumber] = (await receipt.locator('.receipt__code').allTextContents()).map((s) => s.trim());
    assert.match(letterNumber ?? '', /^XJ-\d{8}-\d{6}$/);
    await expectAxeClean(registrar, 'letter receipt');
    await registrar.goto(`${origin}/staff/#/letters/${letterNumber}`);
    await registrar.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    assert.match(await deepText(registrar, 'gk-wb-letter-page'), /收件渠道邮寄/);
  });

  it('with four eyes on, the handler’s reply waits in 待审核; the approver returns it with a note, then approves the revised one beside the application', async () => {
    assert.ok(registered, 'the posted application of the intake test');
    const { trackingNumber, queryCode } = registered;
    const on = await runServerCli(['agency', 'set', AGENCY, '--four-eyes', 'on', '--db', dbPath]);
    assert.equal(on.code, 0, on.stderr);

    const handler = await staffPage('handler');
    await handler.goto(`${origin}/staff/#/requests/${trackingNumber}`);
    await handler.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    await handler.getByRole('button', { name: '答复', exact: true }).click();
    const form = handler.locator('gk-wb-action-form');
    await form.locator('#field-type').selectOption('granted');
    await form.locator('#field-content').fill('经查，道路维修计划予以公开。');
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await form.getByRole('button', { name: '确认提交' }).click();
    await handler.getByText('已提交审核：答复，审核通过后生效').waitFor();
    assert.match(await deepText(handler, 'gk-wb-request-page'), /待审核/);
    assert.equal(await handler.getByRole('button', { name: '答复', exact: true }).count(), 0, 'no second reply while one awaits approval');
    await expectAxeClean(handler, 'reply proposed');

    // The approver's 待审核 queue.
    const approver = await staffPage('approver');
    await approver.getByRole('link', { name: '待审核', exact: true }).click();
    const row = approver.locator('gk-wb-request-queue .queue li').filter({ hasText: trackingNumber });
    await row.waitFor();
    // The queue reloads once the filter reaches the URL (CI once read it empty mid-reload): wait for it to settle.
    await approver.waitForURL(/pendingApproval=true/);
    const queueRows = approver.locator('gk-wb-request-queue .queue li');
    for (let i = 0; i < 50 && (await queueRows.count()) !== 1; i++) await approver.waitForTimeout(100);
    assert.equal(await queueRows.count(), 1);
    assert.match((await row.textContent()) ?? '', /待审核/);
    assert.match(approver.url(), /pendingApproval=true/);
    await expectAxeClean(approver, 'pending approval queue');
    await row.getByRole('link').click();
    await approver.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    const proposal = approver.locator('gk-wb-request-page section[aria-labelledby="proposal-title"]');
    await proposal.getByText('经查，道路维修计划予以公开。').waitFor();
    assert.match(await deepText(approver, 'gk-wb-request-page .side-by-side'), /2025年本市道路维修计划/);
    assert.deepEqual((await approver.locator('gk-wb-request-page .action-choices button').allTextContents()).map((s) => s.trim()), ['审核通过', '退回修改']);
    await expectAxeClean(approver, 'proposal beside the application');
    await approver.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(approver, 'proposal at 320 px');
    await expectAxeClean(approver, 'proposal at 320 px');
    await approver.setViewportSize({ width: 1024, height: 900 });

    await act(approver, '退回修改', (f) => f.locator('#field-note').fill('请写明获取方式和地点。'));
    await handler.reload();
    await handler.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    const returned = await deepText(handler, 'gk-wb-request-page');
    assert.match(returned, /已退回修改/);
    assert.match(returned, /请写明获取方式和地点。/);
    await expectAxeClean(handler, 'reply returned');
    await handler.getByRole('button', { name: '答复', exact: true }).click();
    await form.locator('#field-type').selectOption('granted');
    await form.locator('#field-content').fill('经查，道路维修计划予以公开，请于工作日到市政务服务中心领取。');
    await form.getByRole('button', { name: '下一步：核对' }).click();
    await form.getByRole('button', { name: '确认提交' }).click();
    await handler.getByText('已提交审核：答复，审核通过后生效').waitFor();

    await approver.reload();
    await approver.getByRole('heading', { level: 1, name: `申请 ${trackingNumber}` }).waitFor();
    await proposal.getByText('请于工作日到市政务服务中心领取').waitFor();
    // Approving is irreversible: the confirmation says so.
    await approver.getByRole('button', { name: '审核通过', exact: true }).click();
    const approveForm = approver.locator('gk-wb-action-form');
    await approveForm.getByRole('button', { name: '下一步：核对' }).click();
    await approveForm.getByText('此操作不能撤销。').waitFor();
    await expectAxeClean(approver, 'approve: confirmation');
    await approveForm.getByRole('button', { name: '确认提交' }).click();
    await approver.getByText('已完成：审核通过').waitFor();
    const approvedPage = await deepText(approver, 'gk-wb-request-page');
    assert.match(approvedPage, /已答复/);
    // 审核记录: both rounds, who and when (the return's note was shown with the returned proposal
    // above; audit entries, which the history is read from, keep notes only as their length).
    assert.match(approvedPage, /审核记录\s*提交答复审核.*退回修改.*提交答复审核.*审核通过/s);
    await expectAxeClean(approver, 'approved');

    const lookup = await fetch(`${origin}/api/disclosure/requests/${trackingNumber}`, { headers: { 'X-Query-Code': queryCode } });
    const status = (await lookup.json()) as { status: string; reply?: { content: string } };
    assert.equal(status.status, 'replied');
    assert.match(status.reply?.content ?? '', /请于工作日到市政务服务中心领取/);
  });

  it('with four eyes on, a publication waits for the approver, who sees the proposed masked text beside the letter as written', async () => {
    const submitted = await fetch(`${origin}/api/mailbox/letters`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-four-eyes-${Date.now()}` },
      body: JSON.stringify({ type: 'complaint', subject: '夜间施工噪音', content: '我是刘五，电话13700003333，工地夜间施工噪音很大。', name: '刘五', phone: '13700003333', mayPublish: true }),
    });
    const { letterNumber } = (await submitted.json()) as { letterNumber: string };
    const handler = await staffPage('handler');
    await handler.goto(`${origin}/staff/#/letters/${letterNumber}`);
    await handler.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    await act(handler, '受理');
    await act(handler, '转办', async (f) => {
      await f.locator('#field-leadUnit').selectOption('市住建局');
    });
    await act(handler, '答复', async (f) => {
      await f.locator('#field-unit').selectOption('市住建局');
      await f.locator('#field-content').fill('已责令施工单位停止夜间施工。');
    });

    const publisher = await staffPage('publisher');
    await publisher.goto(`${origin}/staff/#/letters/${letterNumber}`);
    await publisher.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    await publisher.getByRole('button', { name: '公开发布', exact: true }).click();
    const review = publisher.locator('gk-wb-letter-page .special-action');
    await review.getByRole('button', { name: '确认公开发布' }).click();
    await publisher.getByText('已提交审核：公开发布，审核通过后生效').waitFor();
    assert.equal(await publisher.getByRole('button', { name: '公开发布', exact: true }).count(), 0);
    await expectAxeClean(publisher, 'publication proposed');
    const listed = async () => ((await (await fetch(`${origin}/api/mailbox/letters?pageSize=100`)).json()) as { items: Array<{ letterNumber: string }> }).items.some((l) => l.letterNumber === letterNumber);
    assert.equal(await listed(), false, 'not public before approval');

    const approver = await staffPage('approver');
    await approver.getByRole('link', { name: '来信', exact: true }).click();
    await approver.getByRole('heading', { level: 1, name: '来信办理' }).waitFor();
    await approver.locator('#filter-pendingApproval').check();
    await approver.getByRole('button', { name: '筛选', exact: true }).click();
    const row = approver.locator('gk-wb-letter-queue .queue li').filter({ hasText: letterNumber });
    await row.waitFor();
    assert.match(approver.url(), /pendingApproval=true/);
    await row.getByRole('link').click();
    await approver.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` }).waitFor();
    await approver.getByRole('button', { name: '审核通过', exact: true }).click();
    const panel = approver.locator('gk-wb-letter-page .special-action');
    await panel.getByRole('heading', { name: '公开文本' }).waitFor();
    assert.equal((await focused(approver)).tag, 'h2', 'focus moves to the review panel');
    assert.match((await panel.locator('section[aria-labelledby="original-title"]').textContent()) ?? '', /13700003333/);
    const publicText = (await panel.locator('section[aria-labelledby="public-title"]').textContent()) ?? '';
    assert.doesNotMatch(publicText, /13700003333/);
    assert.match(publicText, /137\*\*\*\*3333/);
    await expectAxeClean(approver, 'publication approval review');
    await approver.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(approver, 'publication approval at 320 px');
    await panel.getByRole('button', { name: '确认审核通过并公开' }).click();
    await approver.getByText('已完成：审核通过').waitFor();
    await expectAxeClean(approver, 'publication approved');
    assert.equal(await listed(), true, 'public once approved');

    const off = await runServerCli(['agency', 'set', AGENCY, '--four-eyes', 'off', '--db', dbPath]);
    assert.equal(off.code, 0, off.stderr);
  });
});
