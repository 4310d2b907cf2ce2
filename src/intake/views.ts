/** The report forms (full, quick, appreciation) and the receipt page. */
import { externalBodies } from '../http/layout.js';
import type { StoredFile } from '../content/content-store.js';
import type { ReportKind } from '../db/schema.js';
import type { FieldErrors } from '../errors.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import { html, type SafeHtml } from '../http/html.js';
import { formatReceipt } from '../receipts/receipt.js';
import { categories } from './categories.js';
import { limits } from './report-schema.js';
import type { UnitGroup } from './unit-choices.js';

export type FormState = {
  values: Record<string, string>;
  errors: FieldErrors;
  drafts: StoredFile[];
  submission: string;
  /** The categories offered now, labelled; the starting list when not given. */
  categories?: Array<{ code: string; label: string }>;
  /** The units an appreciation may be sent to; the appreciation form only. */
  units?: UnitGroup[];
};

const titles: Record<ReportKind, MessageKey> = {
  pengaduan: 'form.full.title',
  pengaduan_cepat: 'form.quick.title',
  apresiasi: 'form.appreciation.title',
};

const labels: Record<string, MessageKey> = {
  category: 'form.category',
  description: 'form.description',
  occurredAt: 'form.occurredAt',
  occurredAtNote: 'form.occurredAtNote',
  place: 'form.place',
  witnesses: 'form.witnesses',
  files: 'form.files',
  'identity.name': 'form.identityName',
  'identity.contact': 'form.identityContact',
  'identity.mode': 'form.identity',
  appreciationUnit: 'form.appreciationUnit',
  unit: 'form.appreciationUnit',
};

const subjectLabels: Record<string, MessageKey> = {
  name: 'form.subjectName',
  rank: 'form.subjectRank',
  nrp: 'form.subjectNrp',
  unit: 'form.subjectUnit',
};

const order = [
  'channel',
  'category',
  'description',
  'occurredAt',
  'occurredAtNote',
  'place',
  'subjects',
  'witnesses',
  'files',
  'identity',
  'appreciationUnit',
  'unit',
];

/** Where a field stands in the form, so problems are listed in the order the reporter sees. */
function formOrder(name: string): number {
  const index = order.indexOf(name.split('.')[0]!);
  return (index < 0 ? order.length : index) * 1000 + (Number(name.split('.')[1]) || 0);
}

/** The label a reporter saw for a field, to name it in the list of problems. */
function fieldLabel(t: T, name: string): string {
  const subject = /^subjects\.(\d+)\.(\w+)$/.exec(name);
  if (subject) {
    const part = subjectLabels[subject[2]!];
    return `${t('form.subject', { n: Number(subject[1]) + 1 })} · ${part ? t(part) : subject[2]}`;
  }
  const key = labels[name];
  return key ? t(key) : t('form.errorField');
}

export function formTitle(t: T, kind: ReportKind) {
  return t(titles[kind]);
}

/** One labelled input, with its error and the value already typed. */
function input(
  t: T,
  state: FormState,
  name: string,
  label: MessageKey,
  options: {
    type?: string;
    hint?: MessageKey;
    max?: number;
    textarea?: boolean;
    optional?: boolean;
    inputmode?: string;
  } = {},
) {
  const id = `f-${name.replace(/\./g, '-')}`;
  const error = state.errors[name];
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const attrs = html`id="${id}" name="${name}"
  ${options.max ? html`maxlength="${options.max}"` : ''}
  ${described ? html`aria-describedby="${described}"` : ''}
  ${error ? html`aria-invalid="true"` : ''}`;
  const control = options.textarea
    ? html`<textarea ${attrs}>${state.values[name] ?? ''}</textarea>`
    : html`<input
        type="${options.type ?? 'text'}"
        ${attrs}
        value="${state.values[name] ?? ''}"
        ${options.inputmode ? html`inputmode="${options.inputmode}"` : ''}
      />`;
  return html`<label for="${id}"
      >${t(label)}
      ${options.optional ? html`<span class="hint">${t('form.optional')}</span>` : ''}</label
    >
    ${options.hint ? html`<p class="hint" id="${id}-hint">${t(options.hint)}</p>` : ''} ${control}
    ${error ? html`<p class="error" id="${id}-error">${t(error)}</p>` : ''}`;
}

function categorySelect(t: T, state: FormState) {
  const error = state.errors.category;
  const chosen = state.values.category ?? '';
  return html`<label for="f-category">${t('form.category')}</label>
    <select
      id="f-category"
      name="category"
      ${error ? html`aria-invalid="true" aria-describedby="f-category-error"` : ''}
    >
      <option value="">${t('form.categoryChoose')}</option>
      ${(state.categories ?? categories.map((c) => ({ code: c, label: t(`category.${c}`) }))).map((c) => html`<option value="${c.code}" ${chosen === c.code ? 'selected' : ''}>${c.label}</option>`)}
    </select>
    ${error ? html`<p class="error" id="f-category-error">${t(error)}</p>` : ''}`;
}

