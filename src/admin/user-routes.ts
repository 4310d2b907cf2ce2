/** The users pages: create accounts, change role, unit and e-mail, disable, reset the factor. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, type FieldErrors } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import {
  accessAtStake,
  createAccount,
  managedUser,
  resetSecondFactor,
  setDisabled,
  updateUser,
} from '../staff/accounts.js';
import { checkCsrf } from '../staff/auth.js';
import { roles } from '../staff/users.js';
import { adminPage, type AdminAuth } from './guard.js';
import { moveCheckBody, userBody, usersBody, type UnitOption, type UserRow } from './user-views.js';
import { sendAdminPage } from './views.js';

type UserParams = { Params: { username: string } };

export function userRoutes(app: FastifyInstance, ctx: AppContext) {
  const unitsOf = (auth: AdminAuth): Promise<UnitOption[]> =>
    ctx.db
      .selectFrom('units')
      .select(['id', 'code', 'name'])
      .where('id', 'in', auth.scope)
      .orderBy('code')
      .execute();

  const rows = (auth: AdminAuth) =>
    ctx.db
      .selectFrom('users')
      .innerJoin('units', 'units.id', 'users.unit_id')
      .select([
        'users.username',
        'users.role',
        'users.email',
        'users.disabled_at',
        'users.keys_confirmed_at',
        'users.must_change_password',
        'users.totp_enabled_at',
        'users.public_key',
        'units.code as unitCode',
        'units.name as unitName',
      ])
      .where('users.unit_id', 'in', auth.scope);

  const findRow = async (auth: AdminAuth, username: string): Promise<UserRow> => {
    const user = await managedUser(ctx.db, auth.actor, username);
    return rows(auth).where('users.id', '=', user.id).executeTakeFirstOrThrow();
  };

  const showList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    auth: AdminAuth,
    state: { values?: Record<string, string>; errors?: FieldErrors; done?: string } = {},
    status = 200,
  ) => {
    const raw = (request.query as { q?: unknown }).q;
    const q = typeof raw === 'string' ? raw.trim().slice(0, 60).toLowerCase() : '';
    let query = rows(auth);
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([eb('users.username', 'ilike', like), eb('units.code', 'ilike', like)]),
      );
    }
    const users = await query.orderBy('users.username').limit(500).execute();
    const body = usersBody(request.t, auth, { users, units: await unitsOf(auth), q, ...state });
    return sendAdminPage(request, reply, auth, 'users', request.t('users.title'), body, status);
  };

  const showUser = async (
    request: FastifyRequest<UserParams>,
    reply: FastifyReply,
    auth: AdminAuth,
    state: { values?: Record<string, string>; errors?: FieldErrors; done?: string } = {},
    status = 200,
  ) => {
    const user = await findRow(auth, request.params.username);
    const own = user.username === auth.user.username;
    const body = userBody(request.t, auth, { user, units: await unitsOf(auth), own, ...state });
    return sendAdminPage(request, reply, auth, 'users', user.username, body, status);
  };

  const doneText = (request: FastifyRequest) => {
    const ok = (request.query as { ok?: unknown }).ok;
    const keys = {
      created: 'users.created',
      moved: 'users.moved',
      saved: 'users.saved',
      disabled: 'users.disabledDone',
      enabled: 'users.enabledDone',
      factor: 'users.factorDone',
    } as const;
    return typeof ok === 'string' && ok in keys
      ? request.t(keys[ok as keyof typeof keys])
      : undefined;
  };

  app.get('/staf/admin/pengguna', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    return showList(request, reply, auth, { done: doneText(request) });
  });

  app.post('/staf/admin/pengguna', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    const { fields } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    const values = Object.fromEntries(
      ['username', 'role', 'unit', 'email', 'password'].map((k) => [k, field(fields, k) ?? '']),
    );
    try {
      const user = await createAccount(
        ctx,
        auth.actor,
        { ...values, email: values.email?.trim() || undefined },
        { temporary: true },
      );
      return reply.redirect(
        `/staf/admin/pengguna/${encodeURIComponent(user.username)}?ok=created`,
        303,
      );
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      return showList(request, reply, auth, { values, errors: error.fields }, error.status);
    }
  });

  app.get<UserParams>('/staf/admin/pengguna/:username', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    return showUser(request, reply, auth, { done: doneText(request) });
  });

  /** A form post on one account: CSRF checked, problems shown on the account's page. */
  const accountAction =
    (
      act: (
        auth: AdminAuth,
        request: FastifyRequest<UserParams>,
        reply: FastifyReply,
        values: Record<string, string>,
      ) => Promise<string | FastifyReply>,
    ) =>
    async (request: FastifyRequest<UserParams>, reply: FastifyReply) => {
      const auth = await adminPage(ctx, request, reply);
      if (!auth) return reply;
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      const values = Object.fromEntries(
        ['role', 'unit', 'email', 'disabled', 'confirm'].map((k) => [k, field(fields, k) ?? '']),
      );
      try {
        const done = await act(auth, request, reply, values);
        if (typeof done !== 'string') return done;
        const href = `/staf/admin/pengguna/${encodeURIComponent(request.params.username)}`;
        return reply.redirect(`${href}?ok=${done}`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields) throw error;
        return showUser(request, reply, auth, { values, errors: error.fields }, error.status);
      }
    };

  const mustConfirm = (values: Record<string, string>, name: string) => {
    if (values.confirm !== 'yes')
      throw new AppError('validation_failed', 'error.validation', {
        fields: { [`${name}.confirm`]: 'field.confirmRequired' },
      });
  };

  app.post<UserParams>(
    '/staf/admin/pengguna/:username/peran',
    accountAction(async (auth, request, reply, values) => {
      const target = await managedUser(ctx.db, auth.actor, request.params.username);
      const unit = (await unitsOf(auth)).find((u) => u.code === values.unit);
      const role = roles.find((r) => r === values.role);
      const moves = role !== target.role || unit?.id !== target.unit_id;
      if (unit && role && moves && values.confirm !== 'yes') {
        // Nothing is changed yet: the page says what the move takes away and asks to be sure.
        const user = await findRow(auth, target.username);
        const stake = await accessAtStake(ctx.db, target.id);
        const body = moveCheckBody(request.t, auth, { user, role, unit, ...stake });
        return sendAdminPage(request, reply, auth, 'users', request.t('users.sureTitle'), body);
      }
      const result = await updateUser(ctx, auth.actor, target.username, {
        role: values.role,
        unit: values.unit,
      });
      return result.moved ? 'moved' : 'saved';
    }),
  );

  app.post<UserParams>(
    '/staf/admin/pengguna/:username/email',
    accountAction(async (auth, request, _reply, values) => {
      await updateUser(ctx, auth.actor, request.params.username, { email: values.email ?? '' });
      return 'saved';
    }),
  );

  app.post<UserParams>(
    '/staf/admin/pengguna/:username/status',
    accountAction(async (auth, request, _reply, values) => {
      const disable = values.disabled === 'yes';
      if (disable) mustConfirm(values, 'status');
      await setDisabled(ctx, auth.actor, request.params.username, disable);
      return disable ? 'disabled' : 'enabled';
    }),
  );

  app.post<UserParams>(
    '/staf/admin/pengguna/:username/faktor',
    accountAction(async (auth, request, _reply, values) => {
      mustConfirm(values, 'factor');
      await resetSecondFactor(ctx, auth.actor, request.params.username);
      return 'factor';
    }),
  );
}
