export { GkMayorMailbox } from './mayor-mailbox.js';
export type { MailboxView, SubmitTiming } from './mayor-mailbox.js';
export { findPersonalData } from './pii.js';
export type { PersonalDataKind } from './pii.js';
export { buildStatsModel, statsFromLetters, countByUnit } from './stats.js';
export type { StatsModel, CountRow } from './stats.js';
export { LETTER_TYPES, LETTER_STATUSES, SATISFACTION_LEVELS } from './labels.js';
