/**
 * Deployment settings that administrators change at run time (deadlines, approval, forwarding,
 * the sanction list). Each is a JSON value in the `settings` table under its name; an unset
 * setting is its default. Settings that need a restart live in the config module instead.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { categoryCode, defaultCategories } from '../intake/categories.js';

/** A length of time: calendar days, working days (no weekends, no holidays) or months. */
const period = z.object({
  amount: z.number().int().min(1).max(1000),
  unit: z.enum(['days', 'workdays', 'months']),
});
export type Period = z.infer<typeof period>;

export const difficulties = ['mudah', 'sedang', 'sulit', 'sangat_sulit'] as const;
export type Difficulty = (typeof difficulties)[number];
export const tracks = ['disiplin', 'kode_etik', 'pidana'] as const;
export type Track = (typeof tracks)[number];

const dayList = z.array(z.number().int().min(1).max(1000)).max(60);

const deadlineRules = z.object({
  acknowledge: period,
  feedback: period,
  /** Days after submission on which a progress update (SP2HP) is due, by difficulty. */
  progress: z.object({ mudah: dayList, sedang: dayList, sulit: dayList, sangat_sulit: dayList }),
  /** Whether the progress days count working days instead of calendar days. */
  progressUnit: z.enum(['days', 'workdays']),
  /** How long before a deadline its reminder goes out. */
  remindHoursBefore: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
});
export type DeadlineRules = z.infer<typeof deadlineRules>;

const sanction = z.object({
  code: z.string().regex(/^[a-z0-9_]{2,60}$/),
  track: z.enum(['disiplin', 'kode_etik']),
  /** `disiplin` (PP 2/2003), `etika` or `administratif` (Perpol 7/2022). */
  group: z.enum(['disiplin', 'etika', 'administratif']),
  label: z.string().min(2).max(200),
});
export type Sanction = z.infer<typeof sanction>;

/** A misconduct category; retired (`active: false`) ones stay so old cases keep their label. */
const category = z.object({
  code: z.string().regex(categoryCode),
  labelId: z.string().trim().min(2).max(120),
  labelEn: z.string().trim().min(2).max(120),
  active: z.boolean(),
});

const categoryList = z
  .array(category)
  .min(1)
  .max(200)
  .refine((list) => new Set(list.map((c) => c.code)).size === list.length, 'codes repeat')
  .refine((list) => list.some((c) => c.active), 'no category is offered');

const every = (from: number, step: number, to: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

const schemas = {
  deadlines: deadlineRules,
  /** Concluding a complaint needs a pimpinan's approval first. */
  approvalRequired: z.boolean(),
  /** The unit that forwards a case keeps reading it. */
  forwardKeepsAccess: z.boolean(),
  sanctions: z.array(sanction).min(1).max(100),
  /** The misconduct categories reporters choose from, in the order they are offered. */
  categories: categoryList,
};

export type Settings = { [K in keyof typeof schemas]: z.infer<(typeof schemas)[K]> };

export const defaultSettings: Settings = {
  deadlines: {
    acknowledge: { amount: 7, unit: 'days' },
    feedback: { amount: 3, unit: 'months' },
    progress: {
      mudah: [10, 20, 30],
      sedang: every(15, 15, 60),
      sulit: every(15, 15, 90),
      sangat_sulit: every(20, 20, 120),
    },
    progressUnit: 'days',
    remindHoursBefore: 48,
  },
  approvalRequired: true,
  forwardKeepsAccess: false,
  sanctions: [
    // PP 2/2003 Pasal 9: discipline punishments.
    ['teguran_tertulis', 'disiplin', 'disiplin', 'Teguran tertulis'],
    [
      'tunda_pendidikan',
      'disiplin',
      'disiplin',
      'Penundaan mengikuti pendidikan paling lama 1 tahun',
    ],
    ['tunda_gaji_berkala', 'disiplin', 'disiplin', 'Penundaan kenaikan gaji berkala'],
    ['tunda_pangkat', 'disiplin', 'disiplin', 'Penundaan kenaikan pangkat paling lama 1 tahun'],
    ['mutasi_demosi', 'disiplin', 'disiplin', 'Mutasi yang bersifat demosi'],
    ['bebas_jabatan', 'disiplin', 'disiplin', 'Pembebasan dari jabatan'],
    ['tempat_khusus', 'disiplin', 'disiplin', 'Penempatan dalam tempat khusus paling lama 21 hari'],
    // Perpol 7/2022 Pasal 107: ethics sanctions and administrative sanctions.
    [
      'perbuatan_tercela',
      'kode_etik',
      'etika',
      'Perilaku pelanggar dinyatakan sebagai perbuatan tercela',
    ],
    ['minta_maaf', 'kode_etik', 'etika', 'Kewajiban meminta maaf secara lisan dan/atau tertulis'],
    [
      'pembinaan',
      'kode_etik',
      'etika',
      'Kewajiban mengikuti pembinaan mental kepribadian, kejiwaan, keagamaan dan pengetahuan profesi',
    ],
    [
      'etik_mutasi_demosi',
      'kode_etik',
      'administratif',
      'Mutasi bersifat demosi paling singkat 1 tahun',
    ],
    [
      'etik_tunda_pangkat',
      'kode_etik',
      'administratif',
      'Penundaan kenaikan pangkat paling singkat 1 tahun dan paling lama 3 tahun',
    ],
    [
      'etik_tunda_pendidikan',
      'kode_etik',
      'administratif',
      'Penundaan pendidikan paling singkat 1 tahun dan paling lama 3 tahun',
    ],
    [
      'etik_tempat_khusus',
      'kode_etik',
      'administratif',
      'Penempatan pada tempat khusus paling lama 30 hari kerja',
    ],
    ['ptdh', 'kode_etik', 'administratif', 'Pemberhentian tidak dengan hormat (PTDH)'],
  ].map(([code, track, group, label]) => sanction.parse({ code, track, group, label })),
  categories: defaultCategories(),
};

export type SettingName = keyof Settings;

/** Every setting, stored values over defaults. A stored value that no longer parses is ignored. */
export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db
    .selectFrom('settings')
    .select(['name', 'value'])
    .where('name', 'in', Object.keys(schemas))
    .execute();
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const row of rows) {
    const name = row.name as SettingName;
    try {
      const parsed = schemas[name].safeParse(JSON.parse(row.value));
      if (parsed.success) settings[name] = parsed.data;
    } catch {
      // A hand-edited value that is not JSON: the default stands.
    }
  }
  return settings as Settings;
}

/** Validates and stores one setting; throws a ZodError on a bad value. */
export async function saveSetting<K extends SettingName>(
  db: Db,
  name: K,
  value: Settings[K],
): Promise<void> {
  const parsed = schemas[name].parse(value);
  const json = JSON.stringify(parsed);
  await db
    .insertInto('settings')
    .values({ name, value: json })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: json }))
    .execute();
}

export { schemas as settingSchemas };
