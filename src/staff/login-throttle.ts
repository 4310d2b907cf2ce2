/**
 * Slows password guessing against a staff account without letting an attacker lock its owner
 * out: failures are counted per account *and* address, so guesses from elsewhere never delay
 * the officer at their own desk. Each failure past the fifth doubles the wait, up to fifteen
 * minutes, and a success clears the count. Held in memory, keyed by a digest.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';

const freeFailures = 5;
const maxWaitMs = 15 * 60 * 1000;
const forgetAfterMs = 60 * 60 * 1000;

type Entry = { failures: number; last: number };

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
    if (!entry || entry.failures < freeFailures) return 0;
    const wait = Math.min(maxWaitMs, 30_000 * 2 ** (entry.failures - freeFailures));
    return Math.max(0, entry.last + wait - this.now());
  }

  /** Refuses (429) an attempt that comes before its wait is over. */
  check(username: string, address: string): void {
    const wait = this.waitFor(username, address);
    if (wait > 0) {
      throw new AppError('too_many_attempts', 'error.tooManyLogins', {
        retryAfter: Math.ceil(wait / 1000),
      });
    }
  }

  failed(username: string, address: string): void {
    const id = this.#id(username, address);
    const entry = this.#entries.get(id);
    const now = this.now();
    this.#entries.set(id, {
      failures: entry && now - entry.last < forgetAfterMs ? entry.failures + 1 : 1,
      last: now,
    });
  }

  succeeded(username: string, address: string): void {
    this.#entries.delete(this.#id(username, address));
  }
}
