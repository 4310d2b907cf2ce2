/** The back office pages of a Propam section: the inbox and a case. */
import type { Lang, MessageKey, T } from '../i18n/catalog.js';
import { formatDateTime } from '../i18n/dates.js';
import { breakAfterSlashes, html, type SafeHtml } from '../http/html.js';
import type { FieldErrors } from '../errors.js';
import { categoryLabeller, defaultCategories, type CategoryLabel } from '../intake/categories.js';
import type { CaseDetail, InboxItem } from './cases.js';
import { oversightLinks } from '../stats/nav.js';
import { difficulties, tracks, type Sanction } from '../settings/settings.js';
import { complaintStates, outcomesFrom } from './states.js';

const caseHref = (number: string) => `/staf/kasus/${encodeURIComponent(number)}`;

export function staffHeader(t: T, username: string, csrf: string, role: string) {
  return html`<a href="/staf/akun" title="${t('account.link')}">${username}</a>
    ${role === 'admin' ? html`<a href="/staf/admin">${t('admin.link')}</a>` : ''}
    ${oversightLinks(t, role)}
    ${role === 'admin' || role === 'pimpinan' || role === 'triase' ? html`<a href="/staf/kanal">${t('channels.link')}</a>` : ''}
    <a href="/staf/sandi">${t('password.link')}</a>
    <form method="post" action="/staf/keluar" class="inline-form">
      <input type="hidden" name="_csrf" value="${csrf}" /><button type="submit" class="secondary">
        ${t('staff.logout')}
      </button>
    </form>`;
}

export type InboxQuery = {
  state?: string | undefined;
  q?: string | undefined;
  track?: string | undefined;
  overdue?: boolean | undefined;
  label?: string | undefined;
  awaiting?: 'approval' | undefined;
};

function inboxLink(query: InboxQuery, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...query, ...extra })) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(name, value === true ? '1' : String(value));
  }
  const text = params.toString();
  return text ? `/staf?${text}` : '/staf';
}

/** A deadline in the unit's zone, named, with what it is and how it stands. */
export function deadlineText(
  t: T,
  lang: Lang,
  timeZone: string,
  d: { kind: string; dueAt: Date; metAt: Date | null; status?: string },
) {
  const status = d.status ?? (d.metAt ? 'met' : 'upcoming');
  return html`<span class="deadline deadline-${status}"
    >${t(`deadline.${d.kind}` as MessageKey)}: ${formatDateTime(d.dueAt, timeZone, lang)} ·
    ${t(`deadlineStatus.${status}` as MessageKey)}</span
  >`;
}

