/**
 * Versioned schema migrations. Each runs once, in order, inside a transaction, and is recorded
 * in `schema_migrations`; a database written by a newer server (a version this list does not
 * know) is refused rather than used. Never edit a released migration: append a new one.
 *
 * `{{id}}` is the dialect's auto-increment primary key, `{{binary}}` its code-unit collation;
 * everything else is common SQL. What common SQL cannot say goes in `dialectSql` (statements for
 * one dialect) or `apply` (triggers, a data step computed in JavaScript), run in the same
 * transaction after `sql`.
 *
 * Versions need not be contiguous: each is applied when its row is missing, in version order,
 * so branches that reserve different numbers merge without renumbering.
 */
import { chainUnhashedEntries } from '../store/audit-chain.js';
import type { Db, Tx } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  apply?: (tx: Tx, dialect: Db['dialect']) => Promise<void>;
  /** Statements for one dialect only, run after `sql`. */
  dialectSql?: Partial<Record<'sqlite' | 'postgres', string>>;
}

/** The audit log refuses UPDATE and DELETE (and, on PostgreSQL, TRUNCATE): docs/security.md, "Audit log". */
const APPEND_ONLY_TRIGGERS: Record<Db['dialect'], readonly string[]> = {
  sqlite: [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
  ],
  postgres: [
    `CREATE OR REPLACE FUNCTION gongkai_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`,
    'CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION gongkai_audit_append_only()',
    'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION gongkai_audit_append_only()',
  ],
};

