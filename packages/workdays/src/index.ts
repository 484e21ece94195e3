export { coverage, holidayName, isMakeUpWorkday, isWorkingDay, type Coverage } from './calendar.js';
export { addWorkingDays, addWorkingDaysProvisional, workingDaysBetween, type ProvisionalDate } from './working-days.js';
export { CalendarDataMissingError, DueDateInputError, InvalidDateError } from './errors.js';
export { holidayNames, type Locale } from './holiday-names.js';
export type { CalendarSource, HolidayKey } from './calendar-types.js';
