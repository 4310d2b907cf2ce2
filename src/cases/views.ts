/** The back office pages of a Propam section: the inbox and a case. */
import type { Lang, MessageKey, T } from '../i18n/catalog.js';
import { formatDateTime, zoneName } from '../i18n/dates.js';
import { breakAfterSlashes, html } from '../http/html.js';
import type { FieldErrors } from '../errors.js';
import type { CaseDetail, InboxItem } from './cases.js';
import { complaintStates, outcomes } from './states.js';

const caseHref = (number: string) => `/staf/kasus/${encodeURIComponent(number)}`;

export function staffHeader(t: T, username: string, csrf: string) {
  return html`<span>${username}</span>
    <a href="/staf/kanal">${t('channels.link')}</a>
    <a href="/staf/sandi">${t('password.link')}</a>
    <form method="post" action="/staf/keluar" class="inline-form">
      <input type="hidden" name="_csrf" value="${csrf}" /><button type="submit" class="secondary">
        ${t('staff.logout')}
      </button>
    </form>`;
}

export function inboxView(
  t: T,
  lang: Lang,
  unit: { name: string; timeZone: string },
  items: InboxItem[],
  state: string | undefined,
) {
  const filters = html`<nav class="filters">
    <a href="/staf" ${state ? '' : html`aria-current="page"`}>${t('staff.filterAll')}</a>
    ${complaintStates.map((s) => html`<a href="/staf?state=${s}" ${state === s ? html`aria-current="page"` : ''}>${t(`state.${s}` as MessageKey)}</a>`)}
  </nav>`;
  const rows = items.map(
    (item) =>
      html`<tr>
        <td>
          <a href="${caseHref(item.case_number)}">${breakAfterSlashes(item.case_number)}</a
          >${item.escalated ? html` <span class="state">${t('staff.escalated')}</span>` : ''}
        </td>
        <td>
          ${t(`kind.${item.kind}` as MessageKey)}${item.category ? html`<br /><span class="meta">${t(`category.${item.category}` as MessageKey)}</span>` : ''}
        </td>
        <td><span class="state">${t(`state.${item.state}` as MessageKey)}</span></td>
        <td>
          <span class="cell-label">${t('staff.submitted')}:</span>
          ${formatDateTime(item.submitted_at, unit.timeZone, lang)}
        </td>
        <td>
          <span class="cell-label">${t('staff.updated')}:</span>
          ${formatDateTime(item.updated_at, unit.timeZone, lang)}
        </td>
      </tr>`,
  );
  return html`<h1>${t('staff.inbox', { unit: unit.name })}</h1>
    ${filters}
    <p class="meta">${t('staff.zone', { zone: zoneName(unit.timeZone) })}</p>
    ${
      items.length
        ? html`<table class="inbox">
            <thead>
              <tr>
                <th>${t('staff.caseNumber')}</th>
                <th>${t('staff.kind')}</th>
                <th>${t('staff.state')}</th>
                <th>${t('staff.submitted')}</th>
                <th>${t('staff.updated')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : html`<p class="card">${t('staff.inboxEmpty')}</p>`
    }`;
}

export function caseView(
  t: T,
  lang: Lang,
  detail: CaseDetail,
  csrf: string,
  errors: FieldErrors = {},
  chosen: { to?: string | undefined; outcome?: string | undefined } = {},
) {
  const c = detail.case;
  const tz = detail.unit.timeZone;
  const href = caseHref(c.case_number);
  const report = detail.report;
  const when = [report.occurredAt, report.occurredAtNote].filter(Boolean).join(' · ');
  const subjects = report.subjects.map(
    (s) =>
      html`<li>
        ${[s.name, s.rank, s.nrp ? `NRP ${s.nrp}` : '', s.unit].filter(Boolean).join(' · ')}${s.description ? html`<br /><span class="typed">${s.description}</span>` : ''}
      </li>`,
  );
  const identity =
    c.identity_mode === 'anonymous' || !detail.identity
      ? t('staff.identityAnonymous')
      : [detail.identity.name, detail.identity.contact].filter(Boolean).join(' · ');

  const files = detail.files.map(
    (f) =>
      html`<li>
        ${f.name} · ${Math.ceil(f.size / 1024)} KB · <code>${f.sha256.slice(0, 16)}…</code>
        ${f.messageId ? html`· <span class="meta">${t('staff.fileFromReply')}</span>` : ''}
        <a href="${href}/berkas/${f.id}" download>${t('staff.download')}</a>
      </li>`,
  );
  const messages = detail.messages.map(
    (m) =>
      html`<li
        class="message${m.visibility === 'internal' ? ' internal' : ''}${m.author === 'staff' ? ' mine' : ''}"
      >
        <p class="meta">
          ${m.author === 'reporter' ? t('staff.fromReporter') : (m.authorName ?? t('follow.fromHandler'))}
          ·
          ${formatDateTime(m.createdAt, tz, lang)}${m.visibility === 'internal' ? html` · <strong>${t('staff.internalBadge')}</strong>` : ''}
        </p>
        <div class="typed">${m.body}</div>
        ${
          detail.files.filter((f) => f.messageId === m.id).length
            ? html`<p class="meta">
                ${t('follow.files')}:
                ${detail.files
                  .filter((f) => f.messageId === m.id)
                  .map((f) => f.name)
                  .join(', ')}
              </p>`
            : ''
        }
      </li>`,
  );
  const events = detail.events.map(
    (e) =>
      html`<li>
        ${formatDateTime(e.at, tz, lang)} ·
        ${e.from ? `${t(`state.${e.from}` as MessageKey)} → ` : ''}${t(`state.${e.to}` as MessageKey)}${e.outcome ? ` (${t(`outcome.${e.outcome}` as MessageKey)})` : ''}${e.actor ? ` · ${e.actor}` : ''}
      </li>`,
  );
  const move = detail.nextStates.length
    ? html`<form method="post" action="${href}/status" class="card">
        <h2>${t('staff.move')}</h2>
        <input type="hidden" name="_csrf" value="${csrf}" />
        <label for="to">${t('staff.moveTo')}</label>
        <select id="to" name="to">
          ${detail.nextStates.map((s) => html`<option value="${s}" ${chosen.to === s ? 'selected' : ''}>${t(`state.${s}` as MessageKey)}</option>`)}
        </select>
        ${errors.to ? html`<p class="error">${t(errors.to)}</p>` : ''}
        ${
          c.kind === 'apresiasi'
            ? ''
            : html`<label for="outcome">${t('staff.outcome')}</label>
                <select id="outcome" name="outcome">
                  <option value=""></option>
                  ${outcomes.map((o) => html`<option value="${o}" ${chosen.outcome === o ? 'selected' : ''}>${t(`outcome.${o}` as MessageKey)}</option>`)}
                </select>
                ${errors.outcome ? html`<p class="error">${t(errors.outcome)}</p>` : ''}`
        }
        <button type="submit">${t('staff.moveSubmit')}</button>
      </form>`
    : '';

  return html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
    <h1>${breakAfterSlashes(c.case_number)}</h1>
    <div class="card">
      <dl class="fields">
        <dt>${t('staff.state')}</dt>
        <dd>
          <span class="state">${t(`state.${c.state}` as MessageKey)}</span
          >${c.outcome ? ` · ${t(`outcome.${c.outcome}` as MessageKey)}` : ''}
        </dd>
        <dt>${t('staff.kind')}</dt>
        <dd>
          ${t(`kind.${c.kind}` as MessageKey)}${c.category ? ` · ${t(`category.${c.category}` as MessageKey)}` : ''}
        </dd>
        <dt>${t('staff.channel')}</dt>
        <dd>${detail.channel.place} (${detail.channel.code})</dd>
        <dt>${t('staff.submitted')}</dt>
        <dd>${formatDateTime(c.submitted_at, tz, lang)}</dd>
        ${
          c.escalated
            ? html`<dt>${t('staff.escalated')}</dt>
                <dd>✔</dd>`
            : ''
        }
      </dl>
    </div>
    <h2>${t('staff.report')}</h2>
    <div class="card">
      <p class="message">${report.description}</p>
      <dl class="fields">
        ${
          when
            ? html`<dt>${t('staff.occurred')}</dt>
                <dd>${when}</dd>`
            : ''
        }
        ${
          report.place
            ? html`<dt>${t('staff.place')}</dt>
                <dd>${report.place}</dd>`
            : ''
        }
        ${
          subjects.length
            ? html`<dt>${t('staff.subjects')}</dt>
                <dd>
                  <ul>
                    ${subjects}
                  </ul>
                </dd>`
            : ''
        }
        ${
          report.witnesses
            ? html`<dt>${t('staff.witnesses')}</dt>
                <dd class="typed">${report.witnesses}</dd>`
            : ''
        }
        <dt>${t('staff.identity')}</dt>
        <dd>
          ${c.identity_mode === 'confidential' && !detail.identity ? revealForm(t, href, csrf, errors) : identity}
          ${detail.reveals.map((r) => html`<p class="meta">${t('identity.revealed', { username: r.username, at: formatDateTime(r.at, tz, lang), reason: r.reason })}</p>`)}
        </dd>
      </dl>
    </div>
    ${
      files.length
        ? html`<h2>${t('staff.files')}</h2>
            <ul class="card">
              ${files}
            </ul>`
        : ''
    }
    ${move}
    <h2>${t('staff.messages')}</h2>
    ${
      messages.length
        ? html`<ul class="messages">
            ${messages}
          </ul>`
        : html`<p>${t('follow.noMessages')}</p>`
    }
    <form method="post" action="${href}/pesan" class="card">
      <h2>${t('staff.writeMessage')}</h2>
      <input type="hidden" name="_csrf" value="${csrf}" />
      <label class="check"
        ><input type="radio" name="visibility" value="reporter" checked />
        ${t('staff.toReporter')}</label
      >
      <label class="check"
        ><input type="radio" name="visibility" value="internal" /> ${t('staff.internal')}</label
      >
      <textarea name="body" aria-label="${t('staff.writeMessage')}" maxlength="10000"></textarea>
      ${errors.body ? html`<p class="error">${t(errors.body)}</p>` : ''}
      <button type="submit">${t('staff.send')}</button>
    </form>
    <h2>${t('staff.history')}</h2>
    <ul>
      ${events}
    </ul>`;
}

function revealForm(t: T, href: string, csrf: string, errors: FieldErrors) {
  return html`<p>${t('identity.hidden')}</p>
    <form method="post" action="${href}/identitas">
      <input type="hidden" name="_csrf" value="${csrf}" />
      <label for="reason">${t('identity.reason')}</label>
      <textarea id="reason" name="reason" maxlength="2000" required></textarea>
      ${errors.reason ? html`<p class="error">${t(errors.reason)}</p>` : ''}
      <button type="submit" class="secondary">${t('identity.reveal')}</button>
    </form>`;
}

/** The home of roles that never read content: what they may do, and cases nobody can read. */
export function overseerHome(
  t: T,
  role: string,
  unread: Array<{ code: string; name: string; count: number | string }>,
) {
  return html`<h1>${t('staff.title')}</h1>
    <p class="card">${t('staff.noReaders')} (${t(`role.${role}` as MessageKey)})</p>
    ${
      unread.length
        ? html`<div class="warning" role="alert">
            <p>${t('staff.unreadWarning')}</p>
            <ul>
              ${unread.map((u) => html`<li>${u.name} (${u.code}): ${String(u.count)}</li>`)}
            </ul>
          </div>`
        : ''
    }`;
}