/**
 * The unit an appreciation goes to, picked from the list (never typed): the channel's unit
 * unless the reporter picked another. A code not in the list (from a stale or altered page)
 * comes back with its message and the channel's unit chosen.
 */
function unitSelect(t: T, state: FormState, channelUnit: string) {
  const error = state.errors.unit ?? state.errors.appreciationUnit;
  const groups = state.units ?? [];
  const typed = (state.values.unit ?? '').toUpperCase();
  const known = groups.some((g) => g.units.some((u) => u.code === typed));
  const chosen = known ? typed : channelUnit;
  const pad = (depth: number) => '\u00a0\u00a0'.repeat(depth);
  return html`<label for="f-unit">${t('form.appreciationUnit')}</label>
    <p class="hint" id="f-unit-hint">${t('form.appreciationUnitHint')}</p>
    <select
      id="f-unit"
      name="unit"
      aria-describedby="f-unit-hint${error ? ' f-unit-error' : ''}"
      ${error ? html`aria-invalid="true"` : ''}
    >
      ${groups.map(
        (group) =>
          html`<optgroup label="${group.name}">
            ${group.units.map(
              (u) =>
                html`<option value="${u.code}" ${u.code === chosen ? 'selected' : ''}>
                  ${pad(u.depth)}${u.name}${u.code === channelUnit ? ` (${t('form.appreciationUnitSame')})` : ''}
                </option>`,
            )}
          </optgroup>`,
      )}
    </select>
    ${error ? html`<p class="error" id="f-unit-error">${t(error)}</p>` : ''}`;
}

function subjectFields(t: T, state: FormState, kind: ReportKind) {
  const filled = Object.keys(state.values)
    .filter((k) => k.startsWith('subjects.') && state.values[k])
    .map((k) => Number(k.split('.')[1]));
  const count = Math.min(
    limits.subjects,
    Math.max(kind === 'apresiasi' ? 1 : 2, (filled.length ? Math.max(...filled) : -1) + 2),
  );
  const slots: SafeHtml[] = [];
  for (let i = 0; i < count; i++) {
    const p = `subjects.${i}`;
    slots.push(
      html`<fieldset>
        <legend>${t('form.subject', { n: i + 1 })}</legend>
        ${input(t, state, `${p}.name`, 'form.subjectName', { max: limits.shortText, optional: true })}
        ${input(t, state, `${p}.rank`, 'form.subjectRank', { max: 100, optional: true })}
        ${input(t, state, `${p}.nrp`, 'form.subjectNrp', { max: 40, optional: true, inputmode: 'numeric' })}
        ${input(t, state, `${p}.unit`, 'form.subjectUnit', { max: limits.shortText, optional: true })}
        ${kind === 'apresiasi' ? '' : input(t, state, `${p}.description`, 'form.subjectDescription', { max: limits.longText, optional: true, textarea: true })}
      </fieldset>`,
    );
  }
  return html`<h2>${t(kind === 'apresiasi' ? 'form.appreciationSubjects' : 'form.subjects')}</h2>
    <p class="hint">${t('form.subjectsHint')}</p>
    ${slots}`;
}

function fileField(t: T, state: FormState, single: boolean) {
  const error = state.errors.files;
  const drafts = state.drafts.length
    ? html`<p>${t('form.attached')}</p>
        <ul>
          ${state.drafts.map(
            (d) =>
              html`<li>
                ${d.name} (${Math.ceil(d.size / 1024)} KB)
                <label class="check"
                  ><input type="checkbox" name="removeFile" value="${d.id}" />
                  ${t('form.removeFile')}</label
                >
              </li>`,
          )}
        </ul>`
    : '';
  return html`<label for="f-files">${t(single ? 'form.quickFile' : 'form.files')}</label>
    <p class="hint">${t('form.filesCleaned')}</p>
    <p class="hint" id="f-files-hint">
      ${t('form.filesHint', { count: limits.files, size: limits.fileBytes / 1024 / 1024 })}
    </p>
    ${drafts}
    <input
      id="f-files"
      name="files"
      type="file"
      ${single ? '' : 'multiple'}
      accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx,.pptx"
      aria-describedby="f-files-hint${error ? ' f-files-error' : ''}"
      ${error ? html`aria-invalid="true"` : ''}
    />
    ${error ? html`<p class="error" id="f-files-error">${t(error)}</p>` : ''}`;
}

function identityFields(t: T, state: FormState) {
  const mode = state.values['identity.mode'] || 'anonymous';
  const option = (value: string, label: MessageKey) =>
    html`<label class="check"
      ><input
        type="radio"
        name="identity.mode"
        value="${value}"
        ${mode === value ? 'checked' : ''}
      />
      ${t(label)}</label
    >`;
  return html`<fieldset>
    <legend>${t('form.identity')}</legend>
    ${option('anonymous', 'form.identity.anonymous')}
    ${option('confidential', 'form.identity.confidential')} ${option('open', 'form.identity.open')}
    ${input(t, state, 'identity.name', 'form.identityName', { max: limits.shortText })}
    ${input(t, state, 'identity.contact', 'form.identityContact', { max: limits.shortText })}
  </fieldset>`;
}

