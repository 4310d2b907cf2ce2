/** A staff member's key pair: the private half is stored only wrapped by their password. */
import { createHash, randomBytes } from 'node:crypto';
import { derivePasswordKey } from '../crypto/argon2.js';
import { newKeyPair, openRecord, sealRecord, type KeyPair } from '../crypto/sealing.js';
import type { User } from '../db/schema.js';

const context = 'staff-private-key';

export type StaffKeyColumns = { public_key: Buffer; wrapped_private_key: Buffer; key_salt: Buffer };

/** A new key pair for an account, wrapped by its password. */
export async function newStaffKeys(password: string, pepper: Buffer): Promise<StaffKeyColumns> {
  const pair = newKeyPair();
  return {
    public_key: pair.publicKey,
    ...(await wrapPrivateKey(pair.privateKey, password, pepper)),
  };
}

/** Wraps a private key under a password (again, when the password changes). */
export async function wrapPrivateKey(
  privateKey: Buffer,
  password: string,
  pepper: Buffer,
): Promise<Omit<StaffKeyColumns, 'public_key'>> {
  const salt = randomBytes(16);
  const key = await derivePasswordKey(password, salt, pepper);
  return { wrapped_private_key: sealRecord(key, privateKey, context), key_salt: salt };
}

/** The account's key pair, unwrapped with the password that was just checked. */
export async function unwrapKeyPair(
  user: User,
  password: string,
  pepper: Buffer,
): Promise<KeyPair | undefined> {
  if (!user.public_key || !user.wrapped_private_key || !user.key_salt) return undefined;
  const key = await derivePasswordKey(password, Buffer.from(user.key_salt), pepper);
  try {
    const privateKey = openRecord(key, user.wrapped_private_key, context);
    return { publicKey: Buffer.from(user.public_key), privateKey };
  } catch {
    return undefined;
  }
}

/**
 * A short fingerprint of a staff member's public key, `A1B2 C3D4 E5F6 0718`. The reader who
 * confirms an account compares it with the one the account's owner sees on their own screen:
 * an account someone else set up and took over shows a key its owner has never seen.
 */
export function keyFingerprint(publicKey: Buffer | Uint8Array): string {
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 16).toUpperCase();
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}
