/** Time-based one-time passwords (RFC 6238 over RFC 4226), the staff's second factor. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as authenticator apps expect. */
export function base32Encode(data: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export type TotpOptions = {
  digits?: number;
  period?: number;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
};

/** The HOTP value of a counter (RFC 4226 §5.3, dynamic truncation). */
export function hotp(
  secret: Buffer,
  counter: bigint,
  digits = 6,
  algorithm: TotpOptions['algorithm'] = 'sha1',
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

/** The TOTP value at a moment. */
export function totp(secret: Buffer, at: number, options: TotpOptions = {}): string {
  const counter = BigInt(Math.floor(at / 1000 / (options.period ?? 30)));
  return hotp(secret, counter, options.digits ?? 6, options.algorithm ?? 'sha1');
}

/**
 * Checks a code, allowing one period of clock drift either way. Returns the counter it matched
 * so the caller can refuse the same code twice; undefined when it matches none.
 */
export function verifyTotp(
  secret: Buffer,
  code: string,
  at: number,
  notAfterCounter = -1n,
): bigint | undefined {
  const typed = Buffer.from(code.replace(/\s/g, ''));
  if (!/^\d{6}$/.test(typed.toString())) return undefined;
  const now = BigInt(Math.floor(at / 1000 / 30));
  for (const counter of [now - 1n, now, now + 1n]) {
    if (counter <= notAfterCounter) continue;
    const expected = Buffer.from(hotp(secret, counter));
    if (timingSafeEqual(expected, typed)) return counter;
  }
  return undefined;
}

/** A new random secret of 20 bytes (160 bits, as RFC 4226 recommends). */
export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

/** The otpauth:// URI an authenticator app reads from a QR code. */
export function totpUri(secret: Buffer, account: string, issuer = 'Peluit'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${base32Encode(secret)}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}
