/** Pieces shared by the administration pages: the header, the section menu, field messages. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { staffHeader } from '../cases/views.js';
import type { FieldErrors } from '../errors.js';
import { html, type SafeHtml } from '../http/html.js';
import { sendPage } from '../http/server.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import type { AdminAuth } from './guard.js';

export type AdminSection = 'units' | 'users' | 'categories' | 'sanctions' | 'settings';

const sections: Array<[AdminSection, string, MessageKey]> = [
  ['units', '/staf/admin/unit', 'admin.nav.units'],
  ['users', '/staf/admin/pengguna', 'admin.nav.users'],
  ['categories', '/staf/admin/kategori', 'admin.nav.categories'],
  ['sanctions', '/staf/admin/sanksi', 'admin.nav.sanctions'],
  ['settings', '/staf/admin/pengaturan', 'admin.nav.settings'],
];

/** The menu of administration sections, the current one marked. */
export function adminNav(t: T, current?: AdminSection): SafeHtml {
  return html`<nav class="filters" aria-label="${t('admin.title')}">
    ${sections.map(
      ([name, href, label]) =>
        html`<a href="${href}" ${name === current ? html`aria-current="page"` : ''}
          >${t(label)}</a
        >`,
    )}
  </nav>`;
}

/** Sends an administration page: the back office header, the menu, then the body. */
export function sendAdminPage(
  request: FastifyRequest,
  reply: FastifyReply,
  auth: AdminAuth,
  section: AdminSection | undefined,
  title: string,
  body: SafeHtml,
  status = 200,
) {
  const t = request.t;
  return sendPage(
    request,
    reply,
    title,
    html`<p><a href="/staf/admin">${t('admin.title')}</a></p>
      ${adminNav(t, section)}
      <h1>${title}</h1>
      ${
        !auth.deploymentWide &&
        (section === 'settings' || section === 'sanctions' || section === 'categories')
          ? html`<div class="warning">${t('error.deploymentAdminOnly')}</div>`
          : ''
      }
      ${body}`,
    { status, wide: true, header: staffHeader(t, auth.user.username, auth.csrf, 'admin') },
  );
}

/** The message of one field, linked to its input for screen readers. */
export function fieldError(t: T, errors: FieldErrors, name: string, id = name): SafeHtml | '' {
  const key = errors[name];
  return key ? html`<p class="error" id="${id}-error">${t(key)}</p>` : '';
}

/** `aria-invalid` and the message's id for an input that has a problem. */
export function invalid(errors: FieldErrors, name: string, id = name): SafeHtml | '' {
  return errors[name] ? html`aria-invalid="true" aria-describedby="${id}-error"` : '';
}

/** The summary at the top of a form that came back with problems. */
export function errorSummary(t: T, errors: FieldErrors): SafeHtml | '' {
  return Object.keys(errors).length
    ? html`<div class="errors" role="alert">${t('admin.fixFields')}</div>`
    : '';
}

/** A one-line confirmation after a change, shown on the page the change returns to. */
export function notice(text: string | undefined): SafeHtml | '' {
  return text ? html`<div class="note" role="status">${text}</div>` : '';
}

/** The hidden CSRF field every administration form carries. */
export function csrfField(auth: { csrf: string }): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${auth.csrf}" />`;
}
