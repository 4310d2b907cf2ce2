/** The back office inbox and case pages, and the case API. */
import { unitAndDescendants } from '../org/units.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import { categoryLabeller } from '../intake/categories.js';
import { isReaderRole } from '../keys/case-keys.js';
import { keyFingerprint } from '../keys/staff-keys.js';
import { getSettings } from '../settings/settings.js';
import { checkCsrf, requireStaff, type StaffRequestAuth } from '../staff/auth.js';
import {
  caseDetail,
  casesWithoutReader,
  listCases,
  type CaseDetail,
  type InboxItem,
} from './cases.js';
import { dossier, progressLetter } from './documents.js';
import {
  caseView,
  inboxView,
  overseerHome,
  staffHeader,
  type Entered,
  type InboxQuery,
} from './views.js';
import {
  approveConclusion,
  assessCase,
  assignCase,
  changeLabels,
  downloadFile,
  forwardCase,
  postProgressUpdate,
  postStaffMessage,
  requestApproval,
  revealIdentity,
  transitionCase,
} from './work.js';

type CaseParams = { Params: { number: string } };
type Query = Record<string, string | undefined>;

const one = (value: unknown) => (typeof value === 'string' ? value : undefined);

function itemJson(i: InboxItem) {
  return {
    caseNumber: i.case_number,
    unit: i.unitCode,
    kind: i.kind,
    category: i.category,
    state: i.state,
    outcome: i.outcome,
    track: i.track,
    assignee: i.assignee,
    contentVisible: i.readable,
    labels: i.labels,
    escalated: i.escalated,
    submittedAt: i.submitted_at.toISOString(),
    updatedAt: i.updated_at.toISOString(),
    nextDeadline: i.next
      ? { kind: i.next.kind, dueAt: i.next.dueAt.toISOString(), status: i.next.status }
      : null,
  };
}

