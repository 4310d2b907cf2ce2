/**
 * The case dossier for the hearing file: the case's metadata, the report as written, the
 * reporter's identity when the caller includes it, the history, every message and internal note,
 * the evidence files with their SHA-256 for the chain of custody, and the deadlines. Every page
 * says who made it and when, that it is confidential, and which page of how many it is.
 */
import type { Identity, Message, ReportContent, StoredFile } from '../content/content-store.js';
import type { IdentityMode, ReportKind } from '../db/schema.js';
import { translator, type Lang } from '../i18n/catalog.js';
import { formatDateTime } from '../i18n/dates.js';
import {
  deadlinesSection,
  eventsSection,
  filesSection,
  label,
  labelWidth,
  messagesSection,
  section,
  type Writer,
} from './dossier-record.js';
import { colors, PageFlow } from './page-flow.js';

/** One step in the case's history. */
export type DossierEvent = {
  at: Date;
  /** The staff member's username; null for a step of the system or of the reporter. */
  actor: string | null;
  /** `state`, `assign`, `assess`, `approve`, `forward`, `label`… */
  kind: string;
  from: string | null;
  to: string;
  outcome: string | null;
  /** Metadata of the step (a unit code, a username, a track). */
  detail: string | null;
};

export type DossierMessage = Pick<
  Message,
  'id' | 'author' | 'visibility' | 'kind' | 'body' | 'createdAt'
> & {
  /** The staff author's username; null for the reporter. */
  authorName: string | null;
};

export type DossierFile = Pick<
  StoredFile,
  'messageId' | 'name' | 'contentType' | 'size' | 'sha256' | 'cleaned' | 'createdAt'
>;

export type DossierDeadline = {
  kind: 'acknowledge' | 'progress' | 'feedback';
  dueAt: Date;
  metAt: Date | null;
};

export type DossierCase = {
  caseNumber: string;
  kind: ReportKind;
  category: string | null;
  state: string;
  outcome: string | null;
  /** The sanction as it is to be printed: its label in the deployment's list. */
  sanction: string | null;
  track: string | null;
  difficulty: string | null;
  identityMode: IdentityMode;
  subjectIsPropam: boolean;
  subjectIsCommander: boolean;
  escalated: boolean;
  submittedAt: Date;
  acknowledgedAt: Date | null;
  concludedAt: Date | null;
  labels: string[];
};

export type DossierInput = {
  lang: Lang;
  /** The username of the staff member exporting the dossier. */
  generatedBy: string;
  generatedAt: Date;
  /** The handling unit; every date is printed in its zone, the zone named. */
  unit: { name: string; code: string; timeZone: string };
  channel: { code: string; place: string };
  case: DossierCase;
  report: ReportContent;
  /** The reporter's name and contact: printed only when given (the caller decides). */
  identity?: Identity | undefined;
  events: DossierEvent[];
  /** Oldest first, internal notes included. */
  messages: DossierMessage[];
  files: DossierFile[];
  deadlines: DossierDeadline[];
};

const dash = '—';

/** The dossier as a PDF of as many A4 pages as it needs; nothing is cut short. */
export async function dossierPdf(input: DossierInput): Promise<Uint8Array> {
  const t = translator(input.lang);
  const dates = new Map<number, string>();
  const when = (at: Date) => {
    let text = dates.get(at.getTime());
    if (text === undefined) {
      text = formatDateTime(at, input.unit.timeZone, input.lang);
      dates.set(at.getTime(), text);
    }
    return text;
  };
  const generated = t('documents.generatedBy', {
    username: input.generatedBy,
    at: when(input.generatedAt),
  });
  const flow = await PageFlow.create(
    { title: `${t('documents.dossier.title')} · ${input.case.caseNumber}`, lang: input.lang },
    {
      header: () => ({ left: input.case.caseNumber, right: t('documents.secret') }),
      footer: (page, count) => ({
        left: generated,
        center: t('documents.secret'),
        right: t('documents.page', { page, count }),
      }),
      footnote: t('documents.standIn'),
    },
  );
  const write: Writer = {
    flow,
    t,
    when,
    field: (l, v) => flow.field(l, v || dash, { labelWidth }),
  };

  title(write, input);
  caseSection(write, input);
  reportSection(write, input.report);
  if (input.identity) identitySection(write, input.identity);
  eventsSection(write, input.events);
  messagesSection(write, input.messages);
  filesSection(write, input);
  deadlinesSection(write, input);
  return flow.render();
}

