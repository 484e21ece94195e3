import { access } from 'node:fs/promises';

/** True when something (a file, a directory, a link) is at `path`: `init` and `import` refuse to overwrite it without --force. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
