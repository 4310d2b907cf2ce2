/**
 * Misconduct categories (DESIGN §4). The deployment's list is a setting (`categories`) that an
 * administrator extends, renames and retires; these codes are the list it starts from. A
 * retired category is no longer offered to reporters, but keeps its label for the cases filed
 * under it, so nothing is ever deleted.
 */
import { isMessageKey, translate, type Lang } from '../i18n/catalog.js';

/** The codes a new deployment starts with. */
export const categories = [
  'pungli',
  'penyalahgunaan_wewenang',
  'kekerasan',
  'suap_gratifikasi',
  'narkoba',
  'asusila',
  'pelayanan_tidak_profesional',
  'rekayasa_perkara',
  'pelanggaran_disiplin',
  'pelanggaran_kode_etik',
  'lainnya',
] as const;

export type Category = (typeof categories)[number];

/** One category of the deployment's list. */
export type CategoryDef = { code: string; labelId: string; labelEn: string; active: boolean };

/** What a category code looks like: the same shape as the starting codes. */
export const categoryCode = /^[a-z][a-z0-9_]{1,59}$/;

/** The starting list, labelled as the catalogue labels the starting codes. */
export function defaultCategories(): CategoryDef[] {
  return categories.map((code) => ({
    code,
    labelId: translate('id', `category.${code}`),
    labelEn: translate('en', `category.${code}`),
    active: true,
  }));
}

/**
 * The label of a category in `lang`. A code missing from the list (a hand-edited setting) still
 * shows a catalogue label if it has one, else the code itself: an old case stays readable.
 */
export function categoryLabel(list: readonly CategoryDef[], code: string, lang: Lang): string {
  const found = list.find((c) => c.code === code);
  if (found) return lang === 'id' ? found.labelId : found.labelEn;
  const key = `category.${code}`;
  return isMessageKey(key) ? translate(lang, key) : code;
}

/** A labeller bound to a list and a language, for views that show many cases. */
export type CategoryLabel = (code: string) => string;

export function categoryLabeller(list: readonly CategoryDef[], lang: Lang): CategoryLabel {
  return (code) => categoryLabel(list, code, lang);
}

/** The categories a reporter may choose now, labelled in `lang`, in the list's order. */
export function offeredCategories(
  list: readonly CategoryDef[],
  lang: Lang,
): Array<{ code: string; label: string }> {
  return list
    .filter((c) => c.active)
    .map((c) => ({ code: c.code, label: lang === 'id' ? c.labelId : c.labelEn }));
}

/** Whether a reporter may file a new report under `code`. */
export function isOffered(list: readonly CategoryDef[], code: string): boolean {
  return list.some((c) => c.code === code && c.active);
}
