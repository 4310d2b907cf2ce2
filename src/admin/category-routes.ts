/** The categories page: add a misconduct category, rename one, retire it or offer it again. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import { AppError, type FieldErrors } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html, type SafeHtml } from '../http/html.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import { categoryCode, type CategoryDef } from '../intake/categories.js';
import { getSettings, saveSetting } from '../settings/settings.js';
import { checkCsrf } from '../staff/auth.js';
import { adminPage, assertDeploymentAdmin, type AdminAuth } from './guard.js';
import { csrfField, errorSummary, fieldError, invalid, notice, sendAdminPage } from './views.js';

type Entered = { values: Record<string, string>; errors: FieldErrors };

function labelInputs(t: T, prefix: string, entered: Entered, current?: CategoryDef) {
  const input = (name: 'labelId' | 'labelEn', label: MessageKey) => {
    const key = `${prefix}.${name}`;
    const id = `${prefix}-${name}`;
    return html`<label for="${id}">${t(label)}</label>
      <input
        id="${id}"
        name="${name}"
        maxlength="120"
        required
        value="${entered.values[key] ?? current?.[name] ?? ''}"
        ${invalid(entered.errors, key, id)}
      />
      ${fieldError(t, entered.errors, key, id)}`;
  };
  return html`${input('labelId', 'categories.labelId')} ${input('labelEn', 'categories.labelEn')}`;
}

function categoriesBody(
  t: T,
  auth: { csrf: string },
  list: CategoryDef[],
  entered: Entered,
  done?: string,
): SafeHtml {
  const rows = list.map(
    (c) =>
      html`<li class="card">
        <p>
          <code>${c.code}</code>
          ${c.active ? '' : html`<span class="state">${t('categories.retired')}</span>`}
        </p>
        <form method="post" action="/staf/admin/kategori/${c.code}">
          ${csrfField(auth)} ${labelInputs(t, c.code, entered, c)}
          <button type="submit">${t('categories.rename')}</button>
        </form>
        <form method="post" action="/staf/admin/kategori/${c.code}/status" class="inline-form">
          ${csrfField(auth)}
          <input type="hidden" name="active" value="${c.active ? 'no' : 'yes'}" />
          <button type="submit" class="secondary">
            ${t(c.active ? 'categories.retire' : 'categories.activate')}
          </button>
        </form>
        ${fieldError(t, entered.errors, `${c.code}.active`, `${c.code}-active`)}
      </li>`,
  );
  return html`${notice(done)} ${errorSummary(t, entered.errors)}
    <p>${t('categories.lead')}</p>
    <form method="post" action="/staf/admin/kategori" class="card">
      <h2>${t('categories.add')}</h2>
      ${csrfField(auth)}
      <label for="new-code">${t('categories.code')}</label>
      <p class="hint">${t('categories.codeHint')}</p>
      <input
        id="new-code"
        name="code"
        maxlength="60"
        autocapitalize="off"
        required
        value="${entered.values['new.code'] ?? ''}"
        ${invalid(entered.errors, 'new.code', 'new-code')}
      />
      ${fieldError(t, entered.errors, 'new.code', 'new-code')} ${labelInputs(t, 'new', entered)}
      <button type="submit">${t('categories.create')}</button>
    </form>
    <ul class="messages">
      ${rows}
    </ul>`;
}

/** Checks the labels typed for a category; the problems are keyed `prefix.labelId`. */
function readLabels(prefix: string, fields: Record<string, string | undefined>) {
  const errors: FieldErrors = {};
  const labels = { labelId: (fields.labelId ?? '').trim(), labelEn: (fields.labelEn ?? '').trim() };
  for (const name of ['labelId', 'labelEn'] as const) {
    if (labels[name].length < 2 || labels[name].length > 120)
      errors[`${prefix}.${name}`] = 'field.labelLength';
  }
  return { labels, errors };
}

