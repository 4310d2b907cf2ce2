/** Misconduct categories (DESIGN §4), by code. */
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
