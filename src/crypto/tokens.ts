/** Random tokens and their stored digests. */
import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token of 32 bytes. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token: its SHA-256, so a database copy holds no usable token. */
export function digestToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
