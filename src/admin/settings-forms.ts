/**
 * Reading the settings forms: every field checked on its own, so a bad value comes back with a
 * message at that field and everything else as typed.
 */
import type { FieldErrors } from '../errors.js';
import type { MessageKey } from '../i18n/catalog.js';
import {
  difficulties,
  type DeadlineRules,
  type Period,
  type Sanction,
} from '../settings/settings.js';

type Fields = Record<string, string | undefined>;

const whole = (text: string | undefined, min: number, max: number): number | undefined => {
  const value = (text ?? '').trim();
  if (!/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};

function period(fields: Fields, name: string, errors: FieldErrors): Period {
  const amount = whole(fields[`${name}Amount`], 1, 1000);
  if (amount === undefined) errors[`${name}Amount`] = 'field.amountRange';
  const unit = fields[`${name}Unit`];
  if (unit !== 'days' && unit !== 'workdays' && unit !== 'months') {
    errors[`${name}Unit`] = 'field.invalid';
    return { amount: amount ?? 1, unit: 'days' };
  }
  return { amount: amount ?? 1, unit };
}

/** Days written as "10, 20, 30": whole numbers from 1 to 1000, at most 60, in order. */
function dayList(text: string | undefined, name: string, errors: FieldErrors): number[] {
  const parts = (text ?? '').split(/[\s,;]+/).filter(Boolean);
  const days = parts.map((p) => whole(p, 1, 1000));
  if (parts.length > 60 || days.some((d) => d === undefined)) {
    errors[name] = 'field.dayList';
    return [];
  }
  return [...new Set(days as number[])].sort((a, b) => a - b);
}

export type DeadlineForm = {
  deadlines: DeadlineRules;
  approvalRequired: boolean;
  forwardKeepsAccess: boolean;
};

/** The deadline rules and the two switches from the settings form, or the problems found. */
export function readDeadlineForm(fields: Fields): { form: DeadlineForm; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const progressUnit = fields.progressUnit === 'workdays' ? 'workdays' : 'days';
  if (fields.progressUnit !== 'workdays' && fields.progressUnit !== 'days')
    errors.progressUnit = 'field.invalid';
  const remind = whole(fields.remindHoursBefore, 1, 24 * 30);
  if (remind === undefined) errors.remindHoursBefore = 'field.hoursRange';
  const progress = Object.fromEntries(
    difficulties.map((d) => [d, dayList(fields[`progress.${d}`], `progress.${d}`, errors)]),
  ) as DeadlineRules['progress'];
  return {
    form: {
      deadlines: {
        acknowledge: period(fields, 'acknowledge', errors),
        feedback: period(fields, 'feedback', errors),
        progress,
        progressUnit,
        remindHoursBefore: remind ?? 1,
      },
      approvalRequired: fields.approvalRequired === 'on' || fields.approvalRequired === 'true',
      forwardKeepsAccess:
        fields.forwardKeepsAccess === 'on' || fields.forwardKeepsAccess === 'true',
    },
    errors,
  };
}

/** The groups each track's sanctions belong to (PP 2/2003; Perpol 7/2022). */
export const groupsOf: Record<Sanction['track'], Array<Sanction['group']>> = {
  disiplin: ['disiplin'],
  kode_etik: ['etika', 'administratif'],
};

/** How many rows the sanctions form shows: the list, and blank ones to add. */
export const blankRows = 3;

/**
 * The sanction list from the form's rows (`s.N.code`, `.track`, `.group`, `.label`,
 * `.remove`). Blank rows are skipped. Returns the codes removed, to check no case uses them.
 */
export function readSanctionForm(
  fields: Fields,
  rowCount: number,
): { list: Sanction[]; removed: Array<{ row: number; code: string }>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const list: Sanction[] = [];
  const removed: Array<{ row: number; code: string }> = [];
  const seen = new Set<string>();
  for (let i = 0; i < rowCount; i++) {
    const value = (name: string) => (fields[`s.${i}.${name}`] ?? '').trim();
    const code = value('code').toLowerCase();
    const label = value('label');
    if (!code && !label) continue;
    if (value('remove') === 'yes') {
      if (code) removed.push({ row: i, code });
      continue;
    }
    const problem = (name: string, key: MessageKey) => (errors[`s.${i}.${name}`] ??= key);
    if (!/^[a-z0-9_]{2,60}$/.test(code)) problem('code', 'field.sanctionCode');
    else if (seen.has(code)) problem('code', 'field.sanctionRepeat');
    seen.add(code);
    const track = value('track');
    if (track !== 'disiplin' && track !== 'kode_etik') {
      problem('track', 'field.invalid');
      continue;
    }
    const group = value('group') as Sanction['group'];
    if (!groupsOf[track].includes(group)) problem('group', 'field.sanctionGroup');
    if (label.length < 2 || label.length > 200) problem('label', 'field.sanctionLabel');
    list.push({ code, track, group, label });
  }
  if (list.length === 0 && Object.keys(errors).length === 0) errors.s = 'field.sanctionsEmpty';
  return { list, removed, errors };
}
