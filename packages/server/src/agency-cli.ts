/**
 * `gongkai-server agency …`: the operator's per-agency settings, next to `staff …`. Written to
 * the same database the server reads per request, so a change applies to a running server at
 * once. Today one setting: four-eyes approval of replies and publications (docs/staff.md).
 */
import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { AGENCY_ID } from './staff/accounts.js';
import { openDb } from './storage/open.js';
import { AgencySettingsStore } from './store/agency-settings.js';

export const AGENCY_HELP = `gongkai-server agency — per-agency settings

  agency set ID --four-eyes on|off   replies to applications and publication of letters of
                                     agency ID need a second person (an approver) when on
  agency show ID                     the agency's settings

  every command: --db <path|url> (default ./gongkai.db)
`;

/** A refusal the operator should read; exit code 2. */
class AgencyCliError extends Error {}

export async function agencyMain(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { db: { type: 'string' }, 'four-eyes': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(AGENCY_HELP);
    return command === undefined ? 2 : 0;
  }
  try {
    const id = positionals[0];
    if (id === undefined || positionals.length !== 1 || !AGENCY_ID.test(id)) throw new AgencyCliError(`agency ${command} expects one agency id`);
    if (command !== 'set' && command !== 'show') throw new AgencyCliError(`unknown command "agency ${command}"\n\n${AGENCY_HELP}`);
    const fourEyes = values['four-eyes'];
    if (command === 'set' && fourEyes !== 'on' && fourEyes !== 'off') throw new AgencyCliError('agency set needs --four-eyes on or --four-eyes off');
    const db = await openDb(values.db ?? './gongkai.db');
    try {
      const settings = new AgencySettingsStore(db, systemClock);
      if (command === 'set') {
        await settings.setFourEyes(id, fourEyes === 'on');
        io.stderr.write(`agency ${id}: four-eyes approval ${fourEyes}\n`);
      }
      io.stdout.write(`four-eyes\t${(await settings.fourEyes(id)) ? 'on' : 'off'}\n`);
    } finally {
      await db.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof AgencyCliError) {
      io.stderr.write(`gongkai-server agency: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
