/** The front door: a channel's landing page, its QR code, and the pages for bad codes. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { html } from '../http/html.js';
import { externalBodies } from '../http/layout.js';
import { sendPage } from '../http/server.js';
import { followForm } from '../reporter/views.js';
import { activeChannels, countView, findChannel, type ChannelWithUnit } from './channels.js';
import { qrPdf } from './poster.js';
import { channelUrl, qrPng, qrSvg } from './qr.js';

type CodeParams = { Params: { code: string } };

export function channelRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/', async (request, reply) => {
    const t = request.t;
    const body = html`<h1>${t('home.title')}</h1>
      <p>${t('home.lead')}</p>
      <div class="note">${t('landing.anonymous')}</div>
      ${followForm(t, '/ikuti', {})} ${externalBodies(t)}`;
    return sendPage(request, reply, t('home.title'), body);
  });

  app.get<CodeParams>('/q/:code', async (request, reply) => {
    const channel = await usableChannel(ctx, request, request.params.code);
    if ('page' in channel)
      return sendPage(request, reply, channel.title, channel.page, { status: channel.status });
    await countView(ctx.db, channel);
    return sendPage(
      request,
      reply,
      `${channel.unit.name} · ${channel.place}`,
      landing(ctx, request, channel),
    );
  });

  app.get<CodeParams>('/q/:code/qr.svg', async (request, reply) => {
    const channel = await findChannel(ctx.db, request.params.code);
    if (!channel) throw new AppError('not_found', 'error.notFound');
    return reply
      .type('image/svg+xml')
      .send(await qrSvg(channelUrl(ctx.config.publicUrl, channel.code)));
  });

  app.get<CodeParams>('/q/:code/qr.pdf', async (request, reply) => {
    const channel = await findChannel(ctx.db, request.params.code);
    if (!channel) throw new AppError('not_found', 'error.notFound');
    return reply
      .type('application/pdf')
      .send(await qrPdf(channelUrl(ctx.config.publicUrl, channel.code)));
  });

  app.get<CodeParams>('/q/:code/qr.png', async (request, reply) => {
    const channel = await findChannel(ctx.db, request.params.code);
    if (!channel) throw new AppError('not_found', 'error.notFound');
    return reply
      .type('image/png')
      .send(await qrPng(channelUrl(ctx.config.publicUrl, channel.code)));
  });
}

type Refusal = { page: ReturnType<typeof html>; status: number; title: string };

/**
 * The channel for a reporter page, or the page that explains why there is none: 404 for a
 * code that is not ours, 410 for a retired one with the unit's active channels.
 */
export async function usableChannel(
  ctx: AppContext,
  request: FastifyRequest,
  code: string,
): Promise<ChannelWithUnit | Refusal> {
  const t = request.t;
  const channel = await findChannel(ctx.db, code);
  if (!channel) {
    const title = t('channel.notFound.title');
    const page = html`<div class="card errors">
        <h1>${title}</h1>
        <p>${t('channel.notFound.body', { code: code.slice(0, 60) })}</p>
      </div>
      ${externalBodies(t)}`;
    return { page, status: 404, title };
  }
  if (channel.state === 'retired') {
    const others = await activeChannels(ctx.db, channel.unit_id);
    const title = t('channel.retired.title');
    const list = others.length
      ? html`<ul class="choices">
          ${others.map(
            (c) =>
              html`<li>
                <a class="choice" href="/q/${c.code}"
                  ><strong>${c.place}</strong><span>${c.code}</span></a
                >
              </li>`,
          )}
        </ul>`
      : html`<p>${t('channel.retired.none')}</p>`;
    const page = html`<div class="card warning">
        <h1>${title}</h1>
        <p>${t('channel.retired.body', { code: channel.code, unit: channel.unit.name })}</p>
      </div>
      ${list}`;
    return { page, status: 410, title };
  }
  return channel;
}

/** The header every reporter page of a channel shows, so a forged sticker stands out. */
export function channelBanner(ctx: AppContext, request: FastifyRequest, channel: ChannelWithUnit) {
  const t = request.t;
  const url = channelUrl(ctx.config.publicUrl, channel.code);
  return html`<div class="card">
      <p class="official">${t('landing.official')}</p>
      <p class="unit">${channel.unit.name}</p>
      <p class="place">${channel.place}</p>
    </div>
    ${channel.state === 'forged' ? html`<div class="warning" role="alert">${t('landing.forged', { url })}</div>` : ''}`;
}

function landing(ctx: AppContext, request: FastifyRequest, channel: ChannelWithUnit) {
  const t = request.t;
  const base = `/q/${channel.code}`;
  const full = html`<li>
    <a class="choice${channel.form === 'full' ? ' primary' : ''}" href="${base}/pengaduan"
      ><strong>${t('landing.full')}</strong><span>${t('landing.fullHint')}</span></a
    >
  </li>`;
  const quick = html`<li>
    <a class="choice${channel.form === 'quick' ? ' primary' : ''}" href="${base}/cepat"
      ><strong>${t('landing.quick')}</strong><span>${t('landing.quickHint')}</span></a
    >
  </li>`;
  const appreciation = html`<li>
    <a class="choice${channel.form === 'appreciation' ? ' primary' : ''}" href="${base}/apresiasi"
      ><strong>${t('landing.appreciation')}</strong><span>${t('landing.appreciationHint')}</span></a
    >
  </li>`;
  const ordered =
    channel.form === 'quick'
      ? [quick, full, appreciation]
      : channel.form === 'appreciation'
        ? [appreciation, full, quick]
        : [full, quick, appreciation];

  return html`${channelBanner(ctx, request, channel)}
    <h1>${t('landing.choose')}</h1>
    <ul class="choices">
      ${ordered}
    </ul>
    <div class="note">${t('landing.anonymous')}</div>
    <p>${t('landing.next')}</p>
    <h2 id="ikuti">${t('landing.follow')}</h2>
    ${followForm(t, `${base}/ikuti`, {})}
    <p class="hint">
      ${t('landing.checkRoom', { url: channelUrl(ctx.config.publicUrl, channel.code) })}
    </p>
    ${externalBodies(t)}`;
}
