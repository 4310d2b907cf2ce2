/** The Balikpapan demo: the real slice of the hierarchy and the four QR codes of its rollout. */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.js';
import { importChannels } from '../channels/channels.js';
import { importUnits } from '../org/units.js';

const dataDir = path.join(import.meta.dirname, 'data');

/** Loads the demo units and channels (both upserts, so seeding twice changes nothing). */
export async function seedDemo(db: Db): Promise<{ units: number; channels: number }> {
  const units = await importUnits(
    db,
    fs.readFileSync(path.join(dataDir, 'units-kaltim.csv'), 'utf8'),
  );
  const channels = await importChannels(
    db,
    fs.readFileSync(path.join(dataDir, 'channels-balikpapan.csv'), 'utf8'),
  );
  return { units, channels };
}

/** Whether the database holds no units yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  return !(await db.selectFrom('units').select('id').limit(1).executeTakeFirst());
}
