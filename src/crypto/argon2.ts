/**
 * Argon2id for receipts and passwords. Hashing runs on libuv's thread pool, never on the event
 * loop, and at most a few at once so that a burst of look-ups cannot starve the server.
 */
import { createHash } from 'node:crypto';
import { Algorithm, hash, hashRaw, verify } from '@node-rs/argon2';

const maxConcurrent = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (running >= maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const cost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Argon2id of a receipt keyed with the pepper, under a salt that names its purpose. */
function peppered(receipt: string, pepper: Buffer, purpose: string): Promise<Buffer> {
  const salt = createHash('sha256').update(purpose).update(pepper).digest();
  return bounded(() =>
    hashRaw(receipt, {
      ...cost,
      algorithm: Algorithm.Argon2id,
      salt,
      secret: pepper,
      outputLen: 32,
    }),
  );
}

/**
 * The look-up hash of a receipt. Deterministic (the salt is derived from the pepper) so it can
 * be found by index; keyed with the pepper so it cannot be recomputed from the database alone.
 */
export function hashReceipt(receipt: string, pepper: Buffer): Promise<Buffer> {
  return peppered(receipt, pepper, 'peluit receipt salt');
}

/**
 * The key that opens a reporter's grant: derived from the receipt like the look-up hash, but
 * under another salt, so knowing the look-up hash tells nothing about the key.
 */
export function deriveReporterKey(receipt: string, pepper: Buffer): Promise<Buffer> {
  return peppered(receipt, pepper, 'peluit reporter key');
}

/** A key derived from a password and a stored random salt: it wraps a staff private key. */
export function derivePasswordKey(password: string, salt: Buffer, pepper: Buffer): Promise<Buffer> {
  // Keyed with a pepper from SECRETS_DIR, so a database copy alone allows no password guessing.
  return bounded(() =>
    hashRaw(password, {
      ...cost,
      algorithm: Algorithm.Argon2id,
      salt,
      secret: pepper,
      outputLen: 32,
    }),
  );
}

/** A password hash in the standard encoded form. */
export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password, { ...cost, algorithm: Algorithm.Argon2id }));
}

/** Checks a password against its stored hash. */
export function verifyPassword(encoded: string, password: string): Promise<boolean> {
  return bounded(() => verify(encoded, password).catch(() => false));
}
