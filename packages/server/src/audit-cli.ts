/**
 * `gongkai-server audit verify [--db DB]`: walks the audit log's hash chain (src/store/audit-chain.ts,
 * docs/security.md "Audit log"). OK: exit 0 with the number of entries and the head hash (record it
 * elsewhere: the chain alone cannot show entries cut off its end). Broken: exit 1 with the first
 * entry whose link or content differs. Prints ids and hashes only, never an entry's content.
 */
import { parseArgs } from 'node:util';
import { verifyAuditChain } from './store/audit-chain.js';
import { openDb } from './storage/open.js';

export const AUDIT_HELP = `gongkai-server audit — the audit log

  audit verify [--db <path|url>]   check the hash chain of every entry (default ./gongkai.db);
                                   exit 0 when intact, 1 at the first broken link
`;

export async function auditMain(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { db: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(AUDIT_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'verify' || positionals.length > 0) {
    io.stderr.write(`gongkai-server audit: unknown command "${[command, ...positionals].join(' ')}"\n\n${AUDIT_HELP}`);
    return 2;
  }
  const db = await openDb(values.db ?? './gongkai.db');
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      io.stdout.write(`OK: ${result.count} audit entries, chain intact; head ${result.head}\n`);
      return 0;
    }
    const what = result.differs === 'prev_hash' ? 'its link to the previous entry (an entry before it was removed, inserted or reordered)' : 'its content (the entry was changed)';
    io.stdout.write(
      `BROKEN at audit entry ${result.entryId}: ${what} differs — expected ${result.differs} ${result.expected}, found ${result.found ?? 'none'}; ${result.count} entries before it are intact\n`,
    );
    return 1;
  } finally {
    await db.close();
  }
}
