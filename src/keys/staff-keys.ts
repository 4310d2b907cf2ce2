/** A staff member's key pair: the private half is stored only wrapped by their password. */
import { randomBytes } from 'node:crypto';
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