function title({ flow, t }: Writer, input: DossierInput): void {
  flow.paragraph(t('documents.dossier.title'), { style: 'bold', size: 16, color: colors.accent });
  flow.paragraph(input.case.caseNumber, { style: 'bold', size: 13, spaceBefore: 2 });
  flow.paragraph(`${t('documents.propam')} · ${input.unit.name}`, { color: colors.muted });
  flow.paragraph(t('documents.dossier.lead'), { size: 8.5, color: colors.muted, spaceBefore: 6 });
}

function caseSection(write: Writer, input: DossierInput): void {
  const { t, when, field } = write;
  const c = input.case;
  const flags = [
    c.subjectIsPropam ? t('documents.flag.propam') : '',
    c.subjectIsCommander ? t('documents.flag.commander') : '',
    c.escalated ? t('documents.flag.escalated') : '',
  ].filter(Boolean);

  section(write, 'documents.dossier.case');
  field(t('documents.caseNumber'), c.caseNumber);
  field(t('documents.field.unit'), `${input.unit.name} (${input.unit.code})`);
  field(t('documents.field.channel'), `${input.channel.code} · ${input.channel.place}`);
  field(t('documents.field.kind'), label(t, 'kind', c.kind));
  field(t('documents.field.category'), label(t, 'category', c.category));
  field(t('documents.field.state'), label(t, 'state', c.state));
  field(t('documents.field.outcome'), label(t, 'outcome', c.outcome));
  field(t('documents.field.sanction'), c.sanction ?? '');
  field(t('documents.field.track'), label(t, 'documents.track', c.track));
  field(t('documents.field.difficulty'), label(t, 'documents.difficulty', c.difficulty));
  field(t('documents.field.identityMode'), label(t, 'documents.identity', c.identityMode));
  field(t('documents.field.flags'), flags.join('; '));
  field(t('documents.field.labels'), c.labels.join(', '));
  field(t('documents.field.submittedAt'), when(c.submittedAt));
  field(t('documents.field.acknowledgedAt'), c.acknowledgedAt ? when(c.acknowledgedAt) : '');
  field(t('documents.field.concludedAt'), c.concludedAt ? when(c.concludedAt) : '');
}

function reportSection(write: Writer, report: ReportContent): void {
  const { flow, t, field } = write;
  section(write, 'documents.dossier.report');
  flow.paragraph(t('documents.field.description'), {
    style: 'bold',
    size: 9.5,
    color: colors.muted,
    keepWithNext: 1,
  });
  flow.paragraph(report.description, { spaceBefore: 2 });
  flow.space(6);
  const occurred = [report.occurredAt, report.occurredAtNote].filter(Boolean).join(' · ');
  field(t('documents.field.occurredAt'), occurred);
  field(t('documents.field.place'), report.place ?? '');
  field(t('documents.field.witnesses'), report.witnesses ?? '');
  if (report.subjects.length === 0) field(t('documents.field.noSubjects'), t('documents.none'));

  report.subjects.forEach((subject, i) => {
    flow.paragraph(t('documents.field.subject', { count: i + 1 }), {
      style: 'bold',
      spaceBefore: 8,
      keepWithNext: 1,
    });
    field(t('documents.field.name'), subject.name ?? '');
    field(t('documents.field.rank'), subject.rank ?? '');
    field(t('documents.field.nrp'), subject.nrp ?? '');
    field(t('documents.field.subjectUnit'), subject.unit ?? '');
    field(t('documents.field.subjectDescription'), subject.description ?? '');
  });
}

function identitySection(write: Writer, identity: Identity): void {
  const { t, field } = write;
  section(write, 'documents.dossier.identity');
  field(t('documents.field.name'), identity.name ?? '');
  field(t('documents.field.contact'), identity.contact ?? '');
}
