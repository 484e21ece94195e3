/**
 * `gongkai calendar import NOTICE.txt… [--out FILE]`: the text of the State Council's holiday
 * notices (copied from gov.cn, saved as text in any of the encodings `import` reads) into a
 * `holiday-calendar` file, printed or written to FILE, checked against the bundled calendar.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { calendarFromFile, CalendarFileError } from '@gongkai/workdays';
import type { HolidayCalendarFile } from '@gongkai/schema';
import { COMMON_OPTIONS, parseCommandArgs, requireLocale, UsageError } from '../args.js';
import { parseHolidayNotice, NoticeParseError } from '../calendar/parse-notice.js';
import { decodeText } from '../decode-text.js';
import { exists } from '../file-exists.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io.js';
import { localized } from '../locale.js';
import { conflictProblem } from '../validate/check-calendar.js';

export const CALENDAR_HELP = localized(
  `gongkai calendar import 通知.txt… [--out 输出.json] [--force]

把国务院办公厅《关于20XX年部分节假日安排的通知》的文字（从中国政府网复制，存为文本文件）
转换为节假日安排数据文件（holiday-calendar）。不加 --out 时输出到标准输出。
与本版本内置数据不一致的日期会逐一列出。

  --out 文件    写入此文件（已存在时需加 --force）
  --force       覆盖已有文件
  --lang 语言   zh-Hans（默认）、zh-Hant 或 en`,
  `gongkai calendar import 通知.txt… [--out 輸出.json] [--force]

把國務院辦公廳《關於20XX年部分節假日安排的通知》的文字（從中國政府網複製，存為文字檔）
轉換為節假日安排資料檔（holiday-calendar）。不加 --out 時輸出到標準輸出。
與本版本內建資料不一致的日期會逐一列出。

  --out 檔案    寫入此檔案（已存在時需加 --force）
  --force       覆寫已有檔案
  --lang 語言   zh-Hans（預設）、zh-Hant 或 en`,
  `gongkai calendar import NOTICE.txt… [--out OUT.json] [--force]

Turns the text of the State Council's holiday notices (国务院办公厅关于20XX年部分节假日安排的通知,
copied from gov.cn and saved as text) into a holiday-calendar data file, on standard output
without --out. Days on which it disagrees with this release's bundled calendar are listed.

  --out FILE    write to FILE (add --force if it exists)
  --force       overwrite an existing file
  --lang LANG   zh-Hans (default), zh-Hant or en`,
);

const OPTIONS = { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } } as const;

export async function runCalendar(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const locale = requireLocale(values.lang);
  if (values.help === true) {
    io.stdout(`${CALENDAR_HELP[locale]}\n`);
    return EXIT_OK;
  }
  const [subcommand, ...notices] = positionals;
  if (subcommand !== 'import') throw new UsageError(localized('用法：gongkai calendar import 通知.txt…', '用法：gongkai calendar import 通知.txt…', 'Usage: gongkai calendar import NOTICE.txt…'));
  if (notices.length === 0) throw new UsageError(localized('请指定通知的文本文件', '請指定通知的文字檔', 'Give the notice text file(s)'));

  const years: HolidayCalendarFile['years'] = [];
  for (const name of notices) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(io.cwd, name));
    } catch {
      io.stderr(`${localized(`${name}：无法读取文件`, `${name}：無法讀取檔案`, `${name}: cannot read the file`)[locale]}\n`);
      return EXIT_PROBLEMS;
    }
    try {
      years.push(parseHolidayNotice(decodeText(bytes).text));
    } catch (error) {
      if (!(error instanceof NoticeParseError)) throw error;
      io.stderr(`${name}：${error.reason[locale]}\n`);
      return EXIT_PROBLEMS;
    }
  }
  years.sort((a, b) => a.year - b.year);
  const file: HolidayCalendarFile = { schemaVersion: 1, kind: 'holiday-calendar', years };
  try {
    const checked = calendarFromFile(file);
    for (const conflict of checked.conflicts) io.stderr(`${conflictProblem(conflict).message[locale]}\n`);
    const summary = localized(
      `节假日安排：${years.map((y) => y.year).join('、')} 年${checked.addedYears.length ? `（新增 ${checked.addedYears.join('、')} 年）` : ''}${checked.confirmedYears.length ? `（${checked.confirmedYears.join('、')} 年与内置数据一致）` : ''}`,
      `節假日安排：${years.map((y) => y.year).join('、')} 年${checked.addedYears.length ? `（新增 ${checked.addedYears.join('、')} 年）` : ''}${checked.confirmedYears.length ? `（${checked.confirmedYears.join('、')} 年與內建資料一致）` : ''}`,
      `Holiday calendar: ${years.map((y) => y.year).join(', ')}${checked.addedYears.length ? ` (adds ${checked.addedYears.join(', ')})` : ''}${checked.confirmedYears.length ? ` (${checked.confirmedYears.join(', ')} agree with the bundled data)` : ''}`,
    );
    io.stderr(`${summary[locale]}\n`);
  } catch (error) {
    if (!(error instanceof CalendarFileError)) throw error;
    for (const issue of error.issues) io.stderr(`${issue.path}：${issue.message[locale]}\n`);
    return EXIT_PROBLEMS;
  }
  const json = `${JSON.stringify(file, null, 2)}\n`;
  if (values.out === undefined) {
    io.stdout(json);
    return EXIT_OK;
  }
  const out = resolve(io.cwd, values.out);
  if (values.force !== true && (await exists(out))) {
    io.stderr(`${localized(`${values.out} 已存在，未写入（加 --force 覆盖）`, `${values.out} 已存在，未寫入（加 --force 覆寫）`, `${values.out} exists; nothing written (add --force to overwrite)`)[locale]}\n`);
    return EXIT_PROBLEMS;
  }
  await writeFile(out, json, 'utf8');
  return EXIT_OK;
}
