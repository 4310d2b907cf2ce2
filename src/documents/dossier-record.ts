/**
 * The dossier's record of what happened on a case: its history, every message and internal
 * note, the evidence files (chain of custody) and the deadlines; and the helpers every section
 * of the dossier writes with.
 */
import type { ProgressUpdate } from '../content/content-store.js';
import { isMessageKey, type Lang, type MessageKey, type T } from '../i18n/catalog.js';
import type { DossierEvent, DossierInput, DossierMessage } from './dossier.js';
import { colors, type PageFlow } from './page-flow.js';

/** The width of the label column of the dossier's fields. */
export const labelWidth = 150;

/** What every section writes with. */
export type Writer = {
  flow: PageFlow;
  t: T;
  when: (at: Date) => string;
  field: (label: string, value: string) => void;
};

/** A catalogue label for a code when there is one, else the code itself. */
export function label(t: T, prefix: string, code: string | null): string {
  if (!code) return '';
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** A section heading, kept with the first rows under it. */
export function section({ flow, t }: Writer, key: MessageKey): void {
  flow.space(12);
  flow.rule();
  flow.paragraph(t(key), { style: 'bold', size: 12, color: colors.accent, keepWithNext: 2 });
  flow.space(2);
}

/** Each step of the case: when, what, from which state to which, by whom. */
export function eventsSection(write: Writer, events: DossierEvent[]): void {
  const { flow, t, when } = write;
  section(write, 'documents.dossier.events');
  if (events.length === 0) flow.paragraph(t('documents.none'));
  for (const event of events) {
    const kind = label(t, 'documents.event', event.kind);
    const to = label(t, 'state', event.to);
    // Steps other than a move (an assignment, a label) record the state they left unchanged.
    const step =
      event.from === event.to
        ? kind
        : `${kind}: ${event.from ? `${label(t, 'state', event.from)} → ${to}` : to}`;
    const parts = [
      step,
      event.outcome
        ? t('documents.event.outcome', { outcome: label(t, 'outcome', event.outcome) })
        : '',
      event.detail ?? '',
      event.actor ?? t('documents.system'),
    ];
    flow.field(when(event.at), parts.filter(Boolean).join(' · '), { labelWidth });
  }
}

/** Every message and internal note, numbered, each marked with who it was for. */
export function messagesSection(write: Writer, messages: DossierMessage[]): void {
  const { flow, t, when } = write;
  section(write, 'documents.dossier.messages');
  if (messages.length === 0) flow.paragraph(t('documents.none'));

  messages.forEach((message, i) => {
    const internal = message.visibility === 'internal';
    const author =
      message.author === 'reporter'
        ? t('documents.reporter')
        : (message.authorName ?? t('documents.staff'));
    flow.paragraph(
      `${t('documents.message.number', { count: i + 1 })} · ${messageKind(t, message)}`,
      {
        style: 'bold',
        color: internal ? colors.secret : colors.ink,
        spaceBefore: 10,
        keepWithNext: 1,
      },
    );
    flow.paragraph(`${when(message.createdAt)} · ${author}`, { size: 8.5, color: colors.muted });
    const update = message.kind === 'progress' ? progressParts(message.body) : undefined;
    if (!update) {
      flow.paragraph(message.body, { indent: 10, spaceBefore: 3 });
      return;
    }
    const parts: [MessageKey, string][] = [
      ['documents.letter.done', update.done],
      ['documents.letter.results', update.results],
      ['documents.letter.obstacles', update.obstacles || t('documents.none')],
      ['documents.letter.next', update.next],
    ];
    for (const [key, text] of parts) {
      flow.paragraph(t(key), {
        style: 'bold',
        size: 9,
        indent: 10,
        spaceBefore: 3,
        keepWithNext: 1,
      });
      flow.paragraph(text, { indent: 10 });
    }
  });
}

function messageKind(t: T, message: DossierMessage): string {
  if (message.author === 'reporter') return t('documents.message.fromReporter');
  if (message.visibility === 'internal') return t('documents.message.internal');
  if (message.kind === 'progress') return t('documents.message.progress');
  return t('documents.message.toReporter');
}

/** A progress update's four parts, or undefined if its body is not one (it is then printed as is). */
function progressParts(body: string): ProgressUpdate | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null) return undefined;
    const parts = value as Record<string, unknown>;
    const fields = ['done', 'results', 'obstacles', 'next'] as const;
    if (!fields.every((f) => typeof parts[f] === 'string')) return undefined;
    return parts as ProgressUpdate;
  } catch {
    return undefined;
  }
}

/** The evidence files with their size, type and SHA-256 as stored. */
export function filesSection(write: Writer, input: DossierInput): void {
  const { flow, t, when, field } = write;
  const number = new Map(input.messages.map((m, i) => [m.id, i + 1]));
  section(write, 'documents.dossier.files');
  if (input.files.length === 0) flow.paragraph(t('documents.none'));

  for (const file of input.files) {
    flow.paragraph(file.name, { style: 'bold', spaceBefore: 8, keepWithNext: 2 });
    const messageNumber = file.messageId ? number.get(file.messageId) : undefined;
    const attached = messageNumber
      ? t('documents.message.number', { count: messageNumber })
      : t('documents.file.ofReport');
    field(t('documents.field.fileType'), file.contentType);
    field(t('documents.field.size'), size(t, input.lang, file.size));
    // Small enough that the 64 hexadecimal digits stay on one line, to be read or copied whole.
    flow.field(t('documents.field.sha256'), file.sha256, {
      labelWidth,
      valueStyle: 'mono',
      valueSize: 8.5,
    });
    field(t('documents.field.added'), when(file.createdAt));
    field(t('documents.field.cleaned'), t(file.cleaned ? 'documents.yes' : 'documents.no'));
    field(t('documents.field.attachedTo'), attached);
  }
}

/** `1,2 MB (1.234.567 bita)`: readable, and exact for the record. */
function size(t: T, lang: Lang, bytes: number): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const exact = t('documents.bytes', { count: new Intl.NumberFormat(locale).format(bytes) });
  if (bytes < 1024) return exact;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const short = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return `${short} ${units[unit]} (${exact})`;
}

/** Each deadline, soonest first: when it was due and whether it was met. */
export function deadlinesSection(write: Writer, input: DossierInput): void {
  const { flow, t, when, field } = write;
  section(write, 'documents.dossier.deadlines');
  if (input.deadlines.length === 0) flow.paragraph(t('documents.none'));

  const byDue = [...input.deadlines].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  for (const deadline of byDue) {
    const due = `${t('documents.field.due')}: ${when(deadline.dueAt)}`;
    const met = deadline.metAt
      ? `${t('documents.field.met')}: ${when(deadline.metAt)}`
      : deadline.dueAt < input.generatedAt
        ? t('documents.deadline.overdue')
        : t('documents.deadline.open');
    field(t(`documents.deadline.${deadline.kind}`), `${due} · ${met}`);
  }
}
