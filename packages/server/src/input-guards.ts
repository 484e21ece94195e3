/**
 * Checks on intake bodies that the shared schemas leave to the server (they drop unknown members
 * and only some strings have a maximum length, because the browser uses them too):
 * unknown members are rejected with their path, every string has a length limit, and the
 * characters of text-characters.ts are refused.
 */
import { formatPath, type PathSegment } from '@gongkai/schema';
import { CHARACTER_MESSAGES, MESSAGES, type FieldError } from './problem.js';
import { characterProblem, FREE_TEXT_MEMBERS } from './text-characters.js';

interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  options?: Array<{ _zod: { def: ZodDef } }>;
  in?: { _zod: { def: ZodDef } };
  catchall?: unknown;
}

type SchemaLike = { _zod: { def: unknown } };

function defOf(schema: SchemaLike | { _zod: { def: ZodDef } }): ZodDef {
  return schema._zod.def as ZodDef;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Members of `value` that the schema does not name, walking objects, arrays, optionals and unions. */
export function unknownFields(schema: SchemaLike, value: unknown, path: PathSegment[] = []): FieldError[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return def.innerType ? unknownFields(def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownFields(def.in, value, path) : [];
    case 'array':
      return Array.isArray(value) && def.element ? value.flatMap((item, i) => unknownFields(def.element!, item, [...path, i])) : [];
    case 'union': {
      // A discriminated union: check against the option whose literal matches, if any.
      if (!isPlainObject(value) || !def.options) return [];
      const option = def.options.find((candidate) => unknownFields(candidate, value, path).length === 0);
      if (option) return [];
      const matching = def.options.find((candidate) => {
        const shape = defOf(candidate).shape ?? {};
        return Object.entries(shape).some(([key, member]) => {
          if (!Object.hasOwn(value, key)) return false;
          const literal = member._zod.def as ZodDef & { values?: unknown[] };
          return literal.type === 'literal' && literal.values?.includes(value[key]);
        });
      });
      return matching ? unknownFields(matching, value, path) : [];
    }
    case 'object': {
      if (!isPlainObject(value) || !def.shape) return [];
      // looseObject (catchall unknown) keeps extra members on purpose: not checked.
      if (def.catchall !== undefined && defOf(def.catchall as SchemaLike).type !== 'never') return [];
      const errors: FieldError[] = [];
      for (const key of Object.keys(value)) {
        // Own members only: `constructor`, `toString`, `__proto__` are found on every object's
        // prototype and are not schema members (docs/security.md §Input).
        const member = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
        if (!member) {
          errors.push({ path: formatPath([...path, key]), code: 'unknown-field', message: MESSAGES.unknownField(key) });
        } else {
          errors.push(...unknownFields(member, value[key], [...path, key]));
        }
      }
      return errors;
    }
    default:
      return [];
  }
}

/** Per member name; everything else gets DEFAULT_MAX. Matches the schemas' own maxima where they exist. */
export const STRING_LIMITS: Readonly<Record<string, number>> = {
  description: 5000,
  content: 5000,
  subject: 100,
  comment: 500,
  purpose: 1000,
  address: 300,
  note: 2000,
};
export const DEFAULT_STRING_MAX = 200;

/** Every string in `value` within its limit and free of the characters text-characters.ts refuses (blank texts are the schemas' filledText). */
export function stringProblems(value: unknown, path: PathSegment[] = [], limits = STRING_LIMITS): FieldError[] {
  if (typeof value === 'string') {
    const last = [...path].reverse().find((segment) => typeof segment === 'string');
    const max = (typeof last === 'string' && Object.hasOwn(limits, last) ? limits[last] : undefined) ?? DEFAULT_STRING_MAX;
    // Length in code points, as a person counts characters (an emoji is one).
    const length = [...value].length;
    if (length > max) return [{ path: formatPath(path), code: 'too-long', message: MESSAGES.tooLong(max, length) }];
    const problem = characterProblem(value, typeof last === 'string' && FREE_TEXT_MEMBERS.has(last));
    if (problem) return [{ path: formatPath(path), code: problem, message: CHARACTER_MESSAGES[problem] }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => stringProblems(item, [...path, i], limits));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, item]) => stringProblems(item, [...path, key], limits));
  return [];
}