function detailJson(d: CaseDetail) {
  const c = d.case;
  const content = d.content;
  return {
    caseNumber: c.case_number,
    unit: d.unit.code,
    timeZone: d.unit.timeZone,
    channel: d.channel.code,
    kind: c.kind,
    category: c.category,
    state: c.state,
    outcome: c.outcome,
    sanction: c.sanction,
    track: c.track,
    difficulty: c.difficulty,
    assignee: d.assignee,
    approval: c.approved_at
      ? {
          at: c.approved_at.toISOString(),
          by: d.approvedBy,
          outcome: c.approved_outcome,
          sanction: c.approved_sanction,
        }
      : null,
    approvalRequired: d.approvalRequired,
    approvalRequestedAt: c.approval_requested_at?.toISOString() ?? null,
    labels: d.labels,
    escalated: c.escalated,
    submittedAt: c.submitted_at.toISOString(),
    identityMode: c.identity_mode,
    deadlines: d.deadlines.map((x) => ({
      kind: x.kind,
      dueAt: x.dueAt.toISOString(),
      metAt: x.metAt ? x.metAt.toISOString() : null,
    })),
    events: d.events.map((e) => ({
      kind: e.kind,
      from: e.from,
      to: e.to,
      outcome: e.outcome,
      detail: e.detail,
      at: e.at.toISOString(),
      by: e.actor,
    })),
    nextStates: d.nextStates,
    /** False for an overseer who sees the case's data but not its content. */
    contentVisible: Boolean(content),
    report: content?.report ?? null,
    retaliationRisk: content?.retaliationRisk ?? null,
    identity: content?.identity ?? null,
    identityReveals: (content?.reveals ?? []).map((r) => ({
      at: r.at.toISOString(),
      by: r.username,
      reason: r.reason,
    })),
    messages: (content?.messages ?? []).map((m) => ({
      id: m.id,
      from: m.author === 'reporter' ? 'reporter' : 'handler',
      kind: m.kind,
      visibility: m.visibility,
      body: m.kind === 'progress' ? null : m.body,
      progress: m.kind === 'progress' ? (JSON.parse(m.body) as unknown) : null,
      createdAt: m.createdAt.toISOString(),
    })),
    files: (content?.files ?? []).map((f) => ({
      id: f.id,
      name: f.name,
      size: f.size,
      sha256: f.sha256,
      cleaned: f.cleaned,
      contentType: f.contentType,
      messageId: f.messageId,
    })),
    related: (content?.related ?? []).map((r) => ({
      caseNumber: r.caseNumber,
      state: r.state,
      unit: r.unitCode,
      submittedAt: r.submittedAt.toISOString(),
    })),
  };
}

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

  /** Category labels as the deployment names them now, retired ones included. */
  const categoryLabels = async (request: FastifyRequest) =>
    categoryLabeller((await getSettings(ctx.db)).categories, request.lang);

  const header = (request: FastifyRequest, auth: StaffRequestAuth) =>
    staffHeader(request.t, auth.user.username, auth.csrf, auth.user.role);

  app.get<{ Querystring: Query }>('/staf', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    if (!isReaderRole(auth.user.role)) {
      const own = await unitAndDescendants(ctx.db, auth.user.unit_id);
      const body = overseerHome(request.t, auth.user.role, await casesWithoutReader(ctx.db, own));
      return sendPage(request, reply, request.t('staff.title'), body, {
        wide: true,
        header: header(request, auth),
      });
    }
    const unit = await ctx.db
      .selectFrom('units')
      .select(['name', 'time_zone'])
      .where('id', '=', auth.user.unit_id)
      .executeTakeFirstOrThrow();
    const q = request.query;
    const query: InboxQuery = {
      state: one(q.state) && /^[a-z_]{3,30}$/.test(one(q.state)!) ? one(q.state) : undefined,
      q: one(q.q)?.slice(0, 100) || undefined,
      track: ['disiplin', 'kode_etik', 'pidana'].includes(one(q.track) ?? '')
        ? one(q.track)
        : undefined,
      overdue: one(q.overdue) === '1',
      label: one(q.label)?.slice(0, 40) || undefined,
      awaiting: one(q.awaiting) === 'approval' ? 'approval' : undefined,
    };
    let cursor = one(q.cursor);
    const page = await listCases(ctx, auth.user, { ...query, cursor }).catch(async (error) => {
      // A cursor from an old link, or edited by hand: start from the first page.
      if (!(error instanceof AppError) || !error.fields?.cursor) throw error;
      cursor = undefined;
      return listCases(ctx, auth.user, query);
    });
    const notice = auth.user.keys_confirmed_at
      ? auth.user.role === 'penyidik'
        ? ''
        : html`<p><a href="/staf/pembaca">${request.t('readers.link')}</a></p>`
      : html`<div class="warning">
          <p>${request.t('readers.waitingSelf')}</p>
          ${auth.user.public_key ? html`<p>${request.t('readers.ownFingerprint')}: <code>${keyFingerprint(auth.user.public_key)}</code></p>` : ''}
        </div>`;
    const body = html`${notice}${inboxView(
      request.t,
      request.lang,
      { name: unit.name, timeZone: unit.time_zone },
      page,
      query,
      await categoryLabels(request),
    )}`;
    return sendPage(request, reply, request.t('staff.title'), body, {
      wide: true,
      header: header(request, auth),
    });
  });

  const showCase = async (
    request: FastifyRequest<CaseParams>,
    reply: FastifyReply,
    auth: StaffRequestAuth,
    errors = {},
    status = 200,
    entered: Entered = { values: {} },
  ) => {
    const detail = await caseDetail(ctx, auth, request.params.number);
    const settings = await getSettings(ctx.db);
    const body = caseView(
      request.t,
      request.lang,
      detail,
      auth.csrf,
      errors,
      entered,
      categoryLabeller(settings.categories, request.lang),
      settings.sanctions,
    );
    return sendPage(request, reply, detail.case.case_number, body, {
      status,
      wide: true,
      header: header(request, auth),
    });
  };

  app.get<CaseParams>('/staf/kasus/:number', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    return showCase(request, reply, auth);
  });

  /**
   * A form on the case page: runs the step, then back to the case. A refusal with field
   * messages shows the page again with what was typed, in the form that was sent.
   */
  const caseForm =
    (
      form: string,
      names: string[],
      act: (
        auth: StaffRequestAuth,
        number: string,
        values: Record<string, string | undefined>,
      ) => Promise<unknown>,
    ) =>
    async (request: FastifyRequest<CaseParams>, reply: FastifyReply) => {
      const auth = await staffPage(request, reply);
      if (!auth) return reply;
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      const values = Object.fromEntries(names.map((name) => [name, field(fields, name)]));
      try {
        await act(auth, request.params.number, values);
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields) throw error;
        return showCase(request, reply, auth, error.fields, error.status, { form, values });
      }
      return reply.redirect(`/staf/kasus/${encodeURIComponent(request.params.number)}`, 303);
    };

  const forms: Array<
    [
      string,
      string,
      string[],
      (a: StaffRequestAuth, n: string, v: Record<string, string | undefined>) => Promise<unknown>,
    ]
  > = [
    ['status', 'move', ['to', 'outcome', 'sanction'], (a, n, v) => transitionCase(ctx, a, n, v)],
    ['pesan', 'message', ['body', 'visibility'], (a, n, v) => postStaffMessage(ctx, a, n, v)],
    ['identitas', 'reveal', ['reason'], (a, n, v) => revealIdentity(ctx, a, n, v)],
    [
      'penilaian',
      'assess',
      ['track', 'difficulty', 'retaliationRisk'],
      (a, n, v) => assessCase(ctx, a, n, v),
    ],
    ['penugasan', 'assign', ['username'], (a, n, v) => assignCase(ctx, a, n, v)],
    [
      'persetujuan',
      'approve',
      ['outcome', 'sanction'],
      (a, n, v) => approveConclusion(ctx, a, n, v),
    ],
    // The move form's second button: what was chosen there is put to the head.
    [
      'pengajuan',
      'move',
      ['to', 'outcome', 'sanction'],
      (a, n, v) => requestApproval(ctx, a, n, v),
    ],
    ['teruskan', 'forward', ['unit', 'reason'], (a, n, v) => forwardCase(ctx, a, n, v)],
    ['label', 'label', ['add', 'remove'], (a, n, v) => changeLabels(ctx, a, n, v)],
    [
      'perkembangan',
      'progress',
      ['done', 'results', 'obstacles', 'next'],
      (a, n, v) => postProgressUpdate(ctx, a, n, v),
    ],
  ];
  for (const [path, form, names, act] of forms) {
    app.post<CaseParams>(`/staf/kasus/:number/${path}`, caseForm(form, names, act));
  }

  const sendPdf = (reply: FastifyReply, name: string, bytes: Uint8Array) =>
    reply
      .type('application/pdf')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(bytes));
  const pdfName = (caseNumber: string, what: string) =>
    `${what}-${caseNumber.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`;

  type LetterParams = { Params: { number: string; id: string } };
  const letter = async (
    request: FastifyRequest<LetterParams>,
    reply: FastifyReply,
    auth: StaffRequestAuth,
  ) =>
    sendPdf(
      reply,
      pdfName(request.params.number, 'sp2hp'),
      await progressLetter(
        ctx,
        auth,
        request.params.number,
        request.params.id.replace(/\.pdf$/, ''),
        request.lang,
      ),
    );
  app.get<LetterParams>('/staf/kasus/:number/perkembangan/:id', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    return letter(request, reply, auth);
  });
  app.get<LetterParams>('/api/v1/cases/:number/progress/:id/letter.pdf', async (request, reply) =>
    letter(request, reply, await requireStaff(ctx, request)),
  );
  const exportDossier = async (
    request: FastifyRequest<CaseParams>,
    reply: FastifyReply,
    auth: StaffRequestAuth,
  ) =>
    sendPdf(
      reply,
      pdfName(request.params.number, 'berkas'),
      await dossier(ctx, auth, request.params.number, request.lang),
    );
  app.get<CaseParams>('/staf/kasus/:number/berkas-perkara.pdf', async (request, reply) => {
    const auth = await staffPage(request, reply);
    if (!auth) return reply;
    return exportDossier(request, reply, auth);
  });
  app.get<CaseParams>('/api/v1/cases/:number/dossier.pdf', async (request, reply) =>
    exportDossier(request, reply, await requireStaff(ctx, request)),
  );

  app.get<{ Querystring: Query }>('/api/v1/cases', async (request) => {
    const auth = await requireStaff(ctx, request);
    const page = await listCases(ctx, auth.user, request.query);
    return { items: page.items.map(itemJson), nextCursor: page.nextCursor };
  });

  app.get<CaseParams>('/api/v1/cases/:number', async (request) => {
    const auth = await requireStaff(ctx, request);
    return detailJson(await caseDetail(ctx, auth, request.params.number));
  });

  app.patch<CaseParams>('/api/v1/cases/:number', async (request) => {
    const auth = await requireStaff(ctx, request);
    await assessCase(ctx, auth, request.params.number, request.body ?? {});
    return detailJson(await caseDetail(ctx, auth, request.params.number));
  });

  app.post<CaseParams>('/api/v1/cases/:number/transitions', async (request) => {
    const auth = await requireStaff(ctx, request);
    const updated = await transitionCase(ctx, auth, request.params.number, request.body ?? {});
    return {
      caseNumber: updated.case_number,
      state: updated.state,
      outcome: updated.outcome,
      sanction: updated.sanction,
    };
  });

  app.post<CaseParams>('/api/v1/cases/:number/assignment', async (request) => {
    const auth = await requireStaff(ctx, request);
    return assignCase(ctx, auth, request.params.number, request.body ?? {});
  });

  app.post<CaseParams>('/api/v1/cases/:number/approval', async (request) => {
    const auth = await requireStaff(ctx, request);
    const updated = await approveConclusion(ctx, auth, request.params.number, request.body ?? {});
    return {
      caseNumber: updated.case_number,
      approvedAt: updated.approved_at?.toISOString(),
      outcome: updated.approved_outcome,
      sanction: updated.approved_sanction,
    };
  });

  app.post<CaseParams>('/api/v1/cases/:number/approval-request', async (request) => {
    const auth = await requireStaff(ctx, request);
    const updated = await requestApproval(ctx, auth, request.params.number, request.body ?? {});
    return {
      caseNumber: updated.case_number,
      requestedAt: updated.approval_requested_at?.toISOString(),
    };
  });

  app.post<CaseParams>('/api/v1/cases/:number/forward', async (request) => {
    const auth = await requireStaff(ctx, request);
    return forwardCase(ctx, auth, request.params.number, request.body ?? {});
  });

  app.post<CaseParams>('/api/v1/cases/:number/labels', async (request) => {
    const auth = await requireStaff(ctx, request);
    return { labels: await changeLabels(ctx, auth, request.params.number, request.body ?? {}) };
  });

  app.post<CaseParams>('/api/v1/cases/:number/progress', async (request, reply) => {
    const auth = await requireStaff(ctx, request);
    const id = await postProgressUpdate(ctx, auth, request.params.number, request.body ?? {});
    return reply.status(201).send({ id });
  });

  app.post<CaseParams>('/api/v1/cases/:number/identity', async (request) => {
    const auth = await requireStaff(ctx, request);
    await revealIdentity(ctx, auth, request.params.number, request.body ?? {});
    const d = await caseDetail(ctx, auth, request.params.number);
    return { identity: d.content?.identity ?? null };
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
