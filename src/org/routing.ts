/** Decides which Propam section receives a report. */
import type { Db } from '../db/database.js';
import type { Unit } from '../db/schema.js';
import { ancestry } from './units.js';

export type Route = {
  unit: Unit;
  /** The report is about Propam staff or the commander and went one level up (or is at the top). */
  escalated: boolean;
};

/**
 * A complaint goes to the Propam section of the channel's unit or of its nearest ancestor that
 * has one. About that section's own staff or the unit's commander, it goes one section higher;
 * at the top it stays, escalated, for the head alone.
 */
export async function routeComplaint(
  db: Db,
  channelUnitId: number,
  aboutPropamOrCommander: boolean,
): Promise<Route> {
  const chain = await ancestry(db, channelUnitId);
  const sections = chain.filter((unit) => unit.has_propam);
  const nearest = sections[0] ?? chain[chain.length - 1]!;
  if (!aboutPropamOrCommander) return { unit: nearest, escalated: false };
  return { unit: sections[1] ?? nearest, escalated: true };
}

/**
 * Appreciation is not a complaint: it goes to the `apresiasi` readers (a commander, HR) of the
 * unit whose personnel are praised, the one the reporter picked or else the channel's own.
 */
export function routeAppreciation(channelUnit: Unit, picked: Unit | undefined): Route {
  return { unit: picked ?? channelUnit, escalated: false };
}
