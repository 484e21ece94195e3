/**
 * The search parameters both staff queues share (`q`, `receivedFrom`, `receivedTo`), checked:
 * a malformed or impossible date, a range that ends before it starts, or an over-long `q` is a
 * 400 problem naming the parameter, never a silently empty list (docs/staff.md "Queues").
 */
import { single } from '../http-helpers.js';
import { HttpProblem, TITLES, t, type FieldError } from '../problem.js';
import type { QueueSearch } from '../store/search.js';

const MAX_Q = 200;

function civilDate(query: Record<string, unknown>, name: string, errors: FieldError[]): string | undefined {
  const raw = single(query, name);
  if (raw === undefined || raw === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== raw) {
    errors.push({ path: name, code: 'date', message: t('应为有效日期（YYYY-MM-DD）', '應為有效日期（YYYY-MM-DD）', 'expected a valid date (YYYY-MM-DD)') });
    return undefined;
  }
  return raw;
}

export function queueSearch(query: Record<string, unknown>): QueueSearch {
  const errors: FieldError[] = [];
  const q = single(query, 'q')?.trim();
  if (q !== undefined && [...q].length > MAX_Q) {
    errors.push({ path: 'q', code: 'too-long', message: t(`最多 ${MAX_Q} 个字符`, `最多 ${MAX_Q} 個字元`, `at most ${MAX_Q} characters`) });
  }
  if (q !== undefined && /[\u0000-\u001f\u007f]/.test(q)) {
    errors.push({ path: 'q', code: 'control', message: t('含有不允许的控制字符', '含有不允許的控制字元', 'contains control characters that are not allowed') });
  }
  const receivedFrom = civilDate(query, 'receivedFrom', errors);
  const receivedTo = civilDate(query, 'receivedTo', errors);
  if (receivedFrom && receivedTo && receivedTo < receivedFrom) {
    errors.push({ path: 'receivedTo', code: 'range', message: t('结束日期不能早于开始日期', '結束日期不能早於開始日期', 'the end date is before the start date') });
  }
  if (errors.length > 0) throw new HttpProblem(400, 'bad-query', TITLES.badQuery, errors);
  return { ...(q ? { q } : {}), ...(receivedFrom ? { receivedFrom } : {}), ...(receivedTo ? { receivedTo } : {}) };
}
