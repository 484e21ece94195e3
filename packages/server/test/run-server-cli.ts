/**
 * `node packages/server/bin/gongkai-server.js …` as an operator runs it, as a real child process:
 * secrets go in on standard input only, never argv. Shared by the CLI tests and the workbench e2e.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/gongkai-server.js', import.meta.url));

export interface ServerCliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runServerCli(args: readonly string[], stdin = ''): Promise<ServerCliRun> {
  return new Promise((resolve, reject) => {
    // An operator's shell may still export the removed GONGKAI_STAFF_TOKEN; the tests never inherit it.
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GONGKAI_STAFF_TOKEN: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