function checkbox(t: T, state: FormState, name: string, label: MessageKey) {
  const on = ['on', 'true', '1'].includes(state.values[name] ?? '');
  return html`<label class="check"
    ><input type="checkbox" name="${name}" value="true" ${on ? 'checked' : ''} /> ${t(label)}</label
  >`;
}

/** The form of a report kind, filled with what was typed and the problems found. */
export function reportForm(
  t: T,
  action: string,
  kind: ReportKind,
  channel: { code: string; unit?: { code: string } },
  state: FormState,
) {
  const errors = Object.keys(state.errors).length
    ? html`<div class="errors" role="alert">
        <p>${t('form.errorSummary')}</p>
        <ul>
          ${Object.entries(state.errors)
            .sort(([a], [b]) => formOrder(a) - formOrder(b))
            .map(
              ([name, key]) =>
                html`<li>
                  <a href="#f-${name.replace(/\./g, '-')}">${fieldLabel(t, name)} — ${t(key)}</a>
                </li>`,
            )}
        </ul>
      </div>`
    : '';
  const hidden = html`<input type="hidden" name="channel" value="${channel.code}" />
    <input type="hidden" name="kind" value="${kind}" />
    <input type="hidden" name="submission" value="${state.submission}" />`;

  let fields: SafeHtml;
  if (kind === 'pengaduan_cepat') {
    fields = html`${categorySelect(t, state)}
    ${input(t, state, 'description', 'form.quickDescription', { textarea: true, max: limits.quickDescription })}
    ${fileField(t, state, true)}`;
  } else if (kind === 'apresiasi') {
    fields = html`${input(t, state, 'description', 'form.appreciationDescription', { textarea: true, max: limits.description })}
    ${subjectFields(t, state, kind)}
    ${input(t, state, 'place', 'form.place', { max: limits.shortText, optional: true })}
    ${input(t, state, 'occurredAt', 'form.occurredAt', { type: 'date', optional: true })}
    ${unitSelect(t, state, channel.unit?.code ?? '')} ${identityFields(t, state)}`;
  } else {
    fields = html`${categorySelect(t, state)}
      ${input(t, state, 'description', 'form.description', { textarea: true, hint: 'form.descriptionHint', max: limits.description })}
      ${input(t, state, 'occurredAt', 'form.occurredAt', { type: 'date', optional: true })}
      ${input(t, state, 'occurredAtNote', 'form.occurredAtNote', { hint: 'form.occurredAtNoteHint', max: limits.shortText, optional: true })}
      ${input(t, state, 'place', 'form.place', { max: limits.shortText, optional: true })}
      ${subjectFields(t, state, kind)}
      ${input(t, state, 'witnesses', 'form.witnesses', { textarea: true, hint: 'form.witnessesHint', max: limits.longText, optional: true })}
      ${fileField(t, state, false)}
      <fieldset>
        <legend>${t('form.escalateHint')}</legend>
        ${checkbox(t, state, 'subjectIsPropam', 'form.subjectIsPropam')}
        ${checkbox(t, state, 'subjectIsCommander', 'form.subjectIsCommander')}
      </fieldset>
      ${identityFields(t, state)}`;
  }

  return html`${errors}
    <form method="post" action="${action}" enctype="multipart/form-data" novalidate>
      ${hidden} ${fields}
      <div class="note">${t('landing.anonymous')}</div>
      <button type="submit" class="wide">
        ${t(kind === 'apresiasi' ? 'form.submitAppreciation' : 'form.submit')}
      </button>
    </form>
    <p><a href="/q/${channel.code}">${t('form.back')}</a></p>`;
}

/** The receipt, shown once, with the plain warning that it cannot be recovered. */
export function receiptPage(
  t: T,
  receipt: string,
  caseNumber: string,
  channelCode: string,
  promise: { acknowledge: string; feedback: string },
) {
  return html`<h1>${t('receipt.title')}</h1>
    <p>${t('receipt.number')}</p>
    <p class="receipt" aria-label="${receipt.split('').join(' ')}">${formatReceipt(receipt)}</p>
    <div class="warning" role="alert"><strong>${t('receipt.warning')}</strong></div>
    <p>${t('receipt.caseNumber', { number: caseNumber })}</p>
    <p>${t('receipt.next')}</p>
    <p>${t('receipt.when', promise)}</p>
    <p class="no-print">
      <button type="button" data-action="print" class="secondary" hidden>
        ${t('receipt.print')}
      </button>
      <a class="button secondary" href="/q/${channelCode}#ikuti">${t('receipt.follow')}</a>
    </p>
    ${externalBodies(t)}`;
}
