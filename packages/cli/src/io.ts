/** Where a command writes and which directory relative paths start from (a seam for in-process tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

/** Exit codes, documented in the README. */
export const EXIT_OK = 0;
/** Validation problems, unmappable rows, or files that could not be read as data. */
export const EXIT_PROBLEMS = 1;
/** Wrong command line: unknown command or option, missing argument. */
export const EXIT_USAGE = 2;
