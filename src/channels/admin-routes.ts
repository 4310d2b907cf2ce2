/** The back office page where a section manages its QR channels and prints their posters. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { staffHeader } from '../cases/views.js';
import type { User } from '../db/schema.js';
import { AppError, forbidden } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import type { Lang, MessageKey, T } from '../i18n/catalog.js';
import { unitAndDescendants } from '../org/units.js';
import { checkCsrf, requireStaff } from '../staff/auth.js';
import {
  channelStats,
  findChannel,
  markForged,
  replaceChannel,
  retireChannel,
  upsertChannel,
  type ChannelStats,
} from './channels.js';
import { renderPosters, type PosterSize } from './poster.js';

const managers = new Set(['admin', 'pimpinan', 'triase']);

function channelsPage(
  t: T,
  csrf: string,
  rows: ChannelStats[],
  units: Array<{ code: string; name: string }>,
  notice?: string,
) {
  const action = (path: string, label: MessageKey, extra = html``) =>
    html`<form method="post" action="/staf/kanal/${path}" class="inline-form">
      <input type="hidden" name="_csrf" value="${csrf}" />${extra}
      <button type="submit" class="secondary">${t(label)}</button>
    </form>`;
  const list = rows.map(
    (c) =>
      html`<li class="card">
        <strong>${c.code}</strong> · ${c.place} · ${c.unitName}
        <span class="state">${t(`channelState.${c.state}` as MessageKey)}</span>
        <p class="meta">
          ${t('channels.counts', { views: c.views, views30: c.views30, reports: c.reports })}
        </p>
        ${c.note ? html`<p class="meta">${c.note}</p>` : ''}
        ${
          c.state === 'retired'
            ? ''
            : html`<p>
                  <a href="/staf/kanal/${c.code}/poster.pdf?size=a4">${t('channels.posterA4')}</a> ·
                  <a href="/staf/kanal/${c.code}/poster.pdf?size=a5">${t('channels.posterA5')}</a> ·
                  <a href="/staf/kanal/${c.code}/poster.pdf?size=a4&amp;lang=en">English</a> ·
                  <a href="/q/${c.code}/qr.svg">SVG</a> · <a href="/q/${c.code}/qr.png">PNG</a> ·
                  <a href="/q/${c.code}/qr.pdf">PDF</a>
                </p>
                ${action(`${c.code}/palsu`, c.state === 'forged' ? 'channels.unforged' : 'channels.forged')}
                ${action(`${c.code}/tarik`, 'channels.retire', html`<label class="check"><input type="checkbox" name="confirm" value="yes" required /> ${t('channels.sure')}</label>`)}
                ${action(`${c.code}/ganti`, 'channels.replace', html`<label class="hint" for="n-${c.code}">${t('channels.newCode')}</label><input id="n-${c.code}" name="code" maxlength="40" required />`)}`
        }
      </li>`,
  );
  const form = html`<form method="post" action="/staf/kanal" class="card">
    <h2>${t('channels.add')}</h2>
    <input type="hidden" name="_csrf" value="${csrf}" />
    <label for="unit">${t('channels.unit')}</label>
    <select id="unit" name="unit">
      ${units.map((u) => html`<option value="${u.code}">${u.name}</option>`)}
    </select>
    <label for="code">${t('channels.code')}</label>
    <input id="code" name="code" maxlength="40" required placeholder="BPN-SPKT" />
    <label for="place">${t('channels.place')}</label>
    <input id="place" name="place" maxlength="200" required placeholder="Ruang SPKT" />
    <label for="form">${t('channels.form')}</label>
    <select id="form" name="form">
      <option value="full">${t('landing.full')}</option>
      <option value="quick">${t('landing.quick')}</option>
      <option value="appreciation">${t('landing.appreciation')}</option>
    </select>
    <label for="note">${t('channels.note')}</label>
    <input id="note" name="note" maxlength="500" />
    <button type="submit">${t('channels.create')}</button>
  </form>`;
  return html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
    <h1>${t('channels.title')}</h1>
    ${notice ? html`<div class="note" role="status">${notice}</div>` : ''}
    <p><a class="button secondary" href="/staf/kanal/poster.pdf">${t('channels.posterAll')}</a></p>
    ${form}
    <ul class="messages">
      ${list}
    </ul>`;
}

export function channelAdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const manager = async (request: FastifyRequest, reply: FastifyReply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) {
      await reply.redirect('/staf/masuk', 303);
      return undefined;
    }
    if (!managers.has(auth.user.role))
      throw forbidden('channels are managed by admin, pimpinan, triase');
    return auth;
  };

  /** A channel the staff member may manage: of their unit or a unit below it. */
  const ownChannel = async (user: User, code: string) => {
    const channel = await findChannel(ctx.db, code);
    const scope = await unitAndDescendants(ctx.db, user.unit_id);
    if (!channel || !scope.includes(channel.unit_id))
      throw new AppError('not_found', 'error.notFound');
    return channel;
  };

  app.get<{ Querystring: { ok?: string } }>('/staf/kanal', async (request, reply) => {
    const auth = await manager(request, reply);
    if (!auth) return reply;
    const scope = await unitAndDescendants(ctx.db, auth.user.unit_id);
    const units = await ctx.db
      .selectFrom('units')
      .select(['code', 'name'])
      .where('id', 'in', scope)
      .orderBy('code')
      .execute();
    const notice = typeof request.query.ok === 'string' ? request.t('channels.saved') : undefined;
    const body = channelsPage(
      request.t,
      auth.csrf,
      await channelStats(ctx.db, scope),
      units,
      notice,
    );
    return sendPage(request, reply, request.t('channels.title'), body, {
      wide: true,
      header: staffHeader(request.t, auth.user.username, auth.csrf, auth.user.role),
    });
  });

  const act =
    (
      run: (
        user: User,
        code: string,
        fields: Record<string, string | undefined>,
      ) => Promise<unknown>,
    ) =>
    async (request: FastifyRequest<{ Params: { code?: string } }>, reply: FastifyReply) => {
      const auth = await manager(request, reply);
      if (!auth) return reply;
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      const values = Object.fromEntries(
        ['unit', 'code', 'place', 'form', 'note', 'confirm'].map((k) => [k, field(fields, k)]),
      );
      await run(auth.user, request.params.code ?? '', values);
      return reply.redirect('/staf/kanal?ok=1', 303);
    };

  app.post(
    '/staf/kanal',
    act(async (user, _code, f) => {
      const scope = await unitAndDescendants(ctx.db, user.unit_id);
      const unit = await ctx.db
        .selectFrom('units')
        .select('id')
        .where('code', '=', f.unit ?? '')
        .executeTakeFirst();
      if (!unit || !scope.includes(unit.id)) throw forbidden('not your unit');
      if (await findChannel(ctx.db, f.code ?? ''))
        throw new AppError('conflict', 'error.conflict', { detail: 'channel exists' });
      await upsertChannel(ctx.db, {
        unit: f.unit ?? '',
        code: f.code ?? '',
        place: f.place ?? '',
        form: (f.form ?? 'full') as 'full',
        note: f.note,
      });
    }),
  );
  app.post(
    '/staf/kanal/:code/tarik',
    act(async (user, code, f) => {
      // Retiring cannot be undone from here: the form asks to tick that one is sure.
      if (f.confirm !== 'yes') throw new AppError('bad_request', 'error.confirmRetire');
      await retireChannel(ctx.db, (await ownChannel(user, code)).code);
    }),
  );
  app.post(
    '/staf/kanal/:code/palsu',
    act(async (user, code) => {
      const channel = await ownChannel(user, code);
      await markForged(ctx.db, channel.code, channel.state !== 'forged');
    }),
  );
  app.post(
    '/staf/kanal/:code/ganti',
    act(async (user, code, f) =>
      replaceChannel(ctx.db, (await ownChannel(user, code)).code, f.code ?? ''),
    ),
  );

  const poster = async (
    reply: FastifyReply,
    codes: Array<{
      code: string;
      place: string;
      form: 'full' | 'quick' | 'appreciation';
      unitName: string;
    }>,
    size: PosterSize,
    lang: Lang,
    name: string,
  ) =>
    reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${name}.pdf"`)
      .send(await renderPosters(codes, { size, lang, publicUrl: ctx.config.publicUrl }));

  type PosterQuery = { Querystring: { size?: string; lang?: string } };
  const options = (q: PosterQuery['Querystring'], lang: Lang) => ({
    size: (q.size === 'a5' ? 'a5' : 'a4') as PosterSize,
    lang: (q.lang === 'en' ? 'en' : q.lang === 'id' ? 'id' : lang) as Lang,
  });

  app.get<PosterQuery & { Params: { code: string } }>(
    '/staf/kanal/:code/poster.pdf',
    async (request, reply) => {
      const auth = await manager(request, reply);
      if (!auth) return reply;
      const c = await ownChannel(auth.user, request.params.code);
      const { size, lang } = options(request.query, request.lang);
      return poster(
        reply,
        [{ code: c.code, place: c.place, form: c.form, unitName: c.unit.name }],
        size,
        lang,
        `poster-${c.code}`,
      );
    },
  );

  app.get<PosterQuery>('/staf/kanal/poster.pdf', async (request, reply) => {
    const auth = await manager(request, reply);
    if (!auth) return reply;
    const rows = (
      await channelStats(ctx.db, await unitAndDescendants(ctx.db, auth.user.unit_id))
    ).filter((c) => c.state !== 'retired');
    const { size, lang } = options(request.query, request.lang);
    return poster(
      reply,
      rows.map((c) => ({ code: c.code, place: c.place, form: c.form, unitName: c.unitName })),
      size,
      lang,
      'posters',
    );
  });
}
