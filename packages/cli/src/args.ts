import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localized, parseLocale, type Locale, type LocalizedText } from './locale.js';

export class UsageError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** parseArgs, with its English errors turned into a localized usage error. */
type ParsedCommandArgs<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(localized(`命令行参数有误：${detail}`, `命令列參數有誤：${detail}`, `Wrong arguments: ${detail}`));
  }
}

/** `--lang` of the raw arguments, read before full parsing so even usage errors come in the chosen language. */
export function langOf(args: readonly string[]): Locale {
  const index = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index === -1) return 'zh-Hans';
  const value = args[index]!.includes('=') ? args[index]!.slice('--lang='.length) : args[index + 1];
  return parseLocale(value) ?? 'zh-Hans';
}

/** Checks `--lang` strictly once the arguments are parsed. */
export function requireLocale(value: string | undefined): Locale {
  const locale = parseLocale(value);
  if (locale === undefined) {
    throw new UsageError(localized(`不支持的语言“${value}”：可用 zh-Hans、zh-Hant、en`, `不支援的語言「${value}」：可用 zh-Hans、zh-Hant、en`, `Unsupported language "${value}": use zh-Hans, zh-Hant or en`));
  }
  return locale;
}
