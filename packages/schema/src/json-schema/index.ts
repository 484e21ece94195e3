import * as z from 'zod/mini';
import { FILE_KINDS, type FileKind } from '../files/envelope.js';
import { dataFileSchemas } from '../files/data-file.js';
import { HOLIDAY_CALENDAR_KIND, holidayCalendarFileSchema } from '../files/holiday-calendar.js';
import { describeField, FILE_TITLES } from './descriptions.js';

/*
 * JSON Schema (draft 2020-12) for agencies' editors and validators, generated from the zod
 * schemas so the two can never disagree. Kept out of the main entry: browsers never need it.
 */

/** Where the published files are expected to live; `$id` must be absolute. */
export const JSON_SCHEMA_BASE_URL = 'https://unpkg.com/@gongkai/schema/json-schema/';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Adds Chinese descriptions to every object member the dictionary knows, walking arrays and nested objects. */
function addDescriptions(schema: JsonObject, path: readonly string[]): void {
  const properties = schema['properties'];
  if (isObject(properties)) {
    for (const [name, member] of Object.entries(properties)) {
      if (!isObject(member)) continue;
      const memberPath = [...path, name];
      const description = describeField(memberPath);
      if (description !== undefined && member['description'] === undefined) member['description'] = description;
      addDescriptions(member, memberPath);
    }
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const nested = schema[key];
    if (isObject(nested)) addDescriptions(nested, path);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const nested of list) if (isObject(nested)) addDescriptions(nested, path);
  }
}

/** The JSON Schema of one file kind (the element data kinds and `holiday-calendar`). */
export function buildJsonSchema(kind: FileKind | typeof HOLIDAY_CALENDAR_KIND): JsonObject {
  const source = kind === HOLIDAY_CALENDAR_KIND ? holidayCalendarFileSchema : dataFileSchemas[kind];
  const generated = z.toJSONSchema(source, { target: 'draft-2020-12', io: 'input' }) as JsonObject;
  addDescriptions(generated, []);
  const { $schema, ...rest } = generated;
  const meta = FILE_TITLES[kind]!;
  // `$schema`/`$id`/title first, so the file reads well when an agency opens it.
  return { $schema, $id: `${JSON_SCHEMA_BASE_URL}${kind}.schema.json`, title: meta.title, description: meta.description, ...rest };
}

/** All four element data kinds, by kind. */
export function buildJsonSchemas(): Record<FileKind, JsonObject> {
  return Object.fromEntries(FILE_KINDS.map((kind) => [kind, buildJsonSchema(kind)])) as Record<FileKind, JsonObject>;
}
