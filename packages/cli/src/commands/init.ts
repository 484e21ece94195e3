import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { FILE_KINDS } from '@gongkai/schema';
import { examples } from '@gongkai/schema/examples';
import { buildJsonSchema } from '@gongkai/schema/json-schema';
import { COMMON_OPTIONS, parseCommandArgs, requireLocale, UsageError } from '../args.js';
import { exists } from '../file-exists.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io.js';
import { KIND_NAMES } from '../kinds.js';
import { localized } from '../locale.js';

export const INIT_HELP = localized(
  `用法：gongkai init [目录] [--force]

在目录（默认当前目录）中写入每种数据文件的一个小而有效的示例（${FILE_KINDS.map((k) => `${k}.json`).join('、')}），
以及 schemas/ 下对应的 JSON Schema，编辑器据此提示字段和错误。已有文件不会被覆盖，除非加 --force。`,
  `用法：gongkai init [目錄] [--force]

在目錄（預設目前目錄）中寫入每種資料檔的一個小而有效的範例（${FILE_KINDS.map((k) => `${k}.json`).join('、')}），
以及 schemas/ 下對應的 JSON Schema，編輯器據此提示欄位和錯誤。已有檔案不會被覆寫，除非加 --force。`,
  `Usage: gongkai init [DIR] [--force]

Writes a small valid example of each data file kind into DIR (default: the current directory):
${FILE_KINDS.map((k) => `${k}.json`).join(', ')}, and their JSON Schemas under schemas/ so editors can
suggest fields and flag mistakes. Existing files are kept unless --force is given.`,
);

const OPTIONS = { ...COMMON_OPTIONS, force: { type: 'boolean' } } as const;

export async function runInit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const locale = requireLocale(values.lang);
  if (values.help === true) {
    io.stdout(`${INIT_HELP[locale]}\n`);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(localized('只能指定一个目录', '只能指定一個目錄', 'Give at most one directory'));
  const dir = resolve(io.cwd, positionals[0] ?? '.');

  const files = new Map<string, string>();
  for (const kind of FILE_KINDS) {
    // `$schema` first: editors (VS Code, WebStorm) then check the file while it is edited.
    const example = { $schema: `./schemas/${kind}.schema.json`, ...examples[kind] };
    files.set(join(dir, `${kind}.json`), `${JSON.stringify(example, null, 2)}\n`);
    files.set(join(dir, 'schemas', `${kind}.schema.json`), `${JSON.stringify(buildJsonSchema(kind), null, 2)}\n`);
  }
  // Relative to where the command was run when inside it, else absolute (no ../../.. chains).
  const shown = (path: string) => {
    const rel = relative(io.cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };
  if (values.force !== true) {
    const existing: string[] = [];
    for (const path of files.keys()) if (await exists(path)) existing.push(shown(path));
    if (existing.length > 0) {
      const list = existing.join(locale === 'en' ? ', ' : '、');
      io.stderr(`${localized(`以下文件已存在，未写入任何文件（加 --force 覆盖）：${list}`, `以下檔案已存在，未寫入任何檔案（加 --force 覆寫）：${list}`, `These files exist; nothing was written (add --force to overwrite): ${list}`)[locale]}\n`);
      return EXIT_PROBLEMS;
    }
  }
  await mkdir(join(dir, 'schemas'), { recursive: true });
  const lines: string[] = [];
  for (const [path, content] of files) {
    await writeFile(path, content, 'utf8');
    lines.push(`  ${shown(path)}`);
  }
  const kinds = FILE_KINDS.map((k) => KIND_NAMES[k][locale]).join(locale === 'en' ? ', ' : '、');
  const heading = localized(`已写入示例（${kinds}）：`, `已寫入範例（${kinds}）：`, `Wrote examples (${kinds}):`)[locale];
  const next = localized(
    '修改后用 gongkai validate 检查，例如：gongkai validate *.json',
    '修改後用 gongkai validate 檢查，例如：gongkai validate *.json',
    'Edit them, then check with gongkai validate, e.g. gongkai validate *.json',
  )[locale];
  io.stdout(`${heading}\n${lines.join('\n')}\n${next}\n`);
  return EXIT_OK;
}
