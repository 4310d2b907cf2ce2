/** The auditor's page: whether the chain verifies, its head, and the entries newest first. */
import type { FieldErrors } from '../errors.js';
import { isMessageKey, type Lang, type T } from '../i18n/catalog.js';
import { formatDateTime, zoneName } from '../i18n/dates.js';
import { breakAfterSlashes, html, type SafeHtml } from '../http/html.js';
import type { AuditPage, AuditRow, ChainStatus } from './audit-entries.js';

export type AuditFilter = { caseNumber: string; action: string; cursor: string };

/** An action in words, for actions the catalogue names; its code as the log stores it else. */
function actionLabel(t: T, action: string): string {
  const key = `auditAction.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

function chainBox(t: T, chain: ChainStatus): SafeHtml {
  if (chain.ok) {
    return html`<div class="note" role="status">
      <p><strong>${t('auditLog.chainOk', { count: chain.entries })}</strong></p>
      <p>${t('auditLog.headHint')}</p>
      <p class="head"><code>${chain.head}</code></p>
    </div>`;
  }
  return html`<div class="errors" role="alert">
    <p><strong>${t('auditLog.chainBroken')}</strong></p>
    <p>${t('auditLog.chainBrokenHint')}</p>
    <p class="meta">${t('auditLog.problem')}: <code>${chain.problem}</code></p>
  </div>`;
}

function filterForm(t: T, filter: AuditFilter, actions: string[], errors: FieldErrors) {
  const error = (name: string) =>
    errors[name] ? html`<p class="error" id="a-${name}-error">${t(errors[name])}</p>` : '';
  return html`<form method="get" action="/staf/audit" class="card stats-filter">
    <div>
      <label for="a-case">${t('auditLog.caseNumber')}</label>
      <input
        id="a-case"
        name="caseNumber"
        maxlength="120"
        value="${filter.caseNumber}"
        placeholder="WBS/0001/I/2026/POLRESTA-BPN"
        ${errors.caseNumber ? html`aria-invalid="true" aria-describedby="a-caseNumber-error"` : ''}
      />
      ${error('caseNumber')}
    </div>
    <div>
      <label for="a-action">${t('auditLog.action')}</label>
      <select id="a-action" name="action">
        <option value="">${t('auditLog.allActions')}</option>
        ${actions.map((a) => html`<option value="${a}" ${a === filter.action ? 'selected' : ''}>${actionLabel(t, a)}</option>`)}
      </select>
      ${error('action')}
    </div>
    <div><button type="submit">${t('auditLog.filter')}</button></div>
  </form>`;
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

function entryRow(t: T, lang: Lang, timeZone: string, row: AuditRow, broken: boolean) {
  return html`<tr ${broken ? html`class="broken"` : ''}>
    <td><span class="cell-label">#</span>${String(row.id)}</td>
    <td>${formatDateTime(row.at, timeZone, lang)}</td>
    <td><span class="cell-label">${t('auditLog.actor')}:</span> ${row.actor}</td>
    <td>
      <strong>${actionLabel(t, row.action)}</strong><br /><span class="meta">${row.action}</span>
    </td>
    <td>${row.caseNumber ? breakAfterSlashes(row.caseNumber) : ''}</td>
    <td class="meta">${detailText(row.detail)}</td>
  </tr>`;
}

/** Links to the newest page and the next older one, keeping the filter. */
function pager(t: T, filter: AuditFilter, nextCursor: string | null): SafeHtml {
  const query = (cursor?: string) => {
    const params = new URLSearchParams();
    if (filter.caseNumber) params.set('caseNumber', filter.caseNumber);
    if (filter.action) params.set('action', filter.action);
    if (cursor) params.set('cursor', cursor);
    const text = params.toString();
    return `/staf/audit${text ? `?${text}` : ''}`;
  };
  return html`<nav class="filters" aria-label="${t('auditLog.pages')}">
    ${filter.cursor ? html`<a href="${query()}">${t('auditLog.newest')}</a>` : ''}
    ${nextCursor ? html`<a href="${query(nextCursor)}">${t('auditLog.older')}</a>` : ''}
  </nav>`;
}

export function auditLogView(
  t: T,
  lang: Lang,
  view: {
    timeZone: string;
    chain: ChainStatus;
    filter: AuditFilter;
    actions: string[];
    errors: FieldErrors;
    page: AuditPage | undefined;
  },
): SafeHtml {
  const { chain, page } = view;
  const brokenId = chain.ok ? null : chain.brokenId;
  const table = page?.items.length
    ? html`<table class="inbox audit">
        <thead>
          <tr>
            <th>#</th>
            <th>${t('auditLog.time')}</th>
            <th>${t('auditLog.actor')}</th>
            <th>${t('auditLog.action')}</th>
            <th>${t('auditLog.caseNumber')}</th>
            <th>${t('auditLog.detail')}</th>
          </tr>
        </thead>
        <tbody>
          ${page.items.map((row) => entryRow(t, lang, view.timeZone, row, row.id === brokenId))}
        </tbody>
      </table>`
    : html`<p class="card">${t('auditLog.empty')}</p>`;
  return html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
    <h1>${t('auditLog.title')}</h1>
    ${chainBox(t, chain)} ${filterForm(t, view.filter, view.actions, view.errors)}
    <p class="meta">
      ${t('staff.zone', { zone: zoneName(view.timeZone) })} · ${t('auditLog.viewRecorded')}
    </p>
    ${page ? html`${table} ${pager(t, view.filter, page.nextCursor)}` : ''}`;
}
