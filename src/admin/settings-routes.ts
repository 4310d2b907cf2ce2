/** The settings pages: deadlines with the approval and forwarding switches, and sanctions. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import type { FieldErrors } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import { difficulties, getSettings, saveSetting, type Settings } from '../settings/settings.js';
import { checkCsrf } from '../staff/auth.js';
import { adminPage, assertDeploymentAdmin, type AdminAuth } from './guard.js';
import { blankRows, groupsOf, readDeadlineForm, readSanctionForm } from './settings-forms.js';
import { csrfField, errorSummary, fieldError, invalid, notice, sendAdminPage } from './views.js';

type Values = Record<string, string>;

/** The settings as the form's fields, to fill the form before anything is typed. */
function deadlineValues(s: Settings): Values {
  const d = s.deadlines;
  return {
    acknowledgeAmount: String(d.acknowledge.amount),
    acknowledgeUnit: d.acknowledge.unit,
    feedbackAmount: String(d.feedback.amount),
    feedbackUnit: d.feedback.unit,
    progressUnit: d.progressUnit,
    remindHoursBefore: String(d.remindHoursBefore),
    ...Object.fromEntries(difficulties.map((k) => [`progress.${k}`, d.progress[k].join(', ')])),
    approvalRequired: s.approvalRequired ? 'on' : '',
    forwardKeepsAccess: s.forwardKeepsAccess ? 'on' : '',
  };
}

function select(
  t: T,
  name: string,
  options: Array<[string, MessageKey]>,
  v: Values,
  e: FieldErrors,
) {
  return html`<select id="${name}" name="${name}" ${invalid(e, name)}>
      ${options.map(([value, label]) => html`<option value="${value}" ${v[name] === value ? 'selected' : ''}>${t(label)}</option>`)}
    </select>
    ${fieldError(t, e, name)}`;
}

function deadlinesBody(t: T, auth: { csrf: string }, v: Values, e: FieldErrors, done?: string) {
  const units: Array<[string, MessageKey]> = [
    ['days', 'settings.unit.days'],
    ['workdays', 'settings.unit.workdays'],
    ['months', 'settings.unit.months'],
  ];
  const number = (name: string, max: number) =>
    html`<input
        id="${name}"
        name="${name}"
        inputmode="numeric"
        maxlength="${String(max).length}"
        value="${v[name] ?? ''}"
        ${invalid(e, name)}
      />
      ${fieldError(t, e, name)}`;
  const periodField = (name: string, label: MessageKey) =>
    html`<fieldset>
      <legend>${t(label)}</legend>
      <label for="${name}Amount">${t('settings.amount')}</label>
      ${number(`${name}Amount`, 1000)}
      <label for="${name}Unit">${t('settings.unit')}</label>
      ${select(t, `${name}Unit`, units, v, e)}
    </fieldset>`;
  const check = (name: string, label: MessageKey) =>
    html`<label class="check"
      ><input type="checkbox" name="${name}" value="on" ${v[name] === 'on' ? 'checked' : ''} />
      ${t(label)}</label
    >`;
  return html`${notice(done)} ${errorSummary(t, e)}
    <form method="post" action="/staf/admin/pengaturan" class="card">
      ${csrfField(auth)} ${periodField('acknowledge', 'settings.acknowledge')}
      ${periodField('feedback', 'settings.feedback')}
      <fieldset>
        <legend>${t('settings.progress')}</legend>
        <p class="hint">${t('settings.progressHint')}</p>
        ${difficulties.map(
          (d) =>
            html`<label for="progress.${d}">${t(`settings.difficulty.${d}`)}</label>
              <input
                id="progress.${d}"
                name="progress.${d}"
                value="${v[`progress.${d}`] ?? ''}"
                ${invalid(e, `progress.${d}`)}
              />
              ${fieldError(t, e, `progress.${d}`)}`,
        )}
        <label for="progressUnit">${t('settings.progressUnit')}</label>
        ${select(t, 'progressUnit', units.slice(0, 2), v, e)}
      </fieldset>
      <label for="remindHoursBefore">${t('settings.remind')}</label>
      ${number('remindHoursBefore', 720)} ${check('approvalRequired', 'settings.approval')}
      ${check('forwardKeepsAccess', 'settings.forward')}
      <button type="submit">${t('settings.save')}</button>
    </form>`;
}

/** The sanctions as the form's rows. */
function sanctionValues(s: Settings): Values {
  const values: Values = {};
  s.sanctions.forEach((x, i) => {
    for (const [k, val] of Object.entries(x)) values[`s.${i}.${k}`] = val;
  });
  return values;
}

