/** The back office page where a reader confirms new readers of their unit and the units below. */
import { keyFingerprint } from './staff-keys.js';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { staffHeader } from '../cases/views.js';
import { AppError } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import type { MessageKey } from '../i18n/catalog.js';
import { unitAndDescendants } from '../org/units.js';
import { checkCsrf, requireStaff } from '../staff/auth.js';
import { confirmByReader, unconfirmedReaders } from './confirm.js';

export function keyRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: { ok?: string } }>('/staf/pembaca', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    const t = request.t;
    const waiting = await unconfirmedReaders(
      ctx.db,
      await unitAndDescendants(ctx.db, auth.user.unit_id),
    );
    const done = typeof request.query.ok === 'string' ? request.query.ok.slice(0, 60) : undefined;
    const rows = waiting.map(
      (u) =>
        html`<li class="card">
          <strong>${u.username}</strong> · ${t(`role.${u.role}` as MessageKey)} · ${u.unitName}
          <p>
            ${t('readers.fingerprint')}:
            <code>${u.public_key ? keyFingerprint(u.public_key) : '—'}</code>
          </p>
          <form method="post" action="/staf/pembaca" class="inline-form">
            <input type="hidden" name="_csrf" value="${auth.csrf}" />
            <input type="hidden" name="username" value="${u.username}" />
            <button type="submit">${t('readers.confirm')}</button>
          </form>
        </li>`,
    );
    const body = html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
      <h1>${t('readers.title')}</h1>
      <p>${t('readers.lead')}</p>
      ${done ? html`<div class="note" role="status">${t('readers.done', { username: done })}</div>` : ''}
      ${
        rows.length
          ? html`<ul class="messages">
              ${rows}
            </ul>`
          : html`<p class="card">${t('readers.none')}</p>`
      }`;
    return sendPage(request, reply, t('readers.title'), body, {
      wide: true,
      header: staffHeader(t, auth.user.username, auth.csrf, auth.user.role),
    });
  });

  app.post('/staf/pembaca', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    const { fields } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    const username = field(fields, 'username');
    if (!username) throw new AppError('bad_request', 'error.badRequest');
    const result = await confirmByReader(ctx, auth, username);
    return reply.redirect(`/staf/pembaca?ok=${encodeURIComponent(result.username)}`, 303);
  });
}
