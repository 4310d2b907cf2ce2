/** The back office links to statistics and the audit log, for the roles that may open them. */
import { readsAuditLog } from '../audit/audit-entries.js';
import type { StaffRole } from '../db/schema.js';
import type { T } from '../i18n/catalog.js';
import { html, type SafeHtml } from '../http/html.js';
import { seesStatistics } from './stats.js';

const roles = new Set<string>(['triase', 'penyidik', 'pimpinan', 'apresiasi', 'auditor', 'admin']);

export function oversightLinks(t: T, role: string | undefined): SafeHtml {
  if (!role || !roles.has(role)) return html``;
  const staffRole = role as StaffRole;
  return html`${seesStatistics(staffRole) ? html`<a href="/staf/statistik">${t('stats.link')}</a>` : ''}
  ${readsAuditLog(staffRole) ? html`<a href="/staf/audit">${t('auditLog.link')}</a>` : ''}`;
}
