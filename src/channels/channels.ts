/** QR channels: one printed code in one place, leading to a unit's report forms. */
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
  const { code, unit, place, form } = parsed.data;
  const unitRow = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', unit)
    .executeTakeFirst();
  if (!unitRow) throw new AppError('not_found', 'error.notFound', { detail: `no unit ${unit}` });

  const values = { code, unit_id: unitRow.id, place, form: form as ChannelForm };
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
