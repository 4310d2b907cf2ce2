/** The users pages: the list with the form for a new account, one account, the move check. */
import type { User } from '../db/schema.js';
import type { FieldErrors } from '../errors.js';
import { html, type SafeHtml } from '../http/html.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import { roles } from '../staff/users.js';
import { csrfField, errorSummary, fieldError, invalid, notice } from './views.js';

export type UnitOption = { id: number; code: string; name: string };
export type UserRow = Pick<
  User,
  | 'username'
  | 'role'
  | 'email'
  | 'disabled_at'
  | 'keys_confirmed_at'
  | 'must_change_password'
  | 'totp_enabled_at'
  | 'public_key'
> & { unitCode: string; unitName: string };

const userHref = (username: string) => `/staf/admin/pengguna/${encodeURIComponent(username)}`;
const roleLabel = (t: T, role: string) => t(`role.${role}` as MessageKey);

function roleSelect(t: T, chosen: string, errors: FieldErrors, id = 'role') {
  return html`<label for="${id}">${t('users.role')}</label>
    <select id="${id}" name="role" ${invalid(errors, 'role', id)}>
      ${roles.map((r) => html`<option value="${r}" ${r === chosen ? 'selected' : ''}>${roleLabel(t, r)}</option>`)}
    </select>
    ${fieldError(t, errors, 'role', id)}`;
}

function unitSelect(t: T, units: UnitOption[], chosen: string, errors: FieldErrors, id = 'unit') {
  return html`<label for="${id}">${t('users.unit')}</label>
    <select id="${id}" name="unit" ${invalid(errors, 'unit', id)}>
      ${units.map((u) => html`<option value="${u.code}" ${u.code === chosen ? 'selected' : ''}>${u.code} — ${u.name}</option>`)}
    </select>
    ${fieldError(t, errors, 'unit', id)}`;
}

/** What an account is waiting for, or whether it is off, as short badges. */
function states(t: T, u: UserRow): SafeHtml[] {
  const out: MessageKey[] = [];
  if (u.disabled_at) out.push('users.state.disabled');
  if (u.must_change_password) out.push('users.state.temporary');
  if (!u.totp_enabled_at) out.push('users.state.noFactor');
  const reads = ['triase', 'pimpinan', 'apresiasi', 'penyidik'].includes(u.role);
  if (reads && !u.keys_confirmed_at && !u.disabled_at) out.push('users.state.unconfirmed');
  if (out.length === 0) out.push('users.state.active');
  return out.map((key) => html`<span class="state">${t(key)}</span> `);
}

