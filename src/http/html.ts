/** HTML built from template literals in which every interpolated value is escaped. */

const brand = Symbol('safe html');

/** A fragment of HTML that is already safe to send. */
export type SafeHtml = { readonly [brand]: true; readonly value: string };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && brand in value;
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isSafe(value)) return value.value;
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` passes through. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return { [brand]: true, value: out };
}

/** Marks trusted markup (never user input) as safe. */
export function trusted(markup: string): SafeHtml {
  return { [brand]: true, value: markup };
}

/** Text that may break after each slash on a narrow screen (case numbers), escaped. */
export function breakAfterSlashes(text: string): SafeHtml {
  return trusted(escapeHtml(text).replace(/\//g, '/<wbr>'));
}
