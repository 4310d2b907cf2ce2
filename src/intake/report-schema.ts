/**
 * What a report may contain, for the API and the HTML forms alike. Messages are catalogue keys,
 * so a problem with a field reaches the reporter in their own language.
 */
import { z } from 'zod';
import { categoryCode } from './categories.js';

export const limits = {
  description: 10_000,
  quickDescription: 2_000,
  shortText: 200,
  longText: 2_000,
  subjects: 10,
  files: 5,
  fileBytes: 10 * 1024 * 1024,
} as const;

/** Text as typed, trimmed, without NUL characters (which PostgreSQL cannot store). */
const text = (
  max: number,
  tooLong: 'field.tooLong' | 'field.descriptionTooLong' = 'field.tooLong',
) =>
  z
    .string('field.invalid')
    .transform((value) => value.replace(/\u0000/g, '').trim())
    .pipe(z.string().max(max, tooLong));

const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((value) => value || undefined);

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const subject = z.object({
  name: optionalText(limits.shortText),
  rank: optionalText(100),
  nrp: optionalText(40).refine(
    (v) => v === undefined || /^[\d .-]{6,30}$/.test(v),
    'field.nrpDigits',
  ),
  unit: optionalText(limits.shortText),
  description: optionalText(limits.longText),
});

const flag = z.preprocess(
  (value) => value === true || value === 'true' || value === 'on' || value === '1',
  z.boolean(),
);

export const reportSchema = z
  .object({
    channel: z.string('field.required').trim().min(1, 'field.required').max(40, 'field.invalid'),
    kind: z.enum(['pengaduan', 'pengaduan_cepat', 'apresiasi'], 'field.kindInvalid'),
    /** A category code; whether the deployment offers it is checked against its settings. */
    category: z
      .string('field.categoryInvalid')
      .regex(categoryCode, 'field.categoryInvalid')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    description: text(limits.description, 'field.descriptionTooLong').pipe(
      z.string().min(1, 'field.required'),
    ),
    occurredAt: optionalText(40)
      .refine(
        (v) => v === undefined || (isoDate.test(v) && !Number.isNaN(Date.parse(v))),
        'field.dateInvalid',
      )
      .refine(
        (v) => v === undefined || Date.parse(v) <= Date.now() + 86_400_000,
        'field.dateFuture',
      ),
    occurredAtNote: optionalText(limits.shortText),
    place: optionalText(limits.shortText),
    subjects: z
      .array(subject, 'field.invalid')
      .max(limits.subjects, 'field.tooManySubjects')
      .default([])
      .transform((list) => list.filter((s) => Object.values(s).some((v) => v !== undefined))),
    witnesses: optionalText(limits.longText),
    identity: z
      .object({
        mode: z.enum(['anonymous', 'confidential', 'open'], 'field.invalid').default('anonymous'),
        name: optionalText(limits.shortText),
        contact: optionalText(limits.shortText),
      })
      .default({ mode: 'anonymous', name: undefined, contact: undefined }),
    subjectIsPropam: flag.default(false),
    subjectIsCommander: flag.default(false),
    /**
     * For appreciation: the code of a unit whose `apresiasi` readers receive it, picked from the
     * list of units; the channel's own unit when absent. Complaints are routed by channel only.
     */
    unit: optionalText(60).meta({
      description: 'Appreciation only: the code of the unit it goes to; default the channel’s',
    }),
    /** @deprecated The first name of `unit`, still accepted; `unit` wins when both are given. */
    appreciationUnit: optionalText(60).meta({ deprecated: true, description: 'Use unit' }),
  })
  .superRefine((report, ctx) => {
    if (report.kind !== 'apresiasi' && !report.category) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'field.categoryRequired' });
    }
    if (report.kind === 'pengaduan_cepat' && report.description.length > limits.quickDescription) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'field.quickTooLong' });
    }
    if (report.identity.mode !== 'anonymous' && !report.identity.name) {
      ctx.addIssue({ code: 'custom', path: ['identity', 'name'], message: 'field.nameRequired' });
    }
  });

export type ReportInput = z.output<typeof reportSchema>;
