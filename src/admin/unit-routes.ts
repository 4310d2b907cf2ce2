/** The units pages: the list of the administrator's units, and the import of a CSV file. */
import { zoneName } from '../i18n/dates.js';
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import { staffHeader } from '../cases/views.js';
import { field, readForm } from '../http/form-data.js';
import { html, trusted, type SafeHtml } from '../http/html.js';
import { page } from '../http/layout.js';
import { CsvError, parseCsv } from '../import/csv.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import { importUnits } from '../org/units.js';
import { checkCsrf } from '../staff/auth.js';
import { adminPage, type AdminAuth } from './guard.js';
import { checkImportScope, decodeUpload, describeImportProblem } from './unit-import.js';
import { adminNav, csrfField, notice, sendAdminPage } from './views.js';

const pageSize = 100;

type UnitFilter = { q: string; type: string; propam: '' | 'yes' | 'no'; page: number };

function readFilter(query: Record<string, unknown>): UnitFilter {
  const text = (name: string, max: number) =>
    typeof query[name] === 'string' ? query[name].trim().slice(0, max) : '';
  const propam = text('propam', 3);
  return {
    q: text('q', 60),
    type: /^[a-z_]{2,30}$/.test(text('type', 30)) ? text('type', 30) : '',
    propam: propam === 'yes' || propam === 'no' ? propam : '',
    page: Math.max(1, Math.min(1000, Number.parseInt(text('page', 4), 10) || 1)),
  };
}

async function listUnits(ctx: AppContext, scope: number[], filter: UnitFilter) {
  let query = ctx.db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .where('u.id', 'in', scope);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.code', 'ilike', like), eb('u.name', 'ilike', like)]));
  }
  if (filter.type) query = query.where('u.type', '=', filter.type);
  if (filter.propam) query = query.where('u.has_propam', '=', filter.propam === 'yes');
  const total = await query
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(['u.code', 'u.name', 'u.type', 'u.time_zone', 'u.has_propam', 'p.code as parentCode'])
    .orderBy(sql`u.parent_id is not null`)
    .orderBy('u.code')
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize)
    .execute();
  const types = await ctx.db
    .selectFrom('units')
    .select('type')
    .distinct()
    .where('id', 'in', scope)
    .orderBy('type')
    .execute();
  return { rows, total: Number(total.n), types: types.map((r) => r.type) };
}

function importForm(t: T, auth: { csrf: string }, problem?: string): SafeHtml {
  return html`<form
    method="post"
    action="/staf/admin/unit/impor"
    enctype="multipart/form-data"
    class="card"
  >
    <h2>${t('units.import')}</h2>
    ${csrfField(auth)}
    <p class="hint" id="file-hint">${t('units.importHint')}</p>
    <label for="file">${t('units.file')}</label>
    <input
      id="file"
      name="file"
      type="file"
      accept=".csv,text/csv"
      required
      aria-describedby="file-hint${problem ? ' file-error' : ''}"
      ${problem ? html`aria-invalid="true"` : ''}
    />
    ${problem ? html`<p class="error" id="file-error" role="alert">${problem}</p>` : ''}
    <button type="submit">${t('units.importSubmit')}</button>
  </form>`;
}

