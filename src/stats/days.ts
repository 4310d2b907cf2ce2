/** Calendar days of a unit's time zone as instants, to bound a period of statistics. */
import { dayNumber, endOfLocalDay } from '../deadlines/calendar.js';

/** The instant a day (`YYYY-MM-DD`) begins in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
  return new Date(endOfLocalDay(dayNumber(day) - 1, timeZone).getTime() + 1);
}

/** The instant after a day ends in `timeZone` (the next day's start), for an exclusive bound. */
export function endOfDay(day: string, timeZone: string): Date {
  return new Date(endOfLocalDay(dayNumber(day), timeZone).getTime() + 1);
}