export function categoryRoutes(app: FastifyInstance, ctx: AppContext) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    auth: AdminAuth,
    entered: Entered = { values: {}, errors: {} },
    status = 200,
  ) => {
    const { categories } = await getSettings(ctx.db);
    const ok = typeof (request.query as { ok?: unknown }).ok === 'string';
    const done = ok ? request.t('categories.saved') : undefined;
    const body = categoriesBody(request.t, auth, categories, entered, done);
    return sendAdminPage(
      request,
      reply,
      auth,
      'categories',
      request.t('categories.title'),
      body,
      status,
    );
  };

  /** A change to the list: validated, saved, audited; problems shown with what was typed. */
  const change =
    (
      edit: (
        list: CategoryDef[],
        fields: Record<string, string | undefined>,
        code: string,
      ) => { list: CategoryDef[]; detail: Record<string, string | boolean> },
      prefixOf: (code: string) => string,
    ) =>
    async (request: FastifyRequest<{ Params: { code?: string } }>, reply: FastifyReply) => {
      const auth = await adminPage(ctx, request, reply);
      if (!auth) return reply;
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      await assertDeploymentAdmin(ctx, auth);
      const typed = Object.fromEntries(
        ['code', 'labelId', 'labelEn', 'active'].map((k) => [k, field(fields, k)]),
      );
      const code = request.params.code ?? '';
      try {
        const { categories } = await getSettings(ctx.db);
        const { list, detail } = edit(categories, typed, code);
        await ctx.db.transaction().execute(async (trx) => {
          await saveSetting(trx, 'categories', list);
          await audit({ ...ctx, db: trx }, auth.user, 'setting_change', null, {
            setting: 'categories',
            ...detail,
          });
        });
        return reply.redirect('/staf/admin/kategori?ok=1', 303);
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields) throw error;
        const prefix = prefixOf(code);
        const values = Object.fromEntries(
          Object.entries(typed).map(([k, v]) => [`${prefix}.${k}`, v ?? '']),
        );
        return show(request, reply, auth, { values, errors: error.fields }, error.status);
      }
    };

  const fail = (errors: FieldErrors) =>
    new AppError('validation_failed', 'error.validation', { fields: errors });

  const known = (list: CategoryDef[], code: string) => {
    const found = list.find((c) => c.code === code);
    if (!found)
      throw new AppError('not_found', 'error.notFound', { detail: `no category ${code}` });
    return found;
  };

  app.get('/staf/admin/kategori', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    return show(request, reply, auth);
  });

  app.post(
    '/staf/admin/kategori',
    change(
      (list, fields) => {
        const code = (fields.code ?? '').trim().toLowerCase();
        const { labels, errors } = readLabels('new', fields);
        if (!categoryCode.test(code)) errors['new.code'] = 'field.categoryCode';
        else if (list.some((c) => c.code === code)) errors['new.code'] = 'field.categoryTaken';
        if (Object.keys(errors).length) throw fail(errors);
        return { list: [...list, { code, ...labels, active: true }], detail: { added: code } };
      },
      () => 'new',
    ),
  );

  app.post(
    '/staf/admin/kategori/:code',
    change(
      (list, fields, code) => {
        known(list, code);
        const { labels, errors } = readLabels(code, fields);
        if (Object.keys(errors).length) throw fail(errors);
        return {
          list: list.map((c) => (c.code === code ? { ...c, ...labels } : c)),
          detail: { renamed: code },
        };
      },
      (code) => code,
    ),
  );

  app.post(
    '/staf/admin/kategori/:code/status',
    change(
      (list, fields, code) => {
        known(list, code);
        const active = fields.active === 'yes';
        const next = list.map((c) => (c.code === code ? { ...c, active } : c));
        if (!next.some((c) => c.active)) throw fail({ [`${code}.active`]: 'field.lastCategory' });
        return { list: next, detail: { [active ? 'offered' : 'retired']: code } };
      },
      (code) => code,
    ),
  );
}