function unitsBody(
  t: T,
  auth: AdminAuth,
  filter: UnitFilter,
  found: Awaited<ReturnType<typeof listUnits>>,
  options: { problem?: string; done?: string } = {},
): SafeHtml {
  const yes = t('units.yes');
  const no = t('units.no');
  const rows = found.rows.map(
    (u) =>
      html`<tr>
        <td><code>${u.code}</code></td>
        <td>${u.name}</td>
        <td><span class="cell-label">${t('units.type')}:</span> ${u.type}</td>
        <td><span class="cell-label">${t('units.parent')}:</span> ${u.parentCode ?? '—'}</td>
        <td>
          <span class="cell-label">${t('units.zone')}:</span> ${zoneName(u.time_zone)}
          (${u.time_zone})
        </td>
        <td><span class="cell-label">${t('units.propam')}:</span> ${u.has_propam ? yes : no}</td>
      </tr>`,
  );
  const pages = Math.max(1, Math.ceil(found.total / pageSize));
  const link = (n: number) =>
    `/staf/admin/unit?${new URLSearchParams({ q: filter.q, type: filter.type, propam: filter.propam, page: String(n) }).toString()}`;
  const option = (value: string, label: string, chosen: string) =>
    html`<option value="${value}" ${value === chosen ? 'selected' : ''}>${label}</option>`;
  // A refused import comes first, where the eye lands after the page loads, not below the list.
  return html`${notice(options.done)} ${options.problem ? importForm(t, auth, options.problem) : ''}
    <form method="get" action="/staf/admin/unit" class="card">
      <label for="q">${t('units.filter')}</label>
      <input id="q" name="q" value="${filter.q}" maxlength="60" />
      <label for="type">${t('units.type')}</label>
      <select id="type" name="type">
        ${option('', t('units.any'), filter.type)}
        ${found.types.map((type) => option(type, type, filter.type))}
      </select>
      <label for="propam">${t('units.propam')}</label>
      <select id="propam" name="propam">
        ${option('', t('units.any'), filter.propam)} ${option('yes', yes, filter.propam)}
        ${option('no', no, filter.propam)}
      </select>
      <button type="submit">${t('units.filterSubmit')}</button>
    </form>
    <p class="meta">
      ${t('units.count', { shown: found.rows.length, total: found.total })}
      ${pages > 1 ? ` · ${t('units.page', { page: filter.page, pages })}` : ''}
    </p>
    ${
      rows.length
        ? html`<table class="inbox">
            <thead>
              <tr>
                <th>${t('units.code')}</th>
                <th>${t('units.name')}</th>
                <th>${t('units.type')}</th>
                <th>${t('units.parent')}</th>
                <th>${t('units.zone')}</th>
                <th>${t('units.propam')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : html`<p class="card">${t('units.none')}</p>`
    }
    <p>
      ${filter.page > 1 ? html`<a class="button secondary" href="${link(filter.page - 1)}">${t('units.prev')}</a>` : ''}
      ${filter.page < pages ? html`<a class="button secondary" href="${link(filter.page + 1)}">${t('units.next')}</a>` : ''}
    </p>
    ${options.problem ? '' : importForm(t, auth)}`;
}

/** The page an import streams: its top, then a progress line per step, then its end. */
function streamedPage(request: FastifyRequest, auth: AdminAuth, total: number): [string, string] {
  const t = request.t;
  const marker = '<!--progress-->';
  const body = html`<p><a href="/staf/admin">${t('admin.title')}</a></p>
    ${adminNav(t, 'units')}
    <h1>${t('units.import')}</h1>
    <p>${t('units.importing', { total })}</p>
    ${trusted(marker)}`;
  const whole = page({
    lang: request.lang,
    t,
    title: t('units.import'),
    body,
    path: undefined,
    scripts: true,
    wide: true,
    header: staffHeader(t, auth.user.username, auth.csrf, 'admin'),
  });
  const at = whole.indexOf(marker);
  return [whole.slice(0, at), whole.slice(at + marker.length)];
}

function countRows(text: string): number {
  try {
    return parseCsv(text, []).length;
  } catch {
    return 0;
  }
}

const step = (t: T, percent: number) =>
  html`<p class="import-step">
    <progress value="${percent}" max="100">${percent}%</progress>
    ${t('units.progress', { percent })}
  </p>`.value;

export function unitRoutes(app: FastifyInstance, ctx: AppContext) {
  const showUnits = async (
    request: FastifyRequest,
    reply: FastifyReply,
    auth: AdminAuth,
    options: { problem?: string; done?: string; status?: number } = {},
  ) => {
    const filter = readFilter((request.query ?? {}) as Record<string, unknown>);
    const found = await listUnits(ctx, auth.scope, filter);
    const body = unitsBody(request.t, auth, filter, found, options);
    return sendAdminPage(
      request,
      reply,
      auth,
      'units',
      request.t('units.title'),
      body,
      options.status,
    );
  };

  app.get('/staf/admin/unit', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    const ok = (request.query as { ok?: string }).ok;
    const done =
      typeof ok === 'string' && /^\d{1,6}$/.test(ok)
        ? request.t('units.imported', { count: Number(ok) })
        : undefined;
    return showUnits(request, reply, auth, { done });
  });

  app.post('/staf/admin/unit/impor', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    const t = request.t;
    const { fields, files } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    const refuse = (key: MessageKey | string) =>
      showUnits(request, reply, auth, {
        problem: key.startsWith('units.') ? t(key as MessageKey) : key,
        status: 422,
      });

    const file = files.find((f) => f.field === 'file' && f.data.length > 0);
    if (!file) return refuse('units.fileMissing');
    if (file.truncated) return refuse('units.fileTooLarge');
    const text = decodeUpload(file.data);
    if (text === undefined) return refuse('units.notText');

    const rowCount = countRows(text);
    const stream = new PassThrough();
    const [top, bottom] = streamedPage(request, auth, rowCount);
    let started: (() => void) | undefined;
    const firstStep = new Promise<void>((resolve) => (started = resolve));
    let shown = -1;
    const onProgress = (done: number, total: number) => {
      const percent = Math.floor((done / total) * 20) * 5;
      if (shown < 0) {
        stream.write(`${top}<div class="import-steps" role="status">`);
        started?.();
      }
      if (percent === shown) return;
      shown = percent;
      stream.write(step(t, percent));
    };
    const work = (async () => {
      await checkImportScope(ctx.db, auth.scope, auth.user.unit_id, text);
      const count = await importUnits(ctx.db, text, onProgress);
      await audit(ctx, auth.user, 'units_import', null, { units: count });
      return count;
    })();
    const outcome = work.then(
      (count) => ({ count }),
      (error: unknown) => ({ error }),
    );

    // Until the first row goes in, a problem (a bad line) still gets an ordinary page.
    const early = await Promise.race([firstStep.then(() => undefined), outcome]);
    if (early) {
      if ('error' in early) {
        if (!(early.error instanceof CsvError)) throw early.error;
        return refuse(describeImportProblem(t, early.error));
      }
      return reply.redirect(`/staf/admin/unit?ok=${early.count}`, 303);
    }

    void outcome.then((result) => {
      const end =
        'count' in result
          ? html`<div class="note" role="status">
                ${t('units.imported', { count: result.count })}
              </div>
              <p><a class="button" href="/staf/admin/unit">${t('units.toList')}</a></p>`
          : html`<div class="errors" role="alert">
                <p>${t('units.importFailed')}</p>
                <p>
                  ${result.error instanceof CsvError ? describeImportProblem(t, result.error) : t('error.internal')}
                </p>
              </div>
              <p><a class="button" href="/staf/admin/unit">${t('units.back')}</a></p>`;
      if ('error' in result && !(result.error instanceof CsvError))
        request.log.error({ err: result.error }, 'unit import failed');
      stream.end(`</div>${end.value}${bottom}`);
    });
    return reply.type('text/html; charset=utf-8').send(stream);
  });
}
