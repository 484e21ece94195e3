/**
 * Per-agency settings an operator sets (`gongkai-server agency set ID …`): today whether the
 * agency requires four-eyes approval of replies and publications (docs/staff.md "Four-eyes
 * approval"). Read per request, so a change applies to a running server at once; every change
 * is an audit entry.
 */
import { isoInShanghai, type Clock } from '../clock.js';
import type { Db } from '../storage/db.js';
import { writeAudit } from './audit.js';

/** The operator (CLI) in the audit log, as for account changes. */
const OPERATOR = { name: 'operator' };

export class AgencySettingsStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Whether a reply or publication of `agencyId` needs a second person (off unless set). */
  async fourEyes(agencyId: string): Promise<boolean> {
    const row = await this.db.read((tx) => tx.get<{ four_eyes: number | string }>('SELECT four_eyes FROM agency_settings WHERE agency_id = ?', [agencyId]));
    return Number(row?.four_eyes ?? 0) === 1;
  }

  async setFourEyes(agencyId: string, on: boolean): Promise<void> {
    const now = isoInShanghai(this.clock());
    await this.db.transaction(async (tx) => {
      const before = await tx.get<{ four_eyes: number | string }>('SELECT four_eyes FROM agency_settings WHERE agency_id = ?', [agencyId]);
      await tx.run(
        'INSERT INTO agency_settings (agency_id, four_eyes, updated_at) VALUES (?, ?, ?) ON CONFLICT (agency_id) DO UPDATE SET four_eyes = excluded.four_eyes, updated_at = excluded.updated_at',
        [agencyId, on ? 1 : 0, now],
      );
      await writeAudit(tx, OPERATOR, 'agency-four-eyes', 'agency', agencyId, Number(before?.four_eyes ?? 0) === 1 ? 'on' : 'off', on ? 'on' : 'off', undefined, now);
    });
  }
}
