/**
 * The date of receipt a registrar enters for an application or letter received offline
 * (docs/domain.md §3, Art. 31): a real calendar date, not in the future, and at most one year
 * back — an older paper application is a matter for the agency's records, not a typo to accept.
 */
import { t, type FieldError } from './problem.js';

export function receivedDateProblem(date: string, today: string, path = 'receivedAt'): FieldError | undefined {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return { path, code: 'date', message: t(`“${date}”不是有效的日期`, `「${date}」不是有效的日期`, `"${date}" is not a valid date`) };
  }
  if (date > today) return { path, code: 'future', message: t('收到日期不能晚于今天', '收到日期不能晚於今天', 'The date of receipt cannot be in the future') };
  const earliest = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  if (date < earliest) {
    return {
      path,
      code: 'too-old',
      message: t(`收到日期不能早于一年前（${earliest}）`, `收到日期不能早於一年前（${earliest}）`, `The date of receipt cannot be more than a year ago (before ${earliest})`),
    };
  }
  return undefined;
}
