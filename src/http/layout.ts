/** The page frame shared by every HTML page: language, styles, header and footer. */
import type { Lang, MessageKey, T } from '../i18n/catalog.js';
import { html, type SafeHtml } from './html.js';

export type PageOptions = {
  lang: Lang;
  t: T;
  title: string;
  body: SafeHtml;
  /** The path of this page, so the language switch can come back to it; none, no switch. */
  path: string | undefined;
  header?: SafeHtml | undefined;
  scripts?: boolean;
  wide?: boolean | undefined;
};

/** A complete HTML document. No resource comes from another host. */
export function page(options: PageOptions): string {
  const { lang, t } = options;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const separator = options.path?.includes('?') ? '&' : '?';
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${options.title} · ${t('app.name')}</title>
        <link rel="stylesheet" href="/assets/app.css" />
        ${options.scripts ? html`<script src="/assets/app.js" defer></script>` : ''}
      </head>
      <body>
        <a class="skip" href="#main">${t('nav.skip')}</a>
        <header class="top">
          <a class="brand" href="/">${t('app.name')}</a>
          ${options.header ?? ''}
          ${
            options.path === undefined
              ? ''
              : html`<a
                  class="lang"
                  href="${options.path}${separator}lang=${other}"
                  hreflang="${other}"
                  lang="${other}"
                  >${t('lang.switch')}</a
                >`
          }
        </header>
        <main id="main" ${options.wide ? html` class="wide"` : ''}>${options.body}</main>
        <footer class="foot"><p>${t('app.tagline')}</p></footer>
      </body>
    </html>`.value;
}

// Written out, not linked: a reporter on a watched phone may prefer to type the address later.
const bodies: Array<[MessageKey, string, string?]> = [
  ['external.kompolnas', 'kompolnas.go.id'],
  ['external.ombudsman', 'ombudsman.go.id', '137'],
  ['external.komnasham', 'komnasham.go.id'],
  ['external.lpsk', 'lpsk.go.id', '148'],
  ['external.kpk', 'kpk.go.id', '198'],
];

/** The list of outside bodies a reporter may also turn to. */
export function externalBodies(t: T): SafeHtml {
  return html`<section class="external">
    <h2>${t('external.title')}</h2>
    <ul>
      ${bodies.map(
        ([key, site, phone]) =>
          html`<li>
            ${t(key)}<br /><span class="meta"
              >${site}${phone ? ` · ${t('external.call', { phone })}` : ''}</span
            >
          </li>`,
      )}
    </ul>
  </section>`;
}
