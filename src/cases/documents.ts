/** The documents printed from a case: progress letters to the reporter and the dossier. */
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import type { ProgressUpdate } from '../content/content-store.js';
import { dossierPdf } from '../documents/dossier.js';
import { progressLetterInputFrom, progressLetterPdf } from '../documents/progress-letter.js';
import { getSettings } from '../settings/settings.js';
import { assertStep } from './access.js';
import { caseDetail } from './cases.js';
import { forbidden, notFound } from '../errors.js';
import { translator, type Lang } from '../i18n/catalog.js';
import { assessed } from './views.js';
import { workOn } from './work.js';

/** A progress update of a case printed as the SP2HP letter; printing is audited. */
export async function progressLetter(
  ctx: AppContext,
  handler: Parameters<typeof workOn>[1],
  caseNumber: string,
  messageId: string,
  lang: Lang,
): Promise<Uint8Array> {
  const { row, key } = await workOn(ctx, handler, caseNumber, 'export');
  const updates = (await ctx.content.listMessages(ctx.db, key, row.id, true)).filter(
    (m) => m.kind === 'progress',
  );
  const index = updates.findIndex((m) => m.id === messageId);
  if (index < 0) throw notFound('no such progress update');
  const update = JSON.parse(updates[index]!.body) as ProgressUpdate;
  const unit = await ctx.db
    .selectFrom('units')
    .select(['name', 'code', 'time_zone'])
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  await audit(ctx, handler.user, 'progress_letter', row.case_number, { update: index + 1 });
  return progressLetterPdf(
    progressLetterInputFrom({
      case: row,
      unit,
      update: { ...update, sequence: index + 1, sentAt: updates[index]!.createdAt },
      lang,
      publicUrl: ctx.config.publicUrl,
    }),
  );
}

/**
 * The case dossier for the hearing file: everything the handler may see of the case, the
 * reporter's identity only where this handler may see it. Every export is audited.
 */
export async function dossier(
  ctx: AppContext,
  handler: Parameters<typeof workOn>[1],
  caseNumber: string,
  lang: Lang,
): Promise<Uint8Array> {
  const detail = await caseDetail(ctx, handler, caseNumber);
  assertStep(handler.user, 'export');
  const content = detail.content;
  if (!content) {
    throw forbidden('an overseer without the key exports no dossier');
  }
  const c = detail.case;
  const { sanctions } = await getSettings(ctx.db);
  await audit(ctx, handler.user, 'case_export', c.case_number);
  return dossierPdf({
    lang,
    generatedBy: handler.user.username,
    generatedAt: new Date(),
    unit: detail.unit,
    channel: detail.channel,
    case: {
      caseNumber: c.case_number,
      kind: c.kind,
      category: c.category,
      state: c.state,
      outcome: c.outcome,
      sanction: c.sanction
        ? (sanctions.find((s) => s.code === c.sanction)?.label ?? c.sanction)
        : null,
      track: c.track,
      difficulty: c.difficulty,
      identityMode: c.identity_mode,
      subjectIsPropam: c.subject_is_propam,
      subjectIsCommander: c.subject_is_commander,
      escalated: c.escalated,
      submittedAt: c.submitted_at,
      acknowledgedAt: c.acknowledged_at,
      concludedAt: c.concluded_at,
      labels: detail.labels,
    },
    report: content.report,
    identity: content.identity,
    // An assessment's entry names codes (`track=disiplin`): the hearing file gets the words.
    events: detail.events.map((e) =>
      e.kind === 'assess' ? { ...e, detail: assessed(translator(lang), e.detail).join(', ') } : e,
    ),
    messages: content.messages,
    files: content.files,
    deadlines: detail.deadlines,
  });
}
