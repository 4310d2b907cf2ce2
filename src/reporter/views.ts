/** The reporter's pages after submitting: the receipt form and the follow-up view. */
import { progressBody } from '../cases/views.js';
import type { StoredFile } from '../content/content-store.js';
import type { Lang, MessageKey, T } from '../i18n/catalog.js';
import { formatDate, zoneName } from '../i18n/dates.js';
import { externalBodies } from '../http/layout.js';
import { breakAfterSlashes, html } from '../http/html.js';
import type { ReporterView } from './reporter.js';

/** The receipt form; `value` keeps what was typed when it comes back with a problem. */
export function followForm(t: T, action: string, state: { value?: string; error?: MessageKey }) {
  const error = state.error ? html`<p class="error" id="receipt-error">${t(state.error)}</p>` : '';
  return html`<form method="post" action="${action}" class="card" novalidate>
    <label for="receipt">${t('follow.receipt')}</label>
    <input
      id="receipt"
      name="receipt"
      inputmode="numeric"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      maxlength="40"
      placeholder="1234 5678 9012 3456"
      value="${state.value ?? ''}"
      ${state.error ? html`aria-invalid="true" aria-describedby="receipt-error"` : ''}
    />
    ${error}
    <button type="submit">${t('follow.submit')}</button>
  </form>`;
}

function fileList(t: T, files: StoredFile[]) {
  if (files.length === 0) return '';
  return html`<p class="meta">
    ${t('follow.files')}: ${files.map((f, i) => html`${i ? ', ' : ''}${f.name}`)}
  </p>`;
}

/** What the reporter sees with their receipt. */
export function followView(
  t: T,
  lang: Lang,
  view: ReporterView,
  state: { body?: string; error?: MessageKey; sent?: boolean; csrf: string },
) {
  const csrf = html`<input type="hidden" name="_csrf" value="${state.csrf}" />`;
  const outcome = view.outcome
    ? html`<dt>${t('follow.outcome')}</dt>
        <dd>${t(`outcome.${view.outcome}` as MessageKey)}</dd>`
    : '';
  const thanks = view.kind === 'apresiasi' ? appreciationThanks(t, lang, view) : '';
  const messages = view.messages.length
    ? html`<ul class="messages">
        ${view.messages.map(
          (m) =>
            html`<li class="message${m.author === 'reporter' ? ' mine' : ''}">
              <p class="meta">
                ${m.author === 'reporter' ? t('follow.fromYou') : t('follow.fromHandler')} ·
                ${formatDate(m.createdAt, view.timeZone, lang)} ${zoneName(view.timeZone)}
              </p>
              ${
                m.kind === 'progress'
                  ? html`<p><strong>${t('progress.badge')}</strong></p>
                      ${progressBody(t, m.body)}
                      <p><a href="/laporan/perkembangan/${m.id}.pdf">${t('follow.letter')}</a></p>`
                  : html`<div class="typed">${m.body}</div>`
              }
              ${fileList(
                t,
                view.files.filter((f) => f.messageId === m.id),
              )}
            </li>`,
        )}
      </ul>`
    : html`<p>${t('follow.noMessages')}</p>`;
  return html`<h1>${breakAfterSlashes(view.caseNumber)}</h1>
    <div class="card">
      <dl class="fields">
        <dt>${t('follow.state')}</dt>
        <dd><span class="state">${t(`state.${view.state}` as MessageKey)}</span></dd>
        ${outcome}
        ${
          view.concludedAt
            ? html`<dt>${t('follow.concludedOn')}</dt>
                <dd>
                  ${formatDate(view.concludedAt, view.timeZone, lang)} ${zoneName(view.timeZone)}
                </dd>`
            : ''
        }
      </dl>
      ${view.kind === 'apresiasi' ? '' : html`<p>${t(`follow.stateHelp.${view.state}` as MessageKey)}</p>`}
    </div>
    ${thanks}
    ${view.reveals.map((at) => html`<div class="warning">${t('follow.revealed', { at: formatDate(at, view.timeZone, lang) })}</div>`)}
    ${state.sent ? html`<div class="note" role="status">${t('follow.sent')}</div>` : ''}
    <h2>${t('follow.messages')}</h2>
    ${messages} ${view.state === 'selesai' ? '' : replyForm(t, state, csrf)}
    <details class="card">
      <summary>${t('follow.yourReport')}</summary>
      <p class="message">${view.report.description}</p>
      ${fileList(
        t,
        view.files.filter((f) => f.messageId === null),
      )}
    </details>
    ${
      view.state === 'selesai' && view.kind !== 'apresiasi'
        ? html`<p>${t('follow.notSatisfied')}</p>
            ${externalBodies(t)}`
        : ''
    }
    <form method="post" action="/laporan/keluar">
      ${csrf}
      <button type="submit" class="secondary">${t('follow.logout')}</button>
    </form>`;
}

/**
 * The reporter of an appreciation is thanked when it is passed on to the commander or HR, and
 * again when they have taken it up, each time saying what happened and when.
 */
function appreciationThanks(t: T, lang: Lang, view: ReporterView) {
  const on = (at: Date | null | undefined) => (at ? formatDate(at, view.timeZone, lang) : '');
  const forwarded =
    view.state === 'diteruskan' || view.state === 'selesai'
      ? html`<div class="note" role="status">
          ${t('follow.thanksForwarded', { unit: view.unitName, date: on(view.forwardedAt) })}
        </div>`
      : '';
  const concluded =
    view.state === 'selesai'
      ? html`<div class="note" role="status">
          ${t('follow.thanksConcluded', { unit: view.unitName, date: on(view.concludedAt) })}
        </div>`
      : '';
  return html`${forwarded}${concluded}`;
}

function replyForm(
  t: T,
  state: { body?: string; error?: MessageKey },
  csrf: ReturnType<typeof html>,
) {
  const error = state.error ? html`<p class="error" id="body-error">${t(state.error)}</p>` : '';
  return html`<h2>${t('follow.reply')}</h2>
    <form method="post" action="/laporan/balas" enctype="multipart/form-data" class="card">
      ${csrf}
      <label for="body">${t('follow.replyBody')}</label>
      <textarea
        id="body"
        name="body"
        maxlength="10000"
        ${state.error ? html`aria-invalid="true" aria-describedby="body-error"` : ''}
      >
${state.body ?? ''}</textarea>
      ${error}
      <label for="files">${t('form.files')}</label>
      <p class="hint">${t('form.filesHint', { count: 5, size: 10 })}</p>
      <input
        id="files"
        name="files"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx,.pptx"
      />
      <button type="submit">${t('follow.send')}</button>
    </form>`;
}