// How the tallies count a letter as replied and replied on time (kept equal to letterContribution in
// store/letter-tallies.ts).
const REPLIED = 'COALESCE(SUM(CASE WHEN first_replied_at IS NOT NULL THEN 1 ELSE 0 END), 0)';
const ON_TIME = 'COALESCE(SUM(CASE WHEN first_replied_at IS NOT NULL AND SUBSTR(first_replied_at, 1, 10) <= due_date THEN 1 ELSE 0 END), 0)';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'intake, events, letters, audit log',
    sql: `
CREATE TABLE counters (
  name TEXT NOT NULL,
  day TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (name, day)
);
CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  response_sealed TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scope, key_hash)
);
CREATE TABLE disclosure_requests (
  tracking_number TEXT PRIMARY KEY,
  query_salt TEXT NOT NULL,
  query_hash TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_date TEXT,
  deadline TEXT NOT NULL,
  due_date TEXT NOT NULL,
  due_provisional INTEGER NOT NULL,
  due_explanation TEXT NOT NULL,
  reply TEXT,
  report_row TEXT,
  replied_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX disclosure_requests_status ON disclosure_requests (status, due_date);
CREATE TABLE disclosure_request_events (
  id {{id}},
  tracking_number TEXT NOT NULL REFERENCES disclosure_requests (tracking_number),
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  due_date TEXT
);
CREATE INDEX disclosure_request_events_tn ON disclosure_request_events (tracking_number, id);
CREATE TABLE letters (
  letter_number TEXT PRIMARY KEY,
  query_salt TEXT NOT NULL,
  query_hash TEXT NOT NULL,
  body TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  may_publish INTEGER NOT NULL,
  submitted_at TEXT NOT NULL,
  due_date TEXT NOT NULL,
  lead_unit TEXT,
  assisting_units TEXT,
  replies TEXT NOT NULL,
  satisfaction TEXT,
  rating_comment TEXT,
  published TEXT,
  published_at TEXT,
  first_replied_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX letters_status ON letters (status, submitted_at);
CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_status TEXT,
  after_status TEXT,
  detail TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
`,
  },
  {
    version: 2,
    name: 'letter events (the writer\'s timeline)',
    // Letters received before this version get their status changes from the audit log, which
    // has recorded every transition since version 1 (without units or notes).
    sql: `
CREATE TABLE letter_events (
  id {{id}},
  letter_number TEXT NOT NULL REFERENCES letters (letter_number),
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  unit TEXT,
  note TEXT
);
CREATE INDEX letter_events_ln ON letter_events (letter_number, id);
INSERT INTO letter_events (letter_number, status, at)
  SELECT entity_id, after_status, at FROM audit_log
  WHERE entity_type = 'letter' AND after_status IS NOT NULL AND (before_status IS NULL OR before_status <> after_status)
  ORDER BY id
`,
  },
  {
    version: 3,
    name: 'idempotency key expiry',
    // The hourly purge deletes by creation time (--idempotency-days).
    sql: `
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)
`,
  },
  {
    version: 4,
    name: 'staff accounts, agencies, units, API tokens, sessions, sign-in failures; letters belong to an agency',
    // Secrets (passwords, API tokens, session ids) are stored only as hashes. Roles are a
    // comma-separated list checked against src/staff/roles.ts. Letters written before this
    // version get the server's mailbox agency at start (see LetterStore.adoptUnownedLetters).
    sql: `
CREATE TABLE staff_accounts (
  name TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  roles TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  password_hash TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE staff_account_agencies (
  account TEXT NOT NULL REFERENCES staff_accounts (name),
  agency_id TEXT NOT NULL,
  PRIMARY KEY (account, agency_id)
);
CREATE TABLE agency_units (
  agency_id TEXT NOT NULL,
  unit TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (agency_id, unit)
);
CREATE TABLE staff_tokens (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  account TEXT NOT NULL REFERENCES staff_accounts (name),
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked INTEGER NOT NULL,
  last_used_at TEXT
);
CREATE INDEX staff_tokens_account ON staff_tokens (account);
CREATE TABLE staff_sessions (
  id_hash TEXT PRIMARY KEY,
  account TEXT NOT NULL REFERENCES staff_accounts (name),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX staff_sessions_account ON staff_sessions (account);
CREATE TABLE sign_in_failures (
  kind TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  failures INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  locked_until TEXT,
  PRIMARY KEY (kind, key_hash)
);
ALTER TABLE letters ADD COLUMN agency_id TEXT;
CREATE INDEX letters_agency ON letters (agency_id, status);
CREATE INDEX disclosure_requests_agency ON disclosure_requests (agency_id, status)
`,
  },
  {
    version: 5,
    name: 'intake channel and received date; four-eyes approval (agency setting, pending proposals)',
    // Everything stored before this version came in through the public endpoints: `online`.
    // `approval_state` is null, `pending` (a proposed reply or publication awaits a second
    // person) or `returned` (sent back with a note); `approval` holds the proposal as JSON
    // (docs/staff.md "Four-eyes approval").
    sql: `
ALTER TABLE disclosure_requests ADD COLUMN channel TEXT NOT NULL DEFAULT 'online';
ALTER TABLE disclosure_requests ADD COLUMN approval_state TEXT;
ALTER TABLE disclosure_requests ADD COLUMN approval TEXT;
ALTER TABLE letters ADD COLUMN channel TEXT NOT NULL DEFAULT 'online';
ALTER TABLE letters ADD COLUMN received_date TEXT;
ALTER TABLE letters ADD COLUMN approval_state TEXT;
ALTER TABLE letters ADD COLUMN approval TEXT;
CREATE TABLE agency_settings (
  agency_id TEXT PRIMARY KEY,
  four_eyes INTEGER NOT NULL,
  updated_at TEXT NOT NULL
)
`,
  },
  {
    version: 6,
    name: 'queue search: person keys, masked search text, received-date indexes; reply templates',
    // person_key is a hash of the applicant's or writer's normalized name (src/store/search.ts);
    // search_text the masked description or letter text. Rows stored before this version are
    // filled in at start (RequestStore/LetterStore.fillSearchColumns). reply_templates: the reply
    // texts an agency keeps per Art. 36 reply type (src/store/reply-templates.ts).
    sql: `
ALTER TABLE disclosure_requests ADD COLUMN person_key TEXT;
ALTER TABLE disclosure_requests ADD COLUMN search_text TEXT;
CREATE INDEX disclosure_requests_person ON disclosure_requests (person_key);
CREATE INDEX disclosure_requests_submitted ON disclosure_requests (agency_id, submitted_at);
ALTER TABLE letters ADD COLUMN person_key TEXT;
ALTER TABLE letters ADD COLUMN search_text TEXT;
CREATE INDEX letters_person ON letters (person_key);
CREATE INDEX letters_submitted ON letters (agency_id, submitted_at);
CREATE TABLE reply_templates (
  id {{id}},
  agency_id TEXT NOT NULL,
  reply_type TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX reply_templates_agency ON reply_templates (agency_id, reply_type)
`,
  },
  {
    version: 7,
    name: 'audit log: hash chain, append-only triggers; the server secret\'s fingerprint',
    // Entries written before this version are chained now, oldest first, before the triggers
    // forbid the UPDATE that does it (src/store/audit-chain.ts). `server_keys` holds a keyed
    // fingerprint of the server secret (never the secret), so that a server started with the
    // wrong secret file is refused instead of making every stored query code unverifiable.
    sql: `
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE TABLE server_keys (
  name TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  created_at TEXT NOT NULL
)
`,
    async apply(tx, dialect) {
      await chainUnhashedEntries(tx);
      for (const statement of APPEND_ONLY_TRIGGERS[dialect]) await tx.run(statement);
    },
  },
  {
    version: 8,
    name: 'reads that scale: published letters searchable and ordered by index, letter tallies',
    // docs/design.md §5 "Reads that scale". The search columns hold normalizeForSearch() of the
    // published subject and content — JavaScript, so the server fills them for letters published
    // before this version at start (PublishedLetters.backfill). The tallies are the statistics
    // kept in the same transaction as every letter change (store/letter-tallies.ts); they start
    // from the rows already there.
    sql: `
ALTER TABLE letters ADD COLUMN published_subject TEXT;
ALTER TABLE letters ADD COLUMN search_subject TEXT;
ALTER TABLE letters ADD COLUMN search_content TEXT;
CREATE INDEX letters_published_newest ON letters (submitted_at DESC, letter_number) WHERE published IS NOT NULL;
CREATE INDEX letters_published_oldest ON letters (submitted_at, letter_number) WHERE published IS NOT NULL;
CREATE INDEX letters_published_subject ON letters (published_subject{{binary}}, submitted_at DESC, letter_number) WHERE published IS NOT NULL;
CREATE TABLE letter_tallies (
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  replied INTEGER NOT NULL,
  on_time INTEGER NOT NULL,
  PRIMARY KEY (facet, value)
);
INSERT INTO letter_tallies (facet, value, n, replied, on_time)
  SELECT 'all', '', COUNT(*), ${REPLIED}, ${ON_TIME} FROM letters;
INSERT INTO letter_tallies (facet, value, n, replied, on_time)
  SELECT 'type', type, COUNT(*), ${REPLIED}, ${ON_TIME} FROM letters GROUP BY type;
INSERT INTO letter_tallies (facet, value, n, replied, on_time)
  SELECT 'satisfaction', satisfaction, COUNT(*), ${REPLIED}, ${ON_TIME} FROM letters WHERE satisfaction IS NOT NULL GROUP BY satisfaction;
INSERT INTO letter_tallies (facet, value, n, replied, on_time)
  SELECT 'unit', lead_unit, COUNT(*), ${REPLIED}, ${ON_TIME} FROM letters WHERE lead_unit IS NOT NULL GROUP BY lead_unit;
INSERT INTO letter_tallies (facet, value, n, replied, on_time)
  SELECT 'published', type || '|' || status, COUNT(*), 0, 0 FROM letters WHERE published IS NOT NULL GROUP BY type, status
`,
    dialectSql: {
      // A search reads the search columns of every published letter: from this index it reads
      // them in sequence instead of visiting each wide row (ten times faster at 25k published).
      // Not on PostgreSQL, whose B-tree entries are limited to about 2.7 kB (a content may be
      // 5,000 characters); there the scan is of the table.
      sqlite: 'CREATE INDEX letters_published_search ON letters (type, status, search_subject, search_content) WHERE published IS NOT NULL',
    },
  },
];

