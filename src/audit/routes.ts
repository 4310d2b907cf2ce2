/** The audit log page of the back office, `GET /api/v1/audit` and its chain verification. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { staffHeader } from '../cases/views.js';
import { AppError } from '../errors.js';
import { sendPage } from '../http/server.js';
import { requireStaff } from '../staff/auth.js';
import { audit } from './audit.js';
import {
  assertReadsAuditLog,
  auditActions,
  chainStatus,
  readAuditLog,
  type AuditPage,
} from './audit-entries.js';
import { auditLogView, type AuditFilter } from './views.js';

type AuditRoute = { Querystring: Record<string, unknown> };

const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 120) : '');

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<AuditRoute>('/staf/audit', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    assertReadsAuditLog(auth.user);

    const filter: AuditFilter = {
      caseNumber: text(request.query.caseNumber),
      action: text(request.query.action),
      cursor: text(request.query.cursor),
    };
    let page: AuditPage | undefined;
    let errors = {};
    try {
      page = await readAuditLog(ctx, auth.user, filter);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      errors = error.fields;
    }
    const unit = await ctx.db
      .selectFrom('units')
      .select('time_zone')
      .where('id', '=', auth.user.unit_id)
      .executeTakeFirstOrThrow();
    const body = auditLogView(request.t, request.lang, {
      timeZone: unit.time_zone,
      chain: await chainStatus(ctx, auth.user),
      filter,
      actions: await auditActions(ctx),
      errors,
      page,
    });
    return sendPage(request, reply, request.t('auditLog.title'), body, {
      status: page ? 200 : 422,
      wide: true,
      header: staffHeader(request.t, auth.user.username, auth.csrf, auth.user.role),
    });
  });

  app.get<AuditRoute>('/api/v1/audit', async (request) => {
    const auth = await requireStaff(ctx, request);
    const q = request.query;
    return readAuditLog(ctx, auth.user, {
      cursor: q.cursor as string | undefined,
      limit: q.limit as string | undefined,
      caseNumber: q.caseNumber as string | undefined,
      action: q.action as string | undefined,
    });
  });

  app.get('/api/v1/audit/verification', async (request) => {
    const auth = await requireStaff(ctx, request);
    assertReadsAuditLog(auth.user);
    await audit(ctx, auth.user, 'audit_view', null, { verification: true });
    const chain = await chainStatus(ctx, auth.user);
    if (chain.ok) return chain;
    return { ok: false, entries: chain.entries, problem: chain.problem };
  });
}
