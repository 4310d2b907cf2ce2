/** Keys that must never be stored in the database: they live in SECRETS_DIR, one file each. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type Secrets = {
  /** Keys the Argon2id hash of a receipt, so a database copy alone allows no guessing. */
  receiptPepper: Buffer;
  /** Seals the receipt kept for an idempotent resubmission, together with the client's key. */
  submissionKey: Buffer;
  /** Keys the chain of hashes of the audit log. */
  auditKey: Buffer;
  /** Seals staff TOTP secrets, so a database copy cannot make their codes. */
  totpKey: Buffer;
  /** Keys the derivation of the key that wraps each staff private key from its password. */
  passwordPepper: Buffer;
  /** Keys the index of reported officers' NRPs, so a database copy cannot list who was named. */
  officerKey: Buffer;
};

function readOrCreate(dir: string, name: string): Buffer {
  const file = path.join(dir, name);
  try {
    const value = fs.readFileSync(file);
    if (value.length !== 32) throw new Error(`${file} must hold exactly 32 bytes`);
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = randomBytes(32);
  fs.writeFileSync(file, value, { mode: 0o600, flag: 'wx' });
  return value;
}

/** Loads the secrets, creating any that are missing (a first start), with owner-only modes. */
export function loadSecrets(dir: string): Secrets {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  return {
    receiptPepper: readOrCreate(dir, 'receipt-pepper'),
    submissionKey: readOrCreate(dir, 'submission-key'),
    auditKey: readOrCreate(dir, 'audit-key'),
    totpKey: readOrCreate(dir, 'totp-key'),
    passwordPepper: readOrCreate(dir, 'password-pepper'),
    officerKey: readOrCreate(dir, 'officer-index-key'),
  };
}
