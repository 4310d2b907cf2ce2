/** The states a case passes through, the moves between them and what each move needs (DESIGN §4). */
import type { ReportKind } from '../db/schema.js';

export const complaintStates = [
  'diterima',
  'verifikasi',
  'penyelidikan',
  'sidang',
  'selesai',
] as const;
export const appreciationStates = ['diterima', 'diteruskan', 'selesai'] as const;
export const outcomes = [
  'terbukti',
  'tidak_terbukti',
  'dilimpahkan',
  'tidak_dapat_ditindaklanjuti',
] as const;

export type CaseState = (typeof complaintStates)[number] | (typeof appreciationStates)[number];
export type Outcome = (typeof outcomes)[number];

const complaintMoves: Record<string, string[]> = {
  diterima: ['verifikasi', 'selesai'],
  verifikasi: ['penyelidikan', 'selesai'],
  penyelidikan: ['sidang', 'selesai'],
  sidang: ['selesai'],
  selesai: [],
};

const appreciationMoves: Record<string, string[]> = {
  diterima: ['diteruskan'],
  diteruskan: ['selesai'],
  selesai: [],
};

/**
 * The outcomes a complaint may be concluded with from each state. Only a hearing finds a
 * complaint substantiated; before the investigation a case can be handed on or found
 * impossible to follow up, and after it found unsubstantiated as well.
 */
const conclusions: Record<string, Outcome[]> = {
  diterima: ['dilimpahkan', 'tidak_dapat_ditindaklanjuti'],
  verifikasi: ['dilimpahkan', 'tidak_dapat_ditindaklanjuti', 'tidak_terbukti'],
  penyelidikan: ['dilimpahkan', 'tidak_dapat_ditindaklanjuti', 'tidak_terbukti'],
  sidang: ['terbukti', 'tidak_terbukti'],
};

/** The states a case of this kind may move to from `state`. */
export function nextStates(kind: ReportKind, state: string): string[] {
  const moves = kind === 'apresiasi' ? appreciationMoves : complaintMoves;
  return moves[state] ?? [];
}

/** Whether concluding into `to` needs an outcome: every complaint conclusion does. */
export function needsOutcome(kind: ReportKind, to: string): boolean {
  return kind !== 'apresiasi' && to === 'selesai';
}

/** The outcomes a complaint in `state` may be concluded with. */
export function outcomesFrom(state: string): Outcome[] {
  return conclusions[state] ?? [];
}

export function isOutcome(value: string): value is Outcome {
  return (outcomes as readonly string[]).includes(value);
}

/** Tracks heard by Propam itself; a criminal case is handed to criminal investigation. */
export const hearingTracks = ['disiplin', 'kode_etik'];
