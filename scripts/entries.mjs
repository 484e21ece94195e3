// The browser entries and their size budgets (min+gzip, bytes, including Lit).
// One line per element package as it lands; the check in check-size.mjs fails
// the build when an entry's first load (the entry plus the chunks it imports
// statically) exceeds its budget.
export const elementEntries = {
  'gk-power-catalog': 'packages/power-catalog/src/define.ts',
  'gk-a11y-toolbar': 'packages/a11y-toolbar/src/define.ts',
  'gk-disclosure-directory': 'packages/disclosure-directory/src/define.ts',
  'gk-disclosure-request': 'packages/disclosure-request/src/define.ts',
  'gk-mayor-mailbox': 'packages/mayor-mailbox/src/define.ts',
};

export const budgets = {
  'gongkai.js': 60 * 1024,
  'gk-power-catalog.js': 25 * 1024,
  'gk-a11y-toolbar.js': 20 * 1024,
  'gk-disclosure-directory.js': 25 * 1024,
  'gk-disclosure-request.js': 30 * 1024,
  'gk-mayor-mailbox.js': 30 * 1024,
};
