/**
 * The text of each notification e-mail. By design it says only that there is something to look
 * at, the case number and a link: never report content, the reporter's words, a name or the
 * case's category, because e-mail leaves the system and is read on any device.
 */
import { translate, type Lang, type MessageKey } from '../i18n/catalog.js';
import { formatDateTime } from '../i18n/dates.js';
import type { Mail } from './mailer.js';

export const notificationEvents = [
  'new_case',
  'assignment',
  'reporter_reply',
  'deadline_soon',
  'deadline_missed',
  'approval_request',
] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

export const deadlineKinds = ['acknowledge', 'progress', 'feedback'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** Which deadline a reminder is about, and when it falls. */
export type DeadlineRef = { kind: DeadlineKind; dueAt: Date };

export type MailInput = {
  event: NotificationEvent;
  caseNumber: string;
  publicUrl: string;
  /** The time zone of the case's unit, for the date of a deadline. */
  timeZone: string;
  deadline?: DeadlineRef;
};

/** The address of a case in the back office. */
export function caseLink(publicUrl: string, caseNumber: string): string {
  return `${publicUrl}/staf/kasus/${encodeURIComponent(caseNumber)}`;
}

/** The subject and text of one notification, in Indonesian with the English below. */
export function notificationMail(input: MailInput): Omit<Mail, 'to'> {
  const lead = (lang: Lang) => {
    const deadline = input.deadline;
    return translate(lang, `mail.lead.${input.event}`, {
      caseNumber: input.caseNumber,
      ...(deadline
        ? {
            deadline: translate(lang, `mail.deadline.${deadline.kind}` satisfies MessageKey),
            due: formatDateTime(deadline.dueAt, input.timeZone, lang),
          }
        : {}),
    });
  };
  const link = caseLink(input.publicUrl, input.caseNumber);
  const account = `${input.publicUrl}/staf/akun`;
  const part = (lang: Lang) =>
    [
      lead(lang),
      `${translate(lang, 'mail.open')} ${link}`,
      translate(lang, 'mail.footer', { url: account }),
    ].join('\n');

  return {
    subject: `[Peluit] ${translate('id', `mail.subject.${input.event}`, { caseNumber: input.caseNumber })}`,
    text: `${part('id')}\n\n${part('en')}\n`,
  };
}
