/** QR channels: one printed code in one place, leading to a unit's report forms. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Channel, ChannelForm, Unit } from '../db/schema.js';
import { AppError } from '../errors.js';
import { CsvError, parseCsv } from '../import/csv.js';

export const channelCode = z
  .string()
  .transform((code) => code.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'code must be letters, digits and dashes'));

const channelInput = z.object({
  code: channelCode,
  unit: z.string().transform((code) => code.trim().toUpperCase()),
  place: z.string().trim().min(1, 'place is empty').max(200, 'place is longer than 200 characters'),
  form: z.enum(['full', 'quick', 'appreciation'], 'form must be full, quick or appreciation'),
  note: z
    .string()
    .trim()
    .max(500, 'note is longer than 500 characters')
    .optional()
    .transform((v) => v || undefined),
});

export type ChannelInput = z.input<typeof channelInput>;
export type ChannelWithUnit = Channel & { unit: Unit };

/** Creates or updates a channel by code. */
export async function upsertChannel(db: Db, input: ChannelInput): Promise<Channel> {
  const parsed = channelInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'error.validation', {
      detail: parsed.error.issues.map((i) => i.message).join('; '),
    });
  }
  const { code, unit, place, form, note } = parsed.data;
  const unitRow = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', unit)
    .executeTakeFirst();
  if (!unitRow) throw new AppError('not_found', 'error.notFound', { detail: `no unit ${unit}` });

  const values = {
    code,
    unit_id: unitRow.id,
    place,
    form: form as ChannelForm,
    ...(note ? { note } : {}),
  };
  return db
    .insertInto('channels')
    .values(values)
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Upserts channels from CSV (`code,unit,place,form`); all or nothing. */
export async function importChannels(db: Db, text: string): Promise<number> {
  const rows = parseCsv(text, ['code', 'unit', 'place', 'form']);
  await db.transaction().execute(async (trx) => {
    for (const { line, values } of rows) {
      try {
        await upsertChannel(trx, values as ChannelInput);
      } catch (error) {
        if (error instanceof AppError) throw new CsvError(line, error.message);
        throw error;
      }
    }
  });
  return rows.length;
}

/** Retires a channel: its URL then answers 410 and lists the unit's active channels. */
export async function retireChannel(db: Db, code: string): Promise<void> {
  const result = await db
    .updateTable('channels')
    .set({ state: 'retired' })
    .where('code', '=', code.trim().toUpperCase())
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new AppError('not_found', 'error.notFound', { detail: `no channel ${code}` });
  }
}

/** Finds a channel and its unit by code, without regard to case. */
export async function findChannel(db: Db, code: string): Promise<ChannelWithUnit | undefined> {
  const parsed = channelCode.safeParse(code);
  if (!parsed.success) return undefined;

  const channel = await db
    .selectFrom('channels')
    .selectAll()
    .where('code', '=', parsed.data)
    .executeTakeFirst();
  if (!channel) return undefined;
  const unit = await db
    .selectFrom('units')
    .selectAll()
    .where('id', '=', channel.unit_id)
    .executeTakeFirstOrThrow();
  return { ...channel, unit };
}

/** The channels of a unit that still take reports. */
export async function activeChannels(db: Db, unitId: number): Promise<Channel[]> {
  return db
    .selectFrom('channels')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('state', '!=', 'retired')
    .orderBy('code')
    .execute();
}

/** Marks a channel as reported forged: its landing page then warns every visitor. */
export async function markForged(db: Db, code: string, forged = true): Promise<void> {
  const result = await db
    .updateTable('channels')
    .set({ state: forged ? 'forged' : 'active' })
    .where('code', '=', code.trim().toUpperCase())
    .where('state', '!=', 'retired')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new AppError('not_found', 'error.notFound', { detail: `no active channel ${code}` });
  }
}

/**
 * Replaces a damaged or forged code: a new channel for the same unit, place and form, while
 * the old one is retired (its address then points visitors to the unit's active channels).
 */
export async function replaceChannel(db: Db, oldCode: string, newCode: string): Promise<Channel> {
  return db.transaction().execute(async (trx) => {
    const old = await findChannel(trx, oldCode);
    if (!old || old.state === 'retired') {
      throw new AppError('not_found', 'error.notFound', { detail: `no active channel ${oldCode}` });
    }
    if (await findChannel(trx, newCode)) {
      throw new AppError('conflict', 'error.conflict', {
        detail: `channel ${newCode} exists already`,
      });
    }
    const created = await upsertChannel(trx, {
      code: newCode,
      unit: old.unit.code,
      place: old.place,
      form: old.form,
      note: old.note ?? undefined,
    });
    await retireChannel(trx, old.code);
    return created;
  });
}

/** Counts one view of a channel's landing page: a number per channel per day, nothing else. */
export async function countView(db: Db, channel: ChannelWithUnit): Promise<void> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: channel.unit.time_zone }).format(
    new Date(),
  );
  await db
    .insertInto('channel_views')
    .values({ channel_id: channel.id, day, views: 1 })
    .onConflict((oc) =>
      oc.columns(['channel_id', 'day']).doUpdateSet({ views: sql`channel_views.views + 1` }),
    )
    .execute();
}

export type ChannelStats = Channel & {
  unitCode: string;
  unitName: string;
  views: number;
  views30: number;
  reports: number;
};

/** The channels of some units with their views (all time, last 30 days) and reports. */
export async function channelStats(db: Db, unitIds: number[]): Promise<ChannelStats[]> {
  if (unitIds.length === 0) return [];
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const rows = await db
    .selectFrom('channels')
    .innerJoin('units', 'units.id', 'channels.unit_id')
    .selectAll('channels')
    .select((eb) => [
      'units.code as unitCode',
      'units.name as unitName',
      eb
        .selectFrom('channel_views')
        .select((v) => v.fn.coalesce(v.fn.sum<number>('views'), sql<number>`0`).as('n'))
        .whereRef('channel_views.channel_id', '=', 'channels.id')
        .as('views'),
      eb
        .selectFrom('channel_views')
        .select((v) => v.fn.coalesce(v.fn.sum<number>('views'), sql<number>`0`).as('n'))
        .whereRef('channel_views.channel_id', '=', 'channels.id')
        .where('channel_views.day', '>=', since)
        .as('views30'),
      eb
        .selectFrom('cases')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('cases.channel_id', '=', 'channels.id')
        // Only cases the viewer's units hold: a report sent over their heads (about Propam
        // staff or the commander) must not show up as a count on their own channel.
        .where('cases.unit_id', 'in', unitIds)
        .as('reports'),
    ])
    .where('channels.unit_id', 'in', unitIds)
    .orderBy('units.code')
    .orderBy('channels.code')
    .execute();
  return rows.map((r) => ({
    ...r,
    views: Number(r.views ?? 0),
    views30: Number(r.views30 ?? 0),
    reports: Number(r.reports ?? 0),
  }));
}
