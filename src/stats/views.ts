/** The statistics page: a filter, then one block of small tables per unit. */
import type { FieldErrors } from '../errors.js';
import type { Lang, MessageKey, T } from '../i18n/catalog.js';
import { formatDate, zoneName } from '../i18n/dates.js';
import { html, type SafeHtml } from '../http/html.js';
import type { CategoryLabel } from '../intake/categories.js';
import { startOfDay } from './days.js';
import { kinds, states, type Counts, type Statistics } from './stats.js';

export type StatsForm = {
  values: { unit: string; descendants: boolean; from: string; to: string };
  errors: FieldErrors;
  units: Array<{ code: string; name: string }>;
  /** Whether the caller sees units below their own (and so may ask for them). */
  tree: boolean;
};

function filterForm(t: T, form: StatsForm): SafeHtml {
  const error = (name: string) =>
    form.errors[name]
      ? html`<p class="error" id="s-${name}-error">${t(form.errors[name])}</p>`
      : '';
  const invalid = (name: string) =>
    form.errors[name] ? html`aria-invalid="true" aria-describedby="s-${name}-error"` : '';
  const date = (name: 'from' | 'to', label: MessageKey) =>
    html`<div>
      <label for="s-${name}">${t(label)}</label>
      <input
        type="date"
        id="s-${name}"
        name="${name}"
        value="${form.values[name]}"
        ${invalid(name)}
      />
      ${error(name)}
    </div>`;
  return html`<form method="get" action="/staf/statistik" class="card stats-filter">
    <div>
      <label for="s-unit">${t('stats.unit')}</label>
      <select id="s-unit" name="unit" ${invalid('unit')}>
        ${form.units.map((u) => html`<option value="${u.code}" ${u.code === form.values.unit ? 'selected' : ''}>${u.name}</option>`)}
      </select>
      ${error('unit')}
      ${
        form.tree
          ? html`<label class="check"
              ><input
                type="checkbox"
                name="descendants"
                value="true"
                ${form.values.descendants ? 'checked' : ''}
              />
              ${t('stats.descendants')}</label
            >`
          : ''
      }
    </div>
    ${date('from', 'stats.from')} ${date('to', 'stats.to')}
    <div><button type="submit">${t('stats.show')}</button></div>
  </form>`;
}

/** A two-column table of what was counted; rows with nothing are left out when `sparse`. */
function countTable(
  t: T,
  caption: MessageKey,
  rows: Array<[string, number]>,
  sparse = false,
): SafeHtml {
  const shown = sparse ? rows.filter(([, n]) => n > 0) : rows;
  return html`<table class="stats">
    <caption>
      ${t(caption)}
    </caption>
    <tbody>
      ${
        shown.length
          ? shown.map(
              ([label, n]) =>
                html`<tr>
                  <th scope="row">${label}</th>
                  <td>${String(n)}</td>
                </tr>`,
            )
          : html`<tr>
              <td colspan="2" class="meta">${t('stats.none')}</td>
            </tr>`
      }
    </tbody>
  </table>`;
}

function countsBlock(t: T, counts: Counts, category: CategoryLabel): SafeHtml {
  const labelled = (record: Record<string, number>, label: (code: string) => string) =>
    Object.entries(record)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([code, n]): [string, number] => [label(code), n]);
  const outcome = (code: string) => t(`outcome.${code}` as MessageKey);
  const figure = (n: number, label: MessageKey, warn = false) =>
    html`<li${warn && n > 0 ? html` class="warn"` : ''}>
      <strong>${String(n)}</strong> ${t(label)}
    </li>`;
  return html`<ul class="figures">
      ${figure(counts.total, 'stats.total')} ${figure(counts.open, 'stats.open')}
      ${figure(counts.overdue, 'stats.overdue', true)}
      ${figure(counts.appreciations, 'stats.appreciations')}
    </ul>
    <div class="stats-grid">
      ${countTable(
        t,
        'stats.byKind',
        kinds.map((k) => [t(`kind.${k}` as MessageKey), counts.byKind[k]]),
      )}
      ${countTable(
        t,
        'stats.byState',
        states.map((s) => [t(`state.${s}` as MessageKey), counts.byState[s] ?? 0]),
      )}
      ${countTable(t, 'stats.byCategory', labelled(counts.byCategory, category), true)}
      ${countTable(t, 'stats.byOutcome', labelled(counts.byOutcome, outcome), true)}
      ${countTable(t, 'stats.deadlines', [
        [t('stats.feedbackOnTime'), counts.feedback.onTime],
        [t('stats.feedbackLate'), counts.feedback.late],
        [t('stats.openCases'), counts.open],
        [t('stats.overdueCases'), counts.overdue],
      ])}
    </div>`;
}

function periodLine(t: T, lang: Lang, stats: Statistics): string {
  const zone = stats.unit.timeZone;
  const day = (iso: string) => formatDate(startOfDay(iso, zone), zone, lang);
  const values = { zone: zoneName(zone) };
  if (stats.from && stats.to)
    return t('stats.periodBetween', { ...values, from: day(stats.from), to: day(stats.to) });
  if (stats.from) return t('stats.periodFrom', { ...values, from: day(stats.from) });
  if (stats.to) return t('stats.periodTo', { ...values, to: day(stats.to) });
  return t('stats.periodAll');
}

/** The whole page: the filter, and the statistics when the filter was valid. */
export function statisticsView(
  t: T,
  lang: Lang,
  form: StatsForm,
  stats: Statistics | undefined,
  category: CategoryLabel,
): SafeHtml {
  const blocks = stats
    ? html`<p class="meta">${periodLine(t, lang, stats)} · ${t('stats.metadataOnly')}</p>
        ${
          stats.units.length > 1
            ? html`<section class="card">
                <h2>
                  ${t('stats.allUnits', { unit: stats.unit.name, count: stats.units.length })}
                </h2>
                ${countsBlock(t, stats.total, category)}
              </section>`
            : ''
        }
        ${stats.units.map(
          (u) =>
            html`<section class="card" id="unit-${u.code}">
              <h2>${u.name} <span class="meta">${u.code}</span></h2>
              ${countsBlock(t, u.counts, category)}
            </section>`,
        )}
        ${stats.descendants ? html`<p class="meta">${t('stats.quietUnits')}</p>` : ''}`
    : '';
  return html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
    <h1>${t('stats.title')}</h1>
    ${filterForm(t, form)} ${blocks}`;
}
