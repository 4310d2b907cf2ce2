/** How a deadline rule reads to a person: `7 hari`, `5 hari kerja`, `3 bulan`. */
import type { T } from '../i18n/catalog.js';
import type { Period } from '../settings/settings.js';

export function periodText(t: T, period: Period): string {
  const key =
    period.unit === 'workdays'
      ? 'period.workdays'
      : period.unit === 'months'
        ? 'period.months'
        : 'period.days';
  return t(key, { n: period.amount });
}
