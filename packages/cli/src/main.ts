import { langOf, UsageError } from './args.js';
import { EXIT_OK, EXIT_USAGE, processIo, type CliIo } from './io.js';
import { localized, type LocalizedText } from './locale.js';

interface Command {
  run(args: string[], io: CliIo): Promise<number>;
  help: LocalizedText;
}

/** Each command loads only what it needs (ExcelJS and the JSON Schema builder are slow to load). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => {
    const m = await import('./commands/validate.js');
    return { run: m.runValidate, help: m.VALIDATE_HELP };
  },
  import: async () => {
    const m = await import('./commands/import.js');
    return { run: m.runImport, help: m.IMPORT_HELP };
  },
  init: async () => {
    const m = await import('./commands/init.js');
    return { run: m.runInit, help: m.INIT_HELP };
  },
  calendar: async () => {
    const m = await import('./commands/calendar.js');
    return { run: m.runCalendar, help: m.CALENDAR_HELP };
  },
};

const HELP = localized(
  `gongkai — 政务公开数据文件工具

  gongkai validate 文件…            检查数据文件
  gongkai import --kind 类型 表格 -o 输出.json --publisher-name 发布机构
                                    把 Excel/CSV 表格转换为数据文件
  gongkai init [目录]               写入每种数据文件的示例
  gongkai calendar import 通知.txt  把国务院节假日安排通知转换为数据文件

gongkai 命令 --help 查看各命令的选项；--lang zh-Hant 或 --lang en 切换语言。`,
  `gongkai — 政務公開資料檔工具

  gongkai validate 檔案…            檢查資料檔
  gongkai import --kind 類型 表格 -o 輸出.json --publisher-name 發布機構
                                    把 Excel/CSV 表格轉換為資料檔
  gongkai init [目錄]               寫入每種資料檔的範例
  gongkai calendar import 通知.txt  把國務院節假日安排通知轉換為資料檔

gongkai 命令 --help 查看各命令的選項；--lang zh-Hans 或 --lang en 切換語言。`,
  `gongkai — tools for Gongkai open-government data files

  gongkai validate FILE…            check data files
  gongkai import --kind KIND TABLE -o OUT.json --publisher-name NAME
                                    convert an Excel/CSV table into a data file
  gongkai init [DIR]                write an example of each data file kind
  gongkai calendar import NOTICE    turn a State Council holiday notice into a data file

gongkai COMMAND --help shows a command's options; --lang zh-Hans or zh-Hant switches language.`,
);

/** Runs the CLI and returns the exit code (0 ok, 1 problems found, 2 wrong command line). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  const locale = langOf(argv);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${HELP[locale]}\n`);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    io.stdout(`${pkg.version}\n`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load === undefined) {
    io.stderr(`${localized(`未知命令“${command}”`, `未知命令「${command}」`, `Unknown command "${command}"`)[locale]}\n\n${HELP[locale]}\n`);
    return EXIT_USAGE;
  }
  const { run, help } = await load();
  try {
    return await run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.text[locale]}\n\n${help[locale]}\n`);
    return EXIT_USAGE;
  }
}
