/**
 * `gongkai-server staff …`: the operator's commands for staff accounts, tokens and units. They
 * write to the same database as the server, which reads accounts per request, so every change
 * applies to a running server at once. Secrets go in through standard input only and come out
 * (a new token) alone on standard output; notes go to standard error.
 */
import { parseArgs } from 'node:util';
import { AccountError } from './staff/accounts.js';
import { readSecretLine } from './staff/read-secret.js';
import { parseRoles } from './staff/roles.js';
import { StaffService } from './staff/service.js';
import { systemClock } from './clock.js';
import { openDb } from './storage/open.js';

export const STAFF_HELP = `gongkai-server staff — staff accounts (the password is read from standard input)

  staff add NAME --role ROLE[,ROLE…] [--agency ID]… [--display-name S]
                 roles: registrar, handler, approver, publisher, auditor, admin
  staff password NAME            set a new password (from standard input); ends its sessions
  staff disable NAME | staff enable NAME
  staff list [--json]            accounts, roles, agencies (no secrets)
  staff token NAME [--days N] [--name LABEL] [--import]
                                 prints a new API token alone on standard output;
                                 --import registers the token read from standard input instead
  staff tokens NAME              the account's tokens (names, dates; never the tokens)
  staff revoke NAME (--name LABEL | --all)
  staff units AGENCY [--set 'UNIT,UNIT,…']   the units letters of AGENCY can be assigned to

  every command: --db <path|url> (default ./gongkai.db)
`;

export async function staffMain(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      role: { type: 'string', multiple: true },
      agency: { type: 'string', multiple: true },
      'display-name': { type: 'string' },
      days: { type: 'string' },
      name: { type: 'string' },
      import: { type: 'boolean' },
      all: { type: 'boolean' },
      set: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(STAFF_HELP);
    return command === undefined ? 2 : 0;
  }
  const subject = positionals[0];
  const needSubject = (what: string): string => {
    if (subject === undefined || positionals.length !== 1) throw new AccountError(`staff ${command} expects one ${what}`);
    return subject;
  };
  const db = await openDb(values.db ?? './gongkai.db');
  const staff = new StaffService(db, systemClock);
  const note = (text: string) => io.stderr.write(`${text}\n`);
  try {
    switch (command) {
      case 'add': {
        const name = needSubject('account name');
        const roles = parseRoles((values.role ?? []).join(','));
        const password = await readSecretLine(`Password for ${name}: `, io.stdin);
        if (io.stdin.isTTY && (await readSecretLine('Repeat the password: ', io.stdin)) !== password) throw new AccountError('the passwords differ');
        await staff.accounts.create({ name, roles, agencies: values.agency ?? [], password, ...(values['display-name'] ? { displayName: values['display-name'] } : {}) });
        note(`account ${name} added (${roles.join(', ')}; agencies: ${(values.agency ?? []).join(', ') || 'none'})`);
        break;
      }
      case 'password': {
        const name = needSubject('account name');
        await staff.accounts.setPassword(name, await readSecretLine(`New password for ${name}: `, io.stdin));
        note(`password of ${name} changed; its sessions are ended`);
        break;
      }
      case 'disable':
      case 'enable': {
        const name = needSubject('account name');
        await staff.accounts.setEnabled(name, command === 'enable');
        note(`account ${name} ${command}d`);
        break;
      }
      case 'list': {
        const accounts = await staff.accounts.list();
        if (values.json) io.stdout.write(`${JSON.stringify(accounts, null, 2)}\n`);
        else {
          for (const a of accounts) {
            io.stdout.write(`${a.name}\t${a.enabled ? 'enabled' : 'DISABLED'}\t${a.roles.join(',')}\t${a.agencies.join(',') || '-'}\t${a.displayName}\ttokens: ${a.activeTokens}\n`);
          }
        }
        break;
      }
      case 'token': {
        const name = needSubject('account name');
        const days = values.days === undefined ? undefined : Number(values.days);
        const options = { ...(days !== undefined ? { days } : {}), ...(values.name ? { label: values.name } : {}) };
        if (values.import) {
          await staff.tokens.import(name, await readSecretLine('Token to import: ', io.stdin), options);
          note(`token imported for ${name}`);
        } else {
          const token = await staff.tokens.issue(name, options);
          io.stdout.write(`${token}\n`);
          note(`token for ${name}${days ? `, valid ${days} days` : ', no expiry'}: shown once, store it now`);
        }
        break;
      }
      case 'tokens': {
        for (const t of await staff.tokens.list(needSubject('account name'))) {
          io.stdout.write(`${t.label}\tcreated ${t.createdAt}\t${t.expiresAt ? `expires ${t.expiresAt}` : 'no expiry'}\t${t.revoked ? 'REVOKED' : 'active'}\t${t.lastUsedAt ? `last used ${t.lastUsedAt}` : 'never used'}\n`);
        }
        break;
      }
      case 'revoke': {
        const name = needSubject('account name');
        if (values.all === (values.name !== undefined)) throw new AccountError('staff revoke needs either --name LABEL or --all');
        const count = await staff.tokens.revoke(name, values.all ? undefined : values.name);
        note(`${count} token(s) of ${name} revoked`);
        break;
      }
      case 'units': {
        const agency = needSubject('agency id');
        if (values.set !== undefined) await staff.accounts.setUnits(agency, values.set.split(/[,，、]/));
        for (const unit of await staff.accounts.units(agency)) io.stdout.write(`${unit}\n`);
        break;
      }
      default:
        throw new AccountError(`unknown command "staff ${command}"\n\n${STAFF_HELP}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AccountError || (error instanceof Error && /^(unknown role|no role given|cancelled)/.test(error.message))) {
      note(`gongkai-server staff: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await db.close();
  }
}
