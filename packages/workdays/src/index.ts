export { coverage, holidayName, isMakeUpWorkday, isWorkingDay, type Coverage } from './calendar.js';
export { addWorkingDays, addWorkingDaysProvisional, workingDaysBetween, type ProvisionalDate } from './working-days.js';
export { CalendarDataMissingError, DueDateInputError, InvalidDateError } from './errors.js';
export { holidayNames, type Locale } from './holiday-names.js';
export type { CalendarSource, HolidayKey } from './calendar-types.js';
export {
  computeDueDate,
  CORRECTION_WINDOW_DAYS,
  MAX_EXTENSION_DAYS,
  STATUTORY_LIMIT_DAYS,
  THIRD_PARTY_REPLY_DAYS,
  type ConsultationPause,
  type DueDateInput,
  type DueDateResult,
  type DueDateWarning,
  type DueDateWarningCode,
} from './due-date.js';
export { renderExplanation, type ExplanationStep, type LocalizedText, type PauseKind } from './explanation.js';
export { HolidayCalendar, bundledCalendar } from './calendar.js';
export { bindCalendar, calendarFromFile, CalendarFileError, type BoundCalendar, type CalendarConflict, type CalendarFromFile } from './calendar-file.js';
