/**
 * Slows down guessing of receipts without locking out honest reporters who share an address
 * (a police station, a mobile carrier). Mistyped receipts never reach here: the check digit
 * refuses them first. A client is known only by a keyed digest of its address, held in memory
 * for a quarter of an hour and never written anywhere.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';

const windowMs = 15 * 60 * 1000;
const freeFailures = 3;
const maxDelayMs = 5_000;
/** Look-ups one address may have running at once before they count as suspicious. */
const freeConcurrent = 5;
const maxPendingSlowed = 10;
const maxPendingPerClient = 20;
const maxPendingTotal = 200;

type Client = { failures: number; since: number; pending: number };

export class ReceiptThrottle {
  readonly #key = randomBytes(32);
  readonly #clients = new Map<string, Client>();
  #pending = 0;
  #prunedAt = 0;

  constructor(private readonly sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))) {}

  /**
   * The delay before a client's next look-up: none for the first few failures, then doubling.
   * Look-ups already running beyond a small burst count as failures to come, so a flood of
   * concurrent guesses is slowed before its answers are known.
   */
  delayFor(client: Client | undefined): number {
    if (!client) return 0;
    const suspicious = client.failures + Math.max(0, client.pending - freeConcurrent);
    if (suspicious < freeFailures) return 0;
    return Math.min(maxDelayMs, 250 * 2 ** (suspicious - freeFailures));
  }

  /**
   * Runs a look-up for a client. `lookUp` resolves to whether the receipt was known; unknown
   * ones count against the client. Refuses (429) only a flood of concurrent attempts.
   */
  async attempt<T>(
    address: string,
    lookUp: () => Promise<{ known: boolean; value: T }>,
  ): Promise<T> {
    const id = createHmac('sha256', this.#key).update(address).digest('base64url');
    const client = this.#current(id);
    // One address may have twenty look-ups waiting (ten once it is being slowed), so neither a
    // flood from one address nor a room of reporters behind it can fill the server's queue.
    const slowed = client.failures >= freeFailures;
    const cap = slowed ? maxPendingSlowed : maxPendingPerClient;
    if (client.pending >= cap || this.#pending >= maxPendingTotal) {
      throw new AppError('too_many_attempts', 'error.tooManyAttempts', {
        retryAfter: Math.ceil(maxDelayMs / 1000),
      });
    }

    client.pending++;
    this.#pending++;
    try {
      const delay = this.delayFor({ ...client, pending: client.pending - 1 });
      if (delay > 0) await this.sleep(delay);
      const result = await lookUp();
      if (!result.known) {
        client.failures++;
        client.since = Date.now();
      }
      return result.value;
    } finally {
      client.pending--;
      this.#pending--;
    }
  }

  #current(id: string): Client {
    const now = Date.now();
    if (now - this.#prunedAt > 60_000) {
      this.#prunedAt = now;
      for (const [key, c] of this.#clients) {
        if (c.pending === 0 && now - c.since > windowMs) this.#clients.delete(key);
      }
    }
    let client = this.#clients.get(id);
    if (!client) {
      client = { failures: 0, since: now, pending: 0 };
      this.#clients.set(id, client);
    }
    return client;
  }
}
