/**
 * `gongkai validate` of a holiday-calendar file: the file's shape and rules (calendarFromFile
 * refuses ranges out of order, make-up days on weekdays, a day or a year given twice), and, as
 * warnings, every day on which it disagrees with the calendar bundled with this release.
 */
import { calendarFromFile, CalendarFileError, type CalendarConflict } from '@gongkai/workdays';
import { localized } from '../locale.js';
import { fromIssue, type Problem } from '../problem.js';

const describe = (word: string) => {
  const [kind, holiday] = word.split(':');
  if (kind === 'holiday') return localized(`放假（${holiday}）`, `放假（${holiday}）`, `day off (${holiday})`);
  if (kind === 'workday') return localized(`调休上班（${holiday}）`, `調休上班（${holiday}）`, `make-up working day (${holiday})`);
  return kind === 'weekend' ? localized('周末', '週末', 'weekend') : localized('工作日', '工作日', 'working day');
};

export function conflictProblem(conflict: CalendarConflict): Problem {
  const file = describe(conflict.file);
  const bundled = describe(conflict.bundled);
  return {
    severity: 'warning',
    code: 'calendar-conflict',
    message: localized(
      `${conflict.date}：本文件为${file['zh-Hans']}，内置数据为${bundled['zh-Hans']}；${conflict.year} 年仍按内置数据计算`,
      `${conflict.date}：本檔案為${file['zh-Hant']}，內建資料為${bundled['zh-Hant']}；${conflict.year} 年仍按內建資料計算`,
      `${conflict.date}: this file says ${file.en}, the bundled data ${bundled.en}; ${conflict.year} keeps the bundled data`,
    ),
  };
}

export function checkCalendarFile(json: unknown): Problem[] {
  try {
    return calendarFromFile(json).conflicts.map(conflictProblem);
  } catch (error) {
    if (error instanceof CalendarFileError) return error.issues.map((issue) => fromIssue(issue));
    throw error;
  }
}