export function usersBody(
  t: T,
  auth: { csrf: string },
  input: {
    users: UserRow[];
    units: UnitOption[];
    q: string;
    values?: Record<string, string>;
    errors?: FieldErrors;
    done?: string | undefined;
  },
): SafeHtml {
  const values = input.values ?? {};
  const errors = input.errors ?? {};
  const text = (name: string, label: MessageKey, attrs: SafeHtml, hint?: MessageKey) =>
    html`<label for="new-${name}">${t(label)}</label>
      ${hint ? html`<p class="hint">${t(hint)}</p>` : ''}
      <input
        id="new-${name}"
        name="${name}"
        value="${values[name] ?? ''}"
        ${attrs}
        ${invalid(errors, name, `new-${name}`)}
      />
      ${fieldError(t, errors, name, `new-${name}`)}`;
  const rows = input.users.map(
    (u) =>
      html`<tr>
        <td><a href="${userHref(u.username)}">${u.username}</a></td>
        <td>${roleLabel(t, u.role)}</td>
        <td><span class="cell-label">${t('users.unit')}:</span> ${u.unitName} (${u.unitCode})</td>
        <td>${u.email ?? ''}</td>
        <td>${states(t, u)}</td>
      </tr>`,
  );
  return html`${notice(input.done)}
    <form method="get" action="/staf/admin/pengguna" class="card">
      <label for="q">${t('users.filter')}</label>
      <input id="q" name="q" value="${input.q}" maxlength="60" />
      <button type="submit">${t('units.filterSubmit')}</button>
    </form>
    ${
      rows.length
        ? html`<table class="inbox">
            <thead>
              <tr>
                <th>${t('users.username')}</th>
                <th>${t('users.role')}</th>
                <th>${t('users.unit')}</th>
                <th>${t('users.email')}</th>
                <th>${t('users.status')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : html`<p class="card">${t('users.none')}</p>`
    }
    <form method="post" action="/staf/admin/pengguna" class="card" id="baru">
      <h2>${t('users.add')}</h2>
      ${errorSummary(t, errors)} ${csrfField(auth)}
      ${text('username', 'users.username', html`autocomplete="off" autocapitalize="off" maxlength="40" required`, 'users.usernameHint')}
      ${roleSelect(t, values.role ?? 'triase', errors, 'new-role')}
      ${unitSelect(t, input.units, values.unit ?? input.units[0]?.code ?? '', errors, 'new-unit')}
      ${text('email', 'users.email', html`type="email" autocomplete="off" maxlength="200"`)}
      ${text('password', 'users.password', html`autocomplete="off" minlength="10" maxlength="200" required`, 'users.passwordHint')}
      <button type="submit">${t('users.create')}</button>
    </form>`;
}

export function userBody(
  t: T,
  auth: { csrf: string },
  input: {
    user: UserRow;
    units: UnitOption[];
    own: boolean;
    values?: Record<string, string>;
    errors?: FieldErrors;
    done?: string | undefined;
  },
): SafeHtml {
  const u = input.user;
  const values = input.values ?? {};
  const errors = input.errors ?? {};
  const action = (path: string) => `${userHref(u.username)}/${path}`;
  const sure = (name: string) =>
    html`<label class="check"
        ><input type="checkbox" name="confirm" value="yes" required id="${name}-sure" />
        ${t('users.sure')}</label
      >${fieldError(t, errors, `${name}.confirm`, `${name}-sure`)}`;
  const move = input.own
    ? html`<p class="card">${t('users.ownAccount')}</p>`
    : html`<form method="post" action="${action('peran')}" class="card">
        <h2>${t('users.move')}</h2>
        <p class="hint">${t('users.moveHint')}</p>
        ${csrfField(auth)} ${roleSelect(t, values.role ?? u.role, errors)}
        ${unitSelect(t, input.units, values.unit ?? u.unitCode, errors)}
        <button type="submit">${t('users.moveSubmit')}</button>
      </form>`;
  const status = input.own
    ? ''
    : html`<form method="post" action="${action('status')}" class="card">
          <h2>${t(u.disabled_at ? 'users.enable' : 'users.disable')}</h2>
          <p class="hint">${t(u.disabled_at ? 'users.enableHint' : 'users.disableHint')}</p>
          ${csrfField(auth)}
          <input type="hidden" name="disabled" value="${u.disabled_at ? 'no' : 'yes'}" />
          ${u.disabled_at ? '' : sure('status')}
          <button type="submit" class="secondary">
            ${t(u.disabled_at ? 'users.enable' : 'users.disable')}
          </button>
        </form>
        <form method="post" action="${action('faktor')}" class="card">
          <h2>${t('users.resetFactor')}</h2>
          <p class="hint">${t('users.resetFactorHint')}</p>
          ${csrfField(auth)} ${sure('factor')}
          <button type="submit" class="secondary">${t('users.resetFactor')}</button>
        </form>`;
  return html`<p><a href="/staf/admin/pengguna">${t('users.back')}</a></p>
    ${notice(input.done)} ${errorSummary(t, errors)}
    <div class="card">
      <dl class="fields">
        <dt>${t('users.role')}</dt>
        <dd>${roleLabel(t, u.role)}</dd>
        <dt>${t('users.unit')}</dt>
        <dd>${u.unitName} (${u.unitCode})</dd>
        <dt>${t('users.status')}</dt>
        <dd>${states(t, u)}</dd>
      </dl>
    </div>
    ${move}
    <form method="post" action="${action('email')}" class="card">
      <h2>${t('users.email')}</h2>
      ${csrfField(auth)}
      <label for="email">${t('users.email')}</label>
      <input
        id="email"
        name="email"
        type="email"
        maxlength="200"
        autocomplete="off"
        value="${values.email ?? u.email ?? ''}"
        ${invalid(errors, 'email')}
      />
      ${fieldError(t, errors, 'email')}
      <button type="submit">${t('users.emailSave')}</button>
    </form>
    ${status}`;
}

/** The question before a move: what the account loses, and what the new unit must do. */
export function moveCheckBody(
  t: T,
  auth: { csrf: string },
  input: {
    user: UserRow;
    role: string;
    unit: UnitOption;
    grants: number;
    assigned: number;
  },
): SafeHtml {
  const u = input.user;
  return html`<div class="warning" role="alert">
      <p>
        ${t('users.sureLead', {
          username: u.username,
          from: `${roleLabel(t, u.role)}, ${u.unitName}`,
          to: `${roleLabel(t, input.role)}, ${input.unit.name}`,
        })}
      </p>
      <p>${t('users.sureLoses', { grants: input.grants, assigned: input.assigned })}</p>
      <p>${t('users.sureConfirm', { unit: input.unit.name })}</p>
    </div>
    <form
      method="post"
      action="/staf/admin/pengguna/${encodeURIComponent(u.username)}/peran"
      class="card"
    >
      ${csrfField(auth)}
      <input type="hidden" name="role" value="${input.role}" />
      <input type="hidden" name="unit" value="${input.unit.code}" />
      <input type="hidden" name="confirm" value="yes" />
      <button type="submit">${t('users.sureYes')}</button>
      <a class="button secondary" href="${userHref(u.username)}">${t('users.sureNo')}</a>
    </form>`;
}