export function inboxView(
  t: T,
  lang: Lang,
  unit: { name: string; timeZone: string },
  page: { items: InboxItem[]; nextCursor: string | null },
  query: InboxQuery,
  category: CategoryLabel = categoryLabeller(defaultCategories(), lang),
) {
  const { items } = page;
  const filters = html`<nav class="filters" aria-label="${t('staff.state')}">
    <a
      href="${inboxLink({ ...query, state: undefined })}"
      ${query.state ? '' : html`aria-current="page"`}
      >${t('staff.filterAll')}</a
    >
    ${complaintStates.map((s) => html`<a href="${inboxLink({ ...query, state: s })}" ${query.state === s ? html`aria-current="page"` : ''}>${t(`state.${s}` as MessageKey)}</a>`)}
    <a
      href="${inboxLink({ ...query, awaiting: query.awaiting ? undefined : 'approval' })}"
      ${query.awaiting ? html`aria-current="page"` : ''}
      >${t('inbox.awaitingApproval')}</a
    >
  </nav>`;
  const filtered = Boolean(query.q || query.track || query.overdue || query.label);
  const search = html`<details class="card" ${filtered ? 'open' : ''}>
    <summary>${t('inbox.searchTitle')}</summary>
    <form method="get" action="/staf" class="search">
      ${query.state ? html`<input type="hidden" name="state" value="${query.state}" />` : ''}
      ${query.awaiting ? html`<input type="hidden" name="awaiting" value="${query.awaiting}" />` : ''}
      <label for="q">${t('inbox.search')}</label>
      <input id="q" name="q" type="search" value="${query.q ?? ''}" maxlength="100" />
      <div class="row">
        <label
          >${t('case.track')}
          <select name="track">
            <option value=""></option>
            ${tracks.map((k) => html`<option value="${k}" ${query.track === k ? 'selected' : ''}>${t(`track.${k}` as MessageKey)}</option>`)}
          </select></label
        >
        <label class="check"
          ><input type="checkbox" name="overdue" value="1" ${query.overdue ? 'checked' : ''} />
          ${t('inbox.overdueOnly')}</label
        >
      </div>
      <button type="submit" class="secondary">${t('inbox.searchSubmit')}</button>
    </form>
  </details>`;
  const rows = items.map(
    (item) =>
      html`<tr class="${item.next?.status === 'overdue' ? 'overdue' : ''}">
        <td>
          <a href="${caseHref(item.case_number)}">${breakAfterSlashes(item.case_number)}</a
          >${item.escalated ? html` <span class="state">${t('staff.escalated')}</span>` : ''}
          ${item.labels.map((l) => html` <span class="label">${l}</span>`)}
          ${item.readable ? '' : html`<br /><span class="meta">${t('inbox.dataOnly')}</span>`}
        </td>
        <td>
          ${t(`kind.${item.kind}` as MessageKey)}${item.category ? html`<br /><span class="meta">${category(item.category)}</span>` : ''}
          <br /><span class="meta">${item.unitCode}</span>
        </td>
        <td>
          <span class="state">${t(`state.${item.state}` as MessageKey)}</span
          >${item.track ? html`<br /><span class="meta">${t(`track.${item.track}` as MessageKey)}</span>` : ''}${item.assignee ? html`<br /><span class="meta">${t('case.assignee')}: ${item.assignee}</span>` : ''}
        </td>
        <td>
          <span class="cell-label">${t('inbox.nextDeadline')}:</span>
          ${item.next ? deadlineText(t, lang, item.timeZone, item.next) : html`<span class="meta">—</span>`}
        </td>
        <td>
          <span class="cell-label">${t('staff.submitted')}:</span>
          ${formatDateTime(item.submitted_at, item.timeZone, lang)}
        </td>
      </tr>`,
  );
  const more = page.nextCursor
    ? html`<p>
        <a class="button secondary" href="${inboxLink(query, { cursor: page.nextCursor })}"
          >${t('inbox.more')}</a
        >
      </p>`
    : '';
  return html`<h1>${t('staff.inbox', { unit: unit.name })}</h1>
    ${filters} ${search}
    <p class="meta">${t('inbox.zonesNote')}</p>
    ${
      items.length
        ? html`<table class="inbox">
            <thead>
              <tr>
                <th>${t('staff.caseNumber')}</th>
                <th>${t('staff.kind')}</th>
                <th>${t('staff.state')}</th>
                <th>${t('inbox.nextDeadline')}</th>
                <th>${t('staff.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : html`<p class="card">${t('staff.inboxEmpty')}</p>`
    }
    ${more}`;
}

/** What the user typed into the form that failed, and which form it was. */
export type Entered = { form?: string | undefined; values: Record<string, string | undefined> };

export function caseView(
  t: T,
  lang: Lang,
  detail: CaseDetail,
  csrf: string,
  errors: FieldErrors = {},
  entered: Entered = { values: {} },
  category: CategoryLabel = categoryLabeller(defaultCategories(), lang),
  sanctions: Sanction[] = [],
) {
  const c = detail.case;
  const tz = detail.unit.timeZone;
  const href = caseHref(c.case_number);
  const content = detail.content;
  const err = (form: string, name: string) =>
    entered.form === form && errors[name] ? html`<p class="error">${t(errors[name])}</p>` : '';
  const val = (form: string, name: string, fallback = '') =>
    entered.form === form ? (entered.values[name] ?? fallback) : fallback;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}" />`;
  const now = new Date();

  const summary = html`<div class="card">
    <dl class="fields">
      <dt>${t('staff.state')}</dt>
      <dd>
        <span class="state">${t(`state.${c.state}` as MessageKey)}</span
        >${c.outcome ? ` · ${t(`outcome.${c.outcome}` as MessageKey)}` : ''}${c.sanction ? ` · ${sanctionLabel(sanctions, c.sanction)}` : ''}
      </dd>
      <dt>${t('staff.kind')}</dt>
      <dd>${t(`kind.${c.kind}` as MessageKey)}${c.category ? ` · ${category(c.category)}` : ''}</dd>
      <dt>${t('case.unit')}</dt>
      <dd>${detail.unit.name} (${detail.unit.code})</dd>
      <dt>${t('staff.channel')}</dt>
      <dd>${detail.channel.place} (${detail.channel.code})</dd>
      <dt>${t('staff.submitted')}</dt>
      <dd>${formatDateTime(c.submitted_at, tz, lang)}</dd>
      ${
        c.kind !== 'apresiasi'
          ? html`<dt>${t('case.track')}</dt>
              <dd>
                ${c.track ? t(`track.${c.track}` as MessageKey) : html`<span class="meta">${t('case.notAssessed')}</span>`}
              </dd>
              <dt>${t('case.difficulty')}</dt>
              <dd>${c.difficulty ? t(`difficulty.${c.difficulty}` as MessageKey) : '—'}</dd>
              <dt>${t('case.assignee')}</dt>
              <dd>${detail.assignee ?? '—'}</dd>`
          : ''
      }
      ${
        c.approved_at || (detail.approvalRequired && c.state !== 'selesai')
          ? html`<dt>${t('case.approval')}</dt>
              <dd>
                ${c.approved_at ? t('case.approvedBy', { username: detail.approvedBy ?? '', at: formatDateTime(c.approved_at, tz, lang) }) : c.approval_requested_at ? t('case.approvalRequested', { at: formatDateTime(c.approval_requested_at, tz, lang) }) : t('case.notApproved')}${c.approved_outcome ? ` · ${t(`outcome.${c.approved_outcome}` as MessageKey)}` : ''}${c.approved_sanction ? ` · ${sanctionLabel(sanctions, c.approved_sanction)}` : ''}
              </dd>`
          : ''
      }
      ${
        c.escalated
          ? html`<dt>${t('staff.escalated')}</dt>
              <dd>✔</dd>`
          : ''
      }
      <dt>${t('case.labels')}</dt>
      <dd>
        ${detail.labels.length ? detail.labels.map((l) => html`<span class="label">${l}</span> `) : '—'}
      </dd>
    </dl>
  </div>`;

  const deadlines = detail.deadlines.length
    ? html`<h2>${t('case.deadlines')}</h2>
        <ul class="card deadlines">
          ${detail.deadlines.map(
            (d) =>
              html`<li>
                ${deadlineText(t, lang, tz, { ...d, status: statusNow(d, now) })}${d.metAt ? html` <span class="meta">(${t('deadline.metOn', { at: formatDateTime(d.metAt, tz, lang) })})</span>` : ''}
              </li>`,
          )}
        </ul>`
    : '';

  const steps = detail.steps;
  const actions = html`${steps.assess ? assessForm(t, href, hidden, c, content?.retaliationRisk ?? '', err, val) : ''}
  ${steps.assign ? assignForm(t, href, hidden, detail, err, val) : ''}
  ${
    steps.approve
      ? html`<form method="post" id="form-approve" action="${href}/persetujuan" class="card">
          <h2>${t('case.approveTitle')}</h2>
          ${hidden}
          <p>${t('case.approveLead')}</p>
          ${conclusionFields(t, 'approve', detail, sanctions, err, val, 'approve-')}
          <button type="submit">${t('case.approveSubmit')}</button>
        </form>`
      : ''
  }
  ${detail.nextStates.length ? moveForm(t, href, hidden, detail, sanctions, err, val) : ''}
  ${steps.progress ? progressForm(t, href, hidden, err, val) : ''}
  ${steps.forward ? forwardForm(t, href, hidden, err, val) : ''}`;

  const readerPart = content
    ? readerView(t, lang, detail, content, href, hidden, err, val)
    : html`<p class="card">${t('case.metadataOnly')}</p>`;

  const history = detail.events.map(
    (e) =>
      html`<li>
        ${formatDateTime(e.at, tz, lang)} · ${eventText(t, e)}${e.actor ? ` · ${e.actor}` : ''}
      </li>`,
  );

  const failed =
    entered.form && Object.keys(errors).length
      ? html`<div class="errors" role="alert">
          <p>${t('case.formRefused')}</p>
          <p><a href="#form-${entered.form}">${t('case.toTheForm')}</a></p>
        </div>`
      : '';
  return html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
    <h1>${breakAfterSlashes(c.case_number)}</h1>
    ${failed} ${summary} ${deadlines} ${readerPart} ${actions}
    ${
      steps.label
        ? html`<form method="post" id="form-label" action="${href}/label" class="card">
            <h2>${t('case.labels')}</h2>
            ${hidden}
            ${detail.labels.map((l) => html`<button type="submit" name="remove" value="${l}" class="secondary small" aria-label="${t('case.labelRemove', { label: l })}">${l} ✕</button> `)}
            <label for="add">${t('case.labelAdd')}</label>
            <input id="add" name="add" maxlength="40" value="${val('label', 'add')}" />
            ${err('label', 'add')}
            <button type="submit" class="secondary">${t('case.labelAddSubmit')}</button>
          </form>`
        : ''
    }
    ${steps.export ? html`<p><a class="button secondary" href="${href}/berkas-perkara.pdf">${t('case.exportDossier')}</a></p>` : ''}
    <h2>${t('staff.history')}</h2>
    <ul>
      ${history}
    </ul>`;
}

function statusNow(d: { dueAt: Date; metAt: Date | null }, now: Date) {
  if (d.metAt) return d.metAt <= d.dueAt ? 'met' : 'late_met';
  return d.dueAt < now ? 'overdue' : 'upcoming';
}

function sanctionLabel(list: Sanction[], code: string) {
  return list.find((s) => s.code === code)?.label ?? code;
}

function eventText(t: T, e: CaseDetail['events'][number]): string {
  switch (e.kind) {
    case 'state':
      return `${e.from ? `${t(`state.${e.from}` as MessageKey)} → ` : ''}${t(`state.${e.to}` as MessageKey)}${e.outcome ? ` (${t(`outcome.${e.outcome}` as MessageKey)})` : ''}`;
    case 'assign':
      return t('event.assign', { username: e.detail ?? '' });
    case 'assess':
      return [t('event.assess'), ...assessed(t, e.detail)].join(' · ');
    case 'approve':
      return `${t('event.approve')}${e.outcome ? ` (${t(`outcome.${e.outcome}` as MessageKey)})` : ''}`;
    case 'approval_request':
      return `${t('event.approvalRequest')}${e.outcome ? ` (${t(`outcome.${e.outcome}` as MessageKey)})` : ''}`;
    case 'forward':
      return t('event.forward', { units: e.detail ?? '' });
    case 'label':
      return t('event.label', { labels: e.detail ?? '' });
    default:
      return e.kind;
  }
}

type Err = (form: string, name: string) => SafeHtml | '';

/** What an assessment changed, from its history entry (`track=disiplin difficulty=sedang`). */
export function assessed(t: T, detail: string | null): string[] {
  return (detail ?? '').split(' ').flatMap((part) => {
    const [name, value] = part.split('=');
    if (name === 'track' && value)
      return [`${t('case.track')}: ${t(`track.${value}` as MessageKey)}`];
    if (name === 'difficulty' && value)
      return [`${t('case.difficulty')}: ${t(`difficulty.${value}` as MessageKey)}`];
    if (name === 'retaliation_risk') return [t('event.riskNote')];
    return [];
  });
}
type Val = (form: string, name: string, fallback?: string) => string;

function readerView(
  t: T,
  lang: Lang,
  detail: CaseDetail,
  content: NonNullable<CaseDetail['content']>,
  href: string,
  hidden: SafeHtml,
  err: Err,
  val: Val,
) {
  const c = detail.case;
  const tz = detail.unit.timeZone;
  const report = content.report;
  const when = [report.occurredAt, report.occurredAtNote].filter(Boolean).join(' · ');
  const subjects = report.subjects.map(
    (s) =>
      html`<li>
        ${[s.name, s.rank, s.nrp ? `NRP ${s.nrp}` : '', s.unit].filter(Boolean).join(' · ')}${s.description ? html`<br /><span class="typed">${s.description}</span>` : ''}
      </li>`,
  );
  const identity =
    c.identity_mode === 'anonymous' || !content.identity
      ? t('staff.identityAnonymous')
      : [content.identity.name, content.identity.contact].filter(Boolean).join(' · ');
  const files = content.files.map(
    (f) =>
      html`<li>
        ${f.name} · ${Math.ceil(f.size / 1024)} KB · <code>${f.sha256.slice(0, 16)}…</code>
        ${f.messageId ? html`· <span class="meta">${t('staff.fileFromReply')}</span>` : ''}
        <a href="${href}/berkas/${f.id}" download>${t('staff.download')}</a>
      </li>`,
  );
  const messages = content.messages.map((m) => {
    const attached = content.files.filter((f) => f.messageId === m.id);
    return html`<li
      class="message${m.visibility === 'internal' ? ' internal' : ''}${m.author === 'staff' ? ' mine' : ''}${m.kind === 'progress' ? ' progress' : ''}"
    >
      <p class="meta">
        ${m.author === 'reporter' ? t('staff.fromReporter') : (m.authorName ?? t('follow.fromHandler'))}
        ·
        ${formatDateTime(m.createdAt, tz, lang)}${m.author === 'reporter' ? html` <span title="${t('staff.timeRoundedHint')}">(${t('staff.timeRounded')})</span>` : ''}${m.visibility === 'internal' ? html` · <strong>${t('staff.internalBadge')}</strong>` : ''}${m.kind === 'progress' ? html` · <strong>${t('progress.badge')}</strong>` : ''}
      </p>
      ${m.kind === 'progress' ? progressBody(t, m.body, `${href}/perkembangan/${m.id}.pdf`) : html`<div class="typed">${m.body}</div>`}
      ${attached.length ? html`<p class="meta">${t('follow.files')}: ${attached.map((f) => f.name).join(', ')}</p>` : ''}
    </li>`;
  });
  const related = content.related.length
    ? html`<div class="warning">
        <h2>${t('case.related')}</h2>
        <p>${t('case.relatedLead')}</p>
        <ul>
          ${content.related.map((r) => html`<li><a href="${caseHref(r.caseNumber)}">${breakAfterSlashes(r.caseNumber)}</a> · ${t(`state.${r.state}` as MessageKey)} · ${r.unitCode} · ${formatDateTime(r.submittedAt, tz, lang)}</li>`)}
        </ul>
      </div>`
    : '';

  return html`${related}
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
          ${c.identity_mode === 'confidential' && !content.identity ? revealForm(t, href, hidden, err, val) : identity}
          ${content.reveals.map((r) => html`<p class="meta">${t('identity.revealed', { username: r.username, at: formatDateTime(r.at, tz, lang), reason: r.reason })}</p>`)}
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
    <h2>${t('staff.messages')}</h2>
    ${
      messages.length
        ? html`<ul class="messages">
            ${messages}
          </ul>`
        : html`<p>${t('follow.noMessages')}</p>`
    }
    ${
      detail.steps.write
        ? html`<form method="post" id="form-message" action="${href}/pesan" class="card">
            <h2>${t('staff.writeMessage')}</h2>
            ${hidden}
            <label class="check"
              ><input
                type="radio"
                name="visibility"
                value="reporter"
                ${val('message', 'visibility', 'reporter') === 'reporter' ? 'checked' : ''}
              />
              ${t('staff.toReporter')}</label
            >
            <label class="check"
              ><input
                type="radio"
                name="visibility"
                value="internal"
                ${val('message', 'visibility') === 'internal' ? 'checked' : ''}
              />
              ${t('staff.internal')}</label
            >
            <textarea name="body" aria-label="${t('staff.writeMessage')}" maxlength="10000">
${val('message', 'body')}</textarea>
            ${err('message', 'body')}
            <button type="submit">${t('staff.send')}</button>
          </form>`
        : ''
    }`;
}

/** A progress update's four parts; a body that is not one (it never should be) shows as text. */
export function progressBody(t: T, body: string, letterHref?: string) {
  let update: Partial<Record<'done' | 'results' | 'obstacles' | 'next', string>>;
  try {
    update = JSON.parse(body) as typeof update;
  } catch {
    return html`<div class="typed">${body}</div>`;
  }
  return html`<dl class="fields">
      <dt>${t('progress.done')}</dt>
      <dd class="typed">${update.done ?? ''}</dd>
      <dt>${t('progress.results')}</dt>
      <dd class="typed">${update.results ?? ''}</dd>
      <dt>${t('progress.obstacles')}</dt>
      <dd class="typed">${update.obstacles || t('progress.none')}</dd>
      <dt>${t('progress.next')}</dt>
      <dd class="typed">${update.next ?? ''}</dd>
    </dl>
    ${letterHref ? html`<p><a href="${letterHref}">${t('progress.letter')}</a></p>` : ''}`;
}

function assessForm(
  t: T,
  href: string,
  hidden: SafeHtml,
  c: CaseDetail['case'],
  risk: string,
  err: Err,
  val: Val,
) {
  const track = val('assess', 'track', c.track ?? '');
  const difficulty = val('assess', 'difficulty', c.difficulty ?? '');
  return html`<form method="post" id="form-assess" action="${href}/penilaian" class="card">
    <h2>${t('case.assessTitle')}</h2>
    ${hidden}
    <label for="track">${t('case.track')}</label>
    <select id="track" name="track">
      <option value=""></option>
      ${tracks.map((k) => html`<option value="${k}" ${track === k ? 'selected' : ''}>${t(`track.${k}` as MessageKey)}</option>`)}
    </select>
    ${err('assess', 'track')}
    <label for="difficulty">${t('case.difficulty')}</label>
    <select id="difficulty" name="difficulty">
      <option value=""></option>
      ${difficulties.map((k) => html`<option value="${k}" ${difficulty === k ? 'selected' : ''}>${t(`difficulty.${k}` as MessageKey)}</option>`)}
    </select>
    ${err('assess', 'difficulty')}
    <label for="retaliationRisk">${t('case.retaliationRisk')}</label>
    <p class="hint">${t('case.retaliationRiskHint')}</p>
    <textarea id="retaliationRisk" name="retaliationRisk" maxlength="4000">
${val('assess', 'retaliationRisk', risk)}</textarea>
    ${err('assess', 'retaliationRisk')}
    <button type="submit">${t('case.assessSubmit')}</button>
  </form>`;
}

function assignForm(t: T, href: string, hidden: SafeHtml, detail: CaseDetail, err: Err, val: Val) {
  const chosen = val('assign', 'username', detail.assignee ?? '');
  return html`<form method="post" id="form-assign" action="${href}/penugasan" class="card">
    <h2>${t('case.assignTitle')}</h2>
    ${hidden}
    ${
      detail.investigators.length
        ? html`<label for="username">${t('case.assignee')}</label>
            <select id="username" name="username">
              ${detail.investigators.map((u) => html`<option value="${u}" ${chosen === u ? 'selected' : ''}>${u}</option>`)}
            </select>
            ${err('assign', 'username')}
            <button type="submit">${t('case.assignSubmit')}</button>`
        : html`<p class="meta">${t('case.noInvestigators')}</p>`
    }
  </form>`;
}

function moveForm(
  t: T,
  href: string,
  hidden: SafeHtml,
  detail: CaseDetail,
  sanctions: Sanction[],
  err: Err,
  val: Val,
) {
  const c = detail.case;
  const to = val('move', 'to');
  // Once a head approved a conclusion, it is what the form offers first.
  const outcome = val('move', 'outcome', c.approved_outcome ?? '');
  const sanction = val('move', 'sanction', c.approved_sanction ?? '');
  const concluding = detail.nextStates.includes('selesai') && c.kind !== 'apresiasi';
  const fitting = sanctions.filter((s) => s.track === c.track);
  return html`<form method="post" id="form-move" action="${href}/status" class="card">
    <h2>${t('staff.move')}</h2>
    ${hidden}
    <label for="to">${t('staff.moveTo')}</label>
    <select id="to" name="to">
      ${detail.nextStates.map((s) => html`<option value="${s}" ${to === s ? 'selected' : ''}>${t(`state.${s}` as MessageKey)}</option>`)}
    </select>
    ${err('move', 'to')}
    ${
      concluding
        ? html`<label for="outcome">${t('staff.outcome')}</label>
            <p class="hint">${t('case.outcomeHint')}</p>
            <select id="outcome" name="outcome">
              <option value=""></option>
              ${outcomesFrom(c.state).map((o) => html`<option value="${o}" ${outcome === o ? 'selected' : ''}>${t(`outcome.${o}` as MessageKey)}</option>`)}
            </select>
            ${err('move', 'outcome')}
            ${
              fitting.length && outcomesFrom(c.state).includes('terbukti')
                ? html`<label for="sanction">${t('case.sanction')}</label>
                    <select id="sanction" name="sanction">
                      <option value=""></option>
                      ${fitting.map((s) => html`<option value="${s.code}" ${sanction === s.code ? 'selected' : ''}>${s.label}</option>`)}
                    </select>
                    ${err('move', 'sanction')}`
                : ''
            }
            ${detail.approvalRequired && !c.approved_at ? html`<p class="hint">${t('case.approvalHint')}</p>` : ''}`
        : ''
    }
    <button type="submit">${t('staff.moveSubmit')}</button>
    ${detail.mayRequestApproval && concluding ? html`<button type="submit" class="secondary" formaction="${href}/pengajuan">${t('case.requestApproval')}</button>` : ''}
  </form>`;
}

/** The outcome and, for a substantiated case, the sanction: to approve a conclusion. */
function conclusionFields(
  t: T,
  form: string,
  detail: CaseDetail,
  sanctions: Sanction[],
  err: Err,
  val: Val,
  prefix: string,
) {
  const c = detail.case;
  const outcome = val(form, 'outcome', c.approved_outcome ?? detail.proposal?.outcome ?? '');
  const sanction = val(form, 'sanction', c.approved_sanction ?? detail.proposal?.sanction ?? '');
  const fitting = sanctions.filter((s) => s.track === c.track);
  return html`<label for="${prefix}outcome">${t('staff.outcome')}</label>
    <select id="${prefix}outcome" name="outcome">
      <option value=""></option>
      ${outcomesFrom(c.state).map((o) => html`<option value="${o}" ${outcome === o ? 'selected' : ''}>${t(`outcome.${o}` as MessageKey)}</option>`)}
    </select>
    ${err(form, 'outcome')}
    ${
      fitting.length && outcomesFrom(c.state).includes('terbukti')
        ? html`<label for="${prefix}sanction">${t('case.sanction')}</label>
            <select id="${prefix}sanction" name="sanction">
              <option value=""></option>
              ${fitting.map((s) => html`<option value="${s.code}" ${sanction === s.code ? 'selected' : ''}>${s.label}</option>`)}
            </select>
            ${err(form, 'sanction')}`
        : ''
    }`;
}

function progressForm(t: T, href: string, hidden: SafeHtml, err: Err, val: Val) {
  const part = (name: 'done' | 'results' | 'obstacles' | 'next', required: boolean) =>
    html`<label for="progress-${name}">${t(`progress.${name}` as MessageKey)}</label>
      <textarea id="progress-${name}" name="${name}" maxlength="4000" ${required ? 'required' : ''}>
${val('progress', name)}</textarea>
      ${err('progress', name)}`;
  return html`<form method="post" id="form-progress" action="${href}/perkembangan" class="card">
    <h2>${t('progress.title')}</h2>
    <p class="hint">${t('progress.lead')}</p>
    ${hidden} ${part('done', true)} ${part('results', true)} ${part('obstacles', false)}
    ${part('next', true)}
    <button type="submit">${t('progress.submit')}</button>
  </form>`;
}

function forwardForm(t: T, href: string, hidden: SafeHtml, err: Err, val: Val) {
  return html`<details
    class="card"
    ${val('forward', 'unit') || val('forward', 'reason') ? 'open' : ''}
  >
    <summary>${t('forward.title')}</summary>
    <form method="post" id="form-forward" action="${href}/teruskan">
      ${hidden}
      <p class="hint">${t('forward.lead')}</p>
      <label for="forward-unit">${t('forward.unit')}</label>
      <input
        id="forward-unit"
        name="unit"
        maxlength="60"
        autocapitalize="characters"
        value="${val('forward', 'unit')}"
      />
      ${err('forward', 'unit')}
      <label for="forward-reason">${t('forward.reason')}</label>
      <textarea id="forward-reason" name="reason" maxlength="2000">
${val('forward', 'reason')}</textarea>
      ${err('forward', 'reason')}
      <button type="submit">${t('forward.submit')}</button>
    </form>
  </details>`;
}

function revealForm(t: T, href: string, hidden: SafeHtml, err: Err, val: Val) {
  return html`<p>${t('identity.hidden')}</p>
    <form method="post" id="form-reveal" action="${href}/identitas">
      ${hidden}
      <label for="reason">${t('identity.reason')}</label>
      <textarea id="reason" name="reason" maxlength="2000" required>
${val('reveal', 'reason')}</textarea>
      ${err('reveal', 'reason')}
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
    ${unreadWarning(t, unread)}`;
}

/** The administrator's warning: units with cases that nobody can read yet. */
export function unreadWarning(
  t: T,
  unread: Array<{ code: string; name: string; count: number | string }>,
) {
  return unread.length
    ? html`<div class="warning" role="alert">
        <p>${t('staff.unreadWarning')}</p>
        <ul>
          ${unread.map((u) => html`<li>${u.name} (${u.code}): ${String(u.count)}</li>`)}
        </ul>
      </div>`
    : '';
}
