/**
 * What an action form asks for, as data: the form element (views/action-form.ts) renders,
 * validates and confirms any action from its spec, so each action is a few lines here instead
 * of a form of its own.
 */
export type FieldValues = Record<string, string | string[] | LinkRow[]>;

/** One row of a `links` field: a document the reply points to (the reply body's `attachments`). */
export interface LinkRow {
  name: string;
  url: string;
}

/**
 * The server's rule for a link (isHttpUrl in packages/schema/src/fields.ts, 422 `http-url`):
 * absolute http(s) with a host, so no `javascript:` link reaches the applicant (docs/security.md
 * §Input). Kept here rather than imported so zod stays out of the workbench bundle; a unit test
 * holds the two to the same answers.
 */
export function isHttpLink(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

/** Rows the staff member started: a row left wholly empty is not sent and not checked. */
export function filledRows(value: FieldValues[string] | undefined): LinkRow[] {
  if (!Array.isArray(value)) return [];
  return (value as Array<string | LinkRow>).filter((row): row is LinkRow => typeof row === 'object' && (row.name.trim() !== '' || row.url.trim() !== ''));
}

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  label: () => string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkboxes' | 'links';
  required?: boolean;
  hint?: () => string;
  min?: number;
  max?: number;
  /** Choices of a select or checkbox list; may depend on what is already chosen (report row by reply type). */
  options?: (values: FieldValues) => FieldOption[];
  /** Shown in the form only when this returns true (e.g. the report row once a type is chosen). */
  when?: (values: FieldValues) => boolean;
  /** Values this field's choice puts into other fields (a reply template fills the reply text). */
  fills?: (value: string, values: FieldValues) => FieldValues;
  /** A helper in the form only, not a member of the request body (the template chosen). */
  local?: boolean;
}

export interface ActionSpec {
  action: string;
  /** One sentence on what the action does and what follows from it (legal consequence). */
  explanation?: () => string;
  fields: FieldSpec[];
  /** The request body from the entered values; by default each non-empty field by its name. */
  body?: (values: FieldValues) => Record<string, unknown>;
  /** Actions that cannot be undone ask to type nothing but say so in the confirmation. */
  irreversible?: boolean;
}

/** Default body: trimmed non-empty strings and non-empty lists, numbers as numbers. */
export function defaultBody(spec: ActionSpec, values: FieldValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of spec.fields) {
    if ((field.when && !field.when(values)) || field.local) continue;
    const value = values[field.name];
    if (field.kind === 'links') {
      const rows = filledRows(value).map((row) => ({ name: row.name.trim(), url: row.url.trim() }));
      if (rows.length > 0) body[field.name] = rows;
    } else if (Array.isArray(value)) {
      if (value.length > 0) body[field.name] = value;
    } else if (value !== undefined && value.trim() !== '') {
      body[field.name] = field.kind === 'number' ? Number(value) : value.trim();
    }
  }
  return body;
}

export type FieldProblem = 'required' | 'range' | 'link-name' | 'link-url';

/** Client-side checks; the server checks again and its word is final. `row` is the link row a problem is in. */
export function validateValues(spec: ActionSpec, values: FieldValues): Array<{ field: FieldSpec; problem: FieldProblem; row?: number }> {
  const problems: Array<{ field: FieldSpec; problem: FieldProblem; row?: number }> = [];
  for (const field of spec.fields) {
    if (field.when && !field.when(values)) continue;
    const value = values[field.name];
    if (field.kind === 'links') {
      const rows = Array.isArray(value) ? (value as Array<string | LinkRow>) : [];
      rows.forEach((row, index) => {
        if (typeof row !== 'object' || (row.name.trim() === '' && row.url.trim() === '')) return;
        if (row.name.trim() === '') problems.push({ field, problem: 'link-name', row: index });
        if (!isHttpLink(row.url.trim())) problems.push({ field, problem: 'link-url', row: index });
      });
      continue;
    }
    const empty = Array.isArray(value) ? value.length === 0 : (value ?? '').trim() === '';
    if (empty) {
      if (field.required) problems.push({ field, problem: 'required' });
      continue;
    }
    if (field.kind === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n) || (field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) problems.push({ field, problem: 'range' });
    }
  }
  return problems;
}
