/**
 * The receipt: the reporter's only key to their report. Sixteen digits, the last a Damm check
 * digit, which catches every single wrong digit and every swap of two neighbours.
 */
import { randomInt } from 'node:crypto';

const damm = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

/** The Damm check digit of a string of digits. */
export function checkDigit(digits: string): number {
  let interim = 0;
  for (const char of digits) interim = damm[interim]![Number(char)]!;
  return interim;
}

/** A new random receipt as 16 digits without separators. */
export function generateReceipt(): string {
  let body = '';
  for (let i = 0; i < 15; i++) body += String(randomInt(10));
  return body + String(checkDigit(body));
}

/** `1234567890123456` → `1234 5678 9012 3456`. */
export function formatReceipt(receipt: string): string {
  return receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export type ParsedReceipt =
  { ok: true; receipt: string } | { ok: false; reason: 'malformed' | 'check_digit' };

/**
 * Reads what a reporter typed: spaces and dashes are ignored; anything else but 16 digits is
 * malformed; 16 digits whose check digit fails are mistyped. Both are refused before any look-up.
 */
export function parseReceipt(input: string): ParsedReceipt {
  const digits = input.replace(/[\s\-‐-―]/g, '');
  if (!/^\d{16}$/.test(digits)) return { ok: false, reason: 'malformed' };
  if (checkDigit(digits) !== 0) return { ok: false, reason: 'check_digit' };
  return { ok: true, receipt: digits };
}
