/** The back office inbox and case pages, and the case API. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import { checkCsrf, requireStaff, type StaffRequestAuth } from '../staff/auth.js';
import {
  caseDetail,
  downloadFile,
  listInbox,
  postStaffMessage,
  revealIdentity,
  transitionCase,
} from './cases.js';
import { isReaderRole } from '../keys/case-keys.js';
import { casesWithoutReader } from './cases.js';
import { caseView, inboxView, overseerHome, staffHeader } from './views.js';

type CaseParams = { Params: { number: string } };

export function caseRoutes(app: FastifyInstance, ctx: AppContext) {
  /** The staff member of a page request; sends the log-in page instead when there is none. */
  const staffPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<StaffRequestAuth | undefined> => {
    try {
      return await requireStaff(ctx, request);
    } catch {
      await reply.redirect('/staf/masuk', 303);
      return undefined;
    }
  };

  const unitOf = (unitId: number) =>
    ctx.db
      .selectFrom('units')
      .select(['name', 'time_zone'])
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow();

  app.get<{ Querystring: { state?: string } }>('/staf', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    if (!isReaderRole(auth.user.role)) {
      const body = overseerHome(request.t, auth.user.role, await casesWithoutReader(ctx.db));
      return sendPage(request, reply, request.t('staff.title'), body, {
        wide: true,
        header: staffHeader(request.t, auth.user.username, auth.csrf),
      });
    }
    const unit = await unitOf(auth.user.unit_id);
    const state =
      typeof request.query.state === 'string' && /^[a-z_]{3,20}$/.test(request.query.state)
        ? request.query.state
        : undefined;
    const items = await listInbox(ctx, auth.user, { state });
    const notice = auth.user.keys_confirmed_at
      ? html`<p><a href="/staf/pembaca">${request.t('readers.link')}</a></p>`
      : html`<div class="warning">${request.t('readers.waitingSelf')}</div>`;
    const body = html`${notice}${inboxView(
      request.t,
      request.lang,
      { name: unit.name, timeZone: unit.time_zone },
      items,
      state,
    )}`;
    return sendPage(request, reply, request.t('staff.title'), body, {
      wide: true,
      header: staffHeader(request.t, auth.user.username, auth.csrf),
    });
  });

  const showCase = async (
    request: FastifyRequest<CaseParams>,
    reply: FastifyReply,
    auth: StaffRequestAuth,
    errors = {},
    status = 200,
    chosen: { to?: string | undefined; outcome?: string | undefined } = {},
  ) => {
    const detail = await caseDetail(ctx, auth, request.params.number);
    const body = caseView(request.t, request.lang, detail, auth.csrf, errors, chosen);
    return sendPage(request, reply, detail.case.case_number, body, {
      status,
      wide: true,
      header: staffHeader(request.t, auth.user.username, auth.csrf),
    });
  };

  app.get<CaseParams>('/staf/kasus/:number', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    return showCase(request, reply, auth);
  });

  const caseAction =
    (
      act: (
        auth: StaffRequestAuth,
        number: string,
        fields: Record<string, string | undefined>,
      ) => Promise<unknown>,
    ) =>
    async (request: FastifyRequest<CaseParams>, reply: FastifyReply) => {
      const auth = await staffPage(request, reply);
      if (!auth) return reply;
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      try {
        await act(auth, request.params.number, {
          to: field(fields, 'to'),
          outcome: field(fields, 'outcome'),
          body: field(fields, 'body'),
          visibility: field(fields, 'visibility'),
          reason: field(fields, 'reason'),
        });
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields) throw error;
        return showCase(request, reply, auth, error.fields, error.status, {
          to: field(fields, 'to'),
          outcome: field(fields, 'outcome'),
        });
      }
      return reply.redirect(`/staf/kasus/${encodeURIComponent(request.params.number)}`, 303);
    };

  app.post<CaseParams>(
    '/staf/kasus/:number/status',
    caseAction((auth, number, f) =>
      transitionCase(ctx, auth, number, { to: f.to, outcome: f.outcome }),
    ),
  );
  app.post<CaseParams>(
    '/staf/kasus/:number/pesan',
    caseAction((auth, number, f) =>
      postStaffMessage(ctx, auth, number, { body: f.body, visibility: f.visibility }),
    ),
  );

  app.get<{ Querystring: { state?: string } }>('/api/v1/cases', async (request) => {
    const auth = await requireStaff(ctx, request);
    const items = await listInbox(ctx, auth.user, {
      state: typeof request.query.state === 'string' ? request.query.state : undefined,
    });
    return {
      items: items.map((i) => ({
        caseNumber: i.case_number,
        kind: i.kind,
        category: i.category,
        state: i.state,
        outcome: i.outcome,
        escalated: i.escalated,
        submittedAt: i.submitted_at.toISOString(),
        updatedAt: i.updated_at.toISOString(),
      })),
      nextCursor: null,
    };
  });

  app.get<CaseParams>('/api/v1/cases/:number', async (request) => {
    const auth = await requireStaff(ctx, request);
    const d = await caseDetail(ctx, auth, request.params.number);
    return {
      caseNumber: d.case.case_number,
      unit: d.unit.code,
      channel: d.channel.code,
      kind: d.case.kind,
      category: d.case.category,
      state: d.case.state,
      outcome: d.case.outcome,
      escalated: d.case.escalated,
      submittedAt: d.case.submitted_at.toISOString(),
      identityMode: d.case.identity_mode,
      report: d.report,
      identity: d.identity ?? null,
      identityReveals: d.reveals.map((r) => ({
        at: r.at.toISOString(),
        by: r.username,
        reason: r.reason,
      })),
      messages: d.messages.map((m) => ({
        id: m.id,
        from: m.author === 'reporter' ? 'reporter' : 'handler',
        visibility: m.visibility,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
      })),
      files: d.files.map((f) => ({
        id: f.id,
        name: f.name,
        size: f.size,
        sha256: f.sha256,
        cleaned: f.cleaned,
        contentType: f.contentType,
        messageId: f.messageId,
      })),
      events: d.events.map((e) => ({
        from: e.from,
        to: e.to,
        outcome: e.outcome,
        at: e.at.toISOString(),
        by: e.actor,
      })),
      nextStates: d.nextStates,
    };
  });

  app.post<CaseParams>('/api/v1/cases/:number/transitions', async (request) => {
    const auth = await requireStaff(ctx, request);
    const updated = await transitionCase(ctx, auth, request.params.number, request.body ?? {});
    return { caseNumber: updated.case_number, state: updated.state, outcome: updated.outcome };
  });

  app.post<CaseParams>(
    '/staf/kasus/:number/identitas',
    caseAction((auth, number, f) => revealIdentity(ctx, auth, number, { reason: f.reason })),
  );

  app.post<CaseParams>('/api/v1/cases/:number/identity', async (request) => {
    const auth = await requireStaff(ctx, request);
    await revealIdentity(ctx, auth, request.params.number, request.body ?? {});
    const d = await caseDetail(ctx, auth, request.params.number);
    return { identity: d.identity ?? null };
  });

  app.post<CaseParams>('/api/v1/cases/:number/messages', async (request, reply) => {
    const auth = await requireStaff(ctx, request);
    const id = await postStaffMessage(ctx, auth, request.params.number, request.body ?? {});
    return reply.status(201).send({ id });
  });

  /** A download, always as an attachment so that no browser renders what a reporter sent. */
  const sendFile = async (reply: FastifyReply, found: Awaited<ReturnType<typeof downloadFile>>) => {
    const ascii = found.file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return reply
      .type('application/octet-stream')
      .header('x-content-type-options', 'nosniff')
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.file.name)}`,
      )
      .send(found.data);
  };

  type FileParams = { Params: { number: string; fileId: string } };
  app.get<FileParams>('/api/v1/cases/:number/files/:fileId', async (request, reply) => {
    const auth = await requireStaff(ctx, request);
    return sendFile(
      reply,
      await downloadFile(ctx, auth, request.params.number, request.params.fileId),
    );
  });
  app.get<FileParams>('/staf/kasus/:number/berkas/:fileId', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    return sendFile(
      reply,
      await downloadFile(ctx, auth, request.params.number, request.params.fileId),
    );
  });
}
