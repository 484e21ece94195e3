/**
 * The operator CLI (`gongkai-server staff …`), spawned as an operator runs it, on SQLite and
 * PostgreSQL: the password from standard input only, the token alone on standard output, exit
 * codes, no secrets in `staff list`; and a server started beside it with `--log`, whose logs
 * must hold no password, token, session id or CSRF token, and which sees the CLI's changes
 * (disable, revoke) at once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DB_TARGETS, postJson, writeDataFolder } from './helpers.js';
import { runServerCli } from './run-server-cli.js';

const PASSWORD = 'Tian-an-men 1949 red lanterns';
const WRONG = 'Wrong-Secret-Attempt-42';

const BIN = fileURLToPath(new URL('../bin/gongkai-server.js', import.meta.url));
const cli = runServerCli;

for (const target of DB_TARGETS) {
  describe(`gongkai-server staff (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    let server: ChildProcess | undefined;
    let logs = '';
    let token = '';
    const imported = 'oPeNsSl+rand/base64==,x=';

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
    });
    after(async () => {
      server?.kill('SIGTERM');
      if (server && server.exitCode === null) await once(server, 'exit');
      await db?.drop();
      data?.remove();
    });

    it('adds accounts with the password from standard input; refuses typos, duplicates and short passwords', async () => {
      const added = await cli(['staff', 'add', 'wang.xm', '--role', 'registrar,handler', '--agency', 'gov-office', '--agency', 'example-city', '--display-name', '王小明', '--db', db.target], `${PASSWORD}\nignored second line\n`);
      assert.equal(added.code, 0, added.stderr);
      assert.equal(added.stdout, '');
      assert.match(added.stderr, /account wang\.xm added \(registrar, handler; agencies: gov-office, example-city\)/);
      assert.equal((await cli(['staff', 'add', 'audit', '--role', 'auditor', '--agency', 'gov-office', '--db', db.target], `${PASSWORD}\n`)).code, 0);
      const duplicate = await cli(['staff', 'add', 'wang.xm', '--role', 'handler', '--db', db.target], `${PASSWORD}\n`);
      assert.equal(duplicate.code, 2);
      assert.match(duplicate.stderr, /exists already/);
      // These refusals do not depend on the database: once is enough (SQLite).
      if (target.name === 'sqlite') {
        const unknownRole = await cli(['staff', 'add', 'li', '--role', 'hander', '--db', db.target], `${PASSWORD}\n`);
        assert.equal(unknownRole.code, 2);
        assert.match(unknownRole.stderr, /unknown role "hander"/);
        const short = await cli(['staff', 'add', 'zhao', '--role', 'handler', '--db', db.target], 'short\n');
        assert.equal(short.code, 2);
        assert.match(short.stderr, /at least 10 characters/);
        const badName = await cli(['staff', 'add', 'Wang Xm', '--role', 'handler', '--db', db.target], `${PASSWORD}\n`);
        assert.equal(badName.code, 2);
        assert.equal((await cli(['staff', 'add', 'x', '--bogus', '--db', db.target])).code, 2);
      }
    });

    it('prints a new token alone on standard output; imports one from standard input; lists without secrets', async () => {
      const issued = await cli(['staff', 'token', 'wang.xm', '--days', '30', '--name', 'ocr-robot', '--db', db.target]);
      assert.equal(issued.code, 0, issued.stderr);
      assert.match(issued.stdout, /^gkt_[A-Za-z0-9_-]{43}\n$/);
      token = issued.stdout.trim();
      assert.match(issued.stderr, /valid 30 days/);
      assert.ok(!issued.stderr.includes(token));
      const imp = await cli(['staff', 'token', 'wang.xm', '--import', '--name', 'legacy', '--db', db.target], `${imported}\n`);
      assert.equal(imp.code, 0, imp.stderr);
      assert.equal(imp.stdout, '');
      assert.equal((await cli(['staff', 'token', 'nobody', '--db', db.target])).code, 2);

      const list = await cli(['staff', 'list', '--db', db.target]);
      assert.equal(list.code, 0);
      assert.match(list.stdout, /^audit\tenabled\tauditor\tgov-office\taudit\ttokens: 0\nwang\.xm\tenabled\tregistrar,handler\texample-city,gov-office\t王小明\ttokens: 2\n$/);
      const json = await cli(['staff', 'list', '--json', '--db', db.target]);
      const tokens = await cli(['staff', 'tokens', 'wang.xm', '--db', db.target]);
      assert.match(tokens.stdout, /^ocr-robot\tcreated .*\texpires .*\tactive\tnever used\nlegacy\t/);
      for (const out of [list.stdout, json.stdout, tokens.stdout]) {
        for (const secret of [PASSWORD, token, imported, 'scrypt$']) assert.ok(!out.includes(secret), secret);
      }
      const units = await cli(['staff', 'units', 'example-city', '--set', '示例市城市管理局，示例市交通运输局', '--db', db.target]);
      assert.equal(units.stdout, '示例市城市管理局\n示例市交通运输局\n');
      assert.equal((await cli(['staff', 'units', 'example-city', '--db', db.target])).stdout, units.stdout);
    });

    it('a server started with --log sees the CLI’s changes at once and logs no secret', async () => {
      server = spawn(process.execPath, [BIN, '--port', '0', '--db', db.target, '--data', data.dir, '--log'], { stdio: ['ignore', 'pipe', 'pipe'] });
      server.stdout!.on('data', (chunk) => (logs += chunk));
      server.stderr!.on('data', (chunk) => (logs += chunk));
      const deadline = Date.now() + 20_000;
      while (!/Gongkai server: (http:\S+)/.test(logs)) {
        assert.ok(Date.now() < deadline, `server did not start: ${logs}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const api = `${/Gongkai server: (http:\S+)/.exec(logs)![1]}api/`;

      const bad = await postJson(`${api}staff/session`, { name: 'wang.xm', password: WRONG });
      assert.equal(bad.status, 401);
      const signIn = await fetch(`${api}staff/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'wang.xm', password: PASSWORD }) });
      assert.equal(signIn.status, 200);
      const session = /^gk_staff=([^;]+)/.exec(signIn.headers.get('set-cookie')!)![1]!;
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const bearer = (value: string) => ({ Authorization: `Bearer ${value}` });
      assert.equal((await fetch(`${api}staff/disclosure/requests`, { headers: bearer(token) })).status, 200);
      assert.equal((await fetch(`${api}staff/session`, { headers: bearer(imported) })).status, 200);
      assert.equal((await fetch(`${api}staff/session`, { headers: { Cookie: `gk_staff=${session}` } })).status, 200);

      assert.equal((await cli(['staff', 'revoke', 'wang.xm', '--name', 'legacy', '--db', db.target])).code, 0);
      assert.equal((await fetch(`${api}staff/session`, { headers: bearer(imported) })).status, 401);
      assert.equal((await fetch(`${api}staff/session`, { headers: bearer(token) })).status, 200);
      assert.equal((await cli(['staff', 'disable', 'wang.xm', '--db', db.target])).code, 0);
      assert.equal((await fetch(`${api}staff/session`, { headers: bearer(token) })).status, 401);
      assert.equal((await fetch(`${api}staff/session`, { headers: { Cookie: `gk_staff=${session}` } })).status, 401);
      const disabledSignIn = await postJson(`${api}staff/session`, { name: 'wang.xm', password: PASSWORD });
      assert.equal(disabledSignIn.status, 401);
      assert.equal(disabledSignIn.body!.title, bad.body!.title);

      server.kill('SIGTERM');
      await once(server, 'exit');
      assert.match(logs, /"url":"\/api\/staff\/session"/, 'requests were logged');
      for (const secret of [PASSWORD, WRONG, token, imported, session, csrfToken]) assert.ok(!logs.includes(secret), `a secret is in the logs: ${secret.slice(0, 6)}…`);
      const audit = await cli(['staff', 'list', '--json', '--db', db.target]);
      assert.match(audit.stdout, /"enabled": false/);
    });

    it('refuses the removed --staff-token option instead of ignoring it', { ...(target.name === 'sqlite' ? {} : { skip: 'no database involved: once is enough' }) }, async () => {
      const res = await cli(['--staff-token', 'abc==', '--db', db.target]);
      assert.equal(res.code, 2);
      assert.match(res.stderr, /--staff-token was removed/);
      assert.ok(!res.stdout.includes('abc=='));
    });
  });
}
