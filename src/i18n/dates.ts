/** Dates as an Indonesian reader expects them: in the unit's zone, with the zone named. */
import type { Lang } from './catalog.js';

const zoneNames: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** WIB, WITA or WIT for Indonesia's zones; the zone's own short name elsewhere. */
export function zoneName(timeZone: string): string {
  return zoneNames[timeZone] ?? timeZone;
}

/** `4 Des 2026 14.00 WITA`. */
export function formatDateTime(at: Date, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return `${text} ${zoneName(timeZone)}`;
}

/** `4 Des 2026`: a day, for what a reporter reads (their times are kept to the hour only). */
export function formatDate(at: Date, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
}