function sanctionsBody(
  t: T,
  auth: { csrf: string },
  rows: number,
  v: Values,
  e: FieldErrors,
  done?: string,
) {
  const row = (i: number) => {
    const name = (k: string) => `s.${i}.${k}`;
    const input = (k: string, label: MessageKey, max: number) =>
      html`<label for="${name(k)}">${t(label)}</label>
        <input
          id="${name(k)}"
          name="${name(k)}"
          maxlength="${max}"
          value="${v[name(k)] ?? ''}"
          ${invalid(e, name(k))}
        />
        ${fieldError(t, e, name(k))}`;
    const options = (k: string, list: string[], prefix: string) =>
      html`<label for="${name(k)}">${t(`sanctions.${k}` as MessageKey)}</label>
        <select id="${name(k)}" name="${name(k)}" ${invalid(e, name(k))}>
          ${list.map((o) => html`<option value="${o}" ${v[name(k)] === o ? 'selected' : ''}>${t(`${prefix}.${o}` as MessageKey)}</option>`)}
        </select>
        ${fieldError(t, e, name(k))}`;
    const blank = !v[name('code')] && !v[name('label')];
    return html`<fieldset>
      <legend>${blank ? t('sanctions.new') : (v[name('code')] ?? '')}</legend>
      ${input('code', 'sanctions.code', 60)}
      ${options('track', ['disiplin', 'kode_etik'], 'sanctions.trackName')}
      ${options('group', Object.values(groupsOf).flat(), 'sanctions.groupName')}
      ${input('label', 'sanctions.label', 200)}
      ${
        blank
          ? ''
          : html`<label class="check"
                ><input
                  type="checkbox"
                  name="${name('remove')}"
                  value="yes"
                  ${v[name('remove')] === 'yes' ? 'checked' : ''}
                />
                ${t('sanctions.remove')}</label
              >${fieldError(t, e, name('remove'))}`
      }
    </fieldset>`;
  };
  return html`${notice(done)} ${errorSummary(t, e)} ${fieldError(t, e, 's')}
    <p>${t('sanctions.lead')}</p>
    <form method="post" action="/staf/admin/sanksi">
      ${csrfField(auth)}
      <input type="hidden" name="rows" value="${rows}" />
      ${Array.from({ length: rows }, (_, i) => row(i))}
      <button type="submit">${t('sanctions.save')}</button>
    </form>`;
}

export function settingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const saved = (request: FastifyRequest) =>
    typeof (request.query as { ok?: unknown }).ok === 'string'
      ? request.t('settings.saved')
      : undefined;

  const showDeadlines = async (
    request: FastifyRequest,
    reply: FastifyReply,
    auth: AdminAuth,
    entered?: { values: Values; errors: FieldErrors },
  ) => {
    const values = entered?.values ?? deadlineValues(await getSettings(ctx.db));
    const body = deadlinesBody(request.t, auth, values, entered?.errors ?? {}, saved(request));
    const title = request.t('settings.title');
    return sendAdminPage(request, reply, auth, 'settings', title, body, entered ? 422 : 200);
  };

  app.get('/staf/admin/pengaturan', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    return showDeadlines(request, reply, auth);
  });

  app.post('/staf/admin/pengaturan', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    const { fields } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    await assertDeploymentAdmin(ctx, auth);
    const typed = Object.fromEntries(Object.keys(fields).map((k) => [k, field(fields, k) ?? '']));
    const { form, errors } = readDeadlineForm(typed);
    if (Object.keys(errors).length)
      return showDeadlines(request, reply, auth, { values: typed, errors });
    await ctx.db.transaction().execute(async (trx) => {
      await saveSetting(trx, 'deadlines', form.deadlines);
      await saveSetting(trx, 'approvalRequired', form.approvalRequired);
      await saveSetting(trx, 'forwardKeepsAccess', form.forwardKeepsAccess);
      await audit({ ...ctx, db: trx }, auth.user, 'setting_change', null, {
        setting: 'deadlines',
        approvalRequired: form.approvalRequired,
        forwardKeepsAccess: form.forwardKeepsAccess,
      });
    });
    return reply.redirect('/staf/admin/pengaturan?ok=1', 303);
  });

  const showSanctions = async (
    request: FastifyRequest,
    reply: FastifyReply,
    auth: AdminAuth,
    entered?: { values: Values; errors: FieldErrors; rows: number },
  ) => {
    const settings = await getSettings(ctx.db);
    const values = entered?.values ?? sanctionValues(settings);
    const rows = entered?.rows ?? settings.sanctions.length + blankRows;
    const body = sanctionsBody(
      request.t,
      auth,
      rows,
      values,
      entered?.errors ?? {},
      saved(request),
    );
    const title = request.t('sanctions.title');
    return sendAdminPage(request, reply, auth, 'sanctions', title, body, entered ? 422 : 200);
  };

  app.get('/staf/admin/sanksi', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    return showSanctions(request, reply, auth);
  });

  app.post('/staf/admin/sanksi', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    const { fields } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    await assertDeploymentAdmin(ctx, auth);
    const typed = Object.fromEntries(Object.keys(fields).map((k) => [k, field(fields, k) ?? '']));
    const rows = Math.min(200, Math.max(0, Number.parseInt(typed.rows ?? '', 10) || 0));
    const { list, removed, errors } = readSanctionForm(typed, rows);
    if (removed.length) {
      const used = await ctx.db
        .selectFrom('cases')
        .select('sanction')
        .distinct()
        .where(
          'sanction',
          'in',
          removed.map((r) => r.code),
        )
        .execute();
      for (const r of removed) {
        // A case concluded with a sanction keeps its name: such a sanction cannot go.
        if (used.some((u) => u.sanction === r.code))
          errors[`s.${r.row}.remove`] = 'field.sanctionInUse';
      }
    }
    if (Object.keys(errors).length)
      return showSanctions(request, reply, auth, { values: typed, errors, rows });
    await ctx.db.transaction().execute(async (trx) => {
      await saveSetting(trx, 'sanctions', list);
      await audit({ ...ctx, db: trx }, auth.user, 'setting_change', null, {
        setting: 'sanctions',
        count: list.length,
        removed: removed.map((r) => r.code).join(',') || null,
      });
    });
    return reply.redirect('/staf/admin/sanksi?ok=1', 303);
  });
}
