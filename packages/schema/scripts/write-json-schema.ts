/**
 * Writes json-schema/<kind>.schema.json for the four data file kinds and holiday-calendar.
 * Usage: tsx scripts/write-json-schema.ts [outDir]   (default: packages/schema/json-schema)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchema, buildJsonSchemas } from '../src/json-schema/index.js';

export async function writeJsonSchemas(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [kind, schema] of Object.entries({ ...buildJsonSchemas(), 'holiday-calendar': buildJsonSchema('holiday-calendar') })) {
    const file = resolve(outDir, `${kind}.schema.json`);
    await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`, 'utf8');
    written.push(file);
  }
  return written;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../json-schema', import.meta.url)));
  const written = await writeJsonSchemas(outDir);
  for (const file of written) console.log(`wrote ${file}`);
}
