/**
 * Gathers the statistics view's figures: the published ones (server or file `stats`), and for a
 * file every letter (for letters per handling unit, or for all figures when it has no `stats`).
 */
import { msg, pickText } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { SourceError, isAbortError } from '@gongkai/client';
import type { CollectionSource } from '@gongkai/client';
import type { MailboxStats, PublicLetter } from '@gongkai/schema';
import { buildStatsModel } from '../stats.js';
import type { StatsModel } from '../stats.js';

/** Letters per query while reading a whole file (the query engine's largest page). */
const PAGE = 1000;

export interface LoadStatsOptions {
  published: MailboxStats | undefined;
  readLetters: boolean;
  locale: Locale;
  localize: <T>(fn: () => T) => T;
}

/** The model, a message saying why there is none, or undefined when aborted. */
export async function loadStats(source: CollectionSource<PublicLetter>, o: LoadStatsOptions): Promise<StatsModel | string | undefined> {
  try {
    let letters: PublicLetter[] | undefined;
    if (o.readLetters) {
      letters = [];
      for (let page = 1; ; page++) {
        const result = await source.query({ page, pageSize: PAGE });
        letters.push(...result.items);
        if (letters.length >= result.total || result.items.length === 0) break;
      }
    }
    if (!o.published && !letters) return o.localize(() => msg('本网站暂未公布信件统计数据。', { id: 'mm.stats.unavailable' }));
    return buildStatsModel(o.published, letters);
  } catch (error) {
    if (isAbortError(error)) return undefined;
    return error instanceof SourceError ? pickText(error.messages, o.locale) : String(error);
  }
}