const ID_COLUMN = { sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT', postgres: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' };
/** `{{binary}}`: code-unit order for a text column, as the in-memory engine sorts (SQLite's default). */
const BINARY_COLLATION = { sqlite: '', postgres: ' COLLATE "C"' };

/** Splits a migration into statements (no semicolons inside these statements). */
function statements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export class NewerDatabaseError extends Error {
  constructor(readonly version: number) {
    super(`the database has schema version ${version}, newer than this server knows (${latestVersion()}); upgrade @gongkai/server`);
    this.name = 'NewerDatabaseError';
  }
}

export function latestVersion(): number {
  return latestVersionOf(MIGRATIONS);
}

/** Brings the database to the latest version; returns the versions applied now. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  });
  const applied: number[] = [];
  // By version, whatever the list's order; versions need not be contiguous (branches reserve
  // numbers), and each is applied when missing, so a database at 8 still gets 5 once it is known.
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      // Two servers starting at once on PostgreSQL: the lock makes the second wait, then skip.
      await tx.waitLock('gongkai:migrations');
      const newest = await tx.get<{ v: number | string | null }>('SELECT MAX(version) AS v FROM schema_migrations');
      const current = Number(newest?.v ?? 0);
      if (current > latestVersionOf(migrations)) throw new NewerDatabaseError(current);
      const row = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
      if (row) return false;
      const sql = `${migration.sql};${migration.dialectSql?.[db.dialect] ?? ''}`;
      for (const statement of statements(sql.replaceAll('{{id}}', ID_COLUMN[db.dialect]).replaceAll('{{binary}}', BINARY_COLLATION[db.dialect]))) await tx.run(statement);
      await migration.apply?.(tx, db.dialect);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  if (migrations.length === 0) return applied;
  // A database migrated by a newer server is refused even when nothing was left to apply here.
  const newest = await db.read((tx) => tx.get<{ v: number | string | null }>('SELECT MAX(version) AS v FROM schema_migrations'));
  if (Number(newest?.v ?? 0) > latestVersionOf(migrations)) throw new NewerDatabaseError(Number(newest?.v));
  return applied;
}

/** The highest version, wherever it sits in the list (versions may have gaps). */
function latestVersionOf(migrations: readonly Migration[]): number {
  return migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
}
