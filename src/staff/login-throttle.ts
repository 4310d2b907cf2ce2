/**
 * Slows password guessing against a staff account without letting an attacker lock its owner
 * out: failures are counted per account *and* address, so guesses from elsewhere never delay
 * the officer at their own desk. Each failure past the fifth doubles the wait, up to fifteen
 * minutes, and a success clears the count. Attempts still being checked count as failures, so
 * parallel guesses gain nothing. Held in memory, keyed by a digest.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';

const freeFailures = 5;
const maxWaitMs = 15 * 60 * 1000;
const forgetAfterMs = 60 * 60 * 1000;

type Entry = { failures: number; last: number; pending: number };

export class LoginThrottle {
  readonly #key = randomBytes(32);
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly now = () => Date.now()) {}

  #id(username: string, address: string): string {
    return createHmac('sha256', this.#key)
      .update(`${username.trim().toLowerCase()}\n${address}`)
      .digest('base64url');
  }

  /** How long this account must wait from this address before trying again, in ms. */
  waitFor(username: string, address: string): number {
    const entry = this.#entries.get(this.#id(username, address));
    const counted = entry ? entry.failures + entry.pending : 0;
    if (!entry || counted < freeFailures) return 0;
    const wait = Math.min(maxWaitMs, 30_000 * 2 ** (counted - freeFailures));
    return Math.max(0, entry.last + wait - this.now());
  }

  /**
   * Refuses (429) an attempt that comes before its wait is over; otherwise reserves it until
   * `failed`, `succeeded` or `released` says how it went.
   */
  check(username: string, address: string): void {
    const wait = this.waitFor(username, address);
    if (wait > 0) {
      throw new AppError('too_many_attempts', 'error.tooManyLogins', {
        retryAfter: Math.ceil(wait / 1000),
      });
    }
    const id = this.#id(username, address);
    const entry = this.#entries.get(id) ?? { failures: 0, last: this.now(), pending: 0 };
    entry.pending++;
    this.#entries.set(id, entry);
  }

  failed(username: string, address: string): void {
    const id = this.#id(username, address);
    const entry = this.#entries.get(id);
    const now = this.now();
    const failures = entry && now - entry.last < forgetAfterMs ? entry.failures + 1 : 1;
    this.#entries.set(id, { failures, last: now, pending: Math.max(0, (entry?.pending ?? 1) - 1) });
  }

  succeeded(username: string, address: string): void {
    this.#entries.delete(this.#id(username, address));
  }

  /** Releases a reservation that ended neither way (an error of another kind). */
  released(username: string, address: string): void {
    const entry = this.#entries.get(this.#id(username, address));
    if (entry) entry.pending = Math.max(0, entry.pending - 1);
  }
}
