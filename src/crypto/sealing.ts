/**
 * Sealing report content (libsodium). Records use XChaCha20-Poly1305 with a random nonce and the
 * record's identity as associated data, so a sealed value cannot be moved to another row. Report
 * keys are sealed to public keys with crypto_box_seal. Files stream through secretstream.
 */
import { Transform, type TransformCallback } from 'node:stream';
import sodium, { type StateAddress } from 'libsodium-wrappers';

/** Resolves once libsodium is loaded; every function below needs it. */
export const sodiumReady: Promise<void> = sodium.ready;

export type KeyPair = { publicKey: Buffer; privateKey: Buffer };

const nonceBytes = 24;

export function newSymmetricKey(): Buffer {
  return Buffer.from(sodium.crypto_aead_xchacha20poly1305_ietf_keygen());
}

export function newKeyPair(): KeyPair {
  const pair = sodium.crypto_box_keypair();
  return { publicKey: Buffer.from(pair.publicKey), privateKey: Buffer.from(pair.privateKey) };
}

/** Encrypts `plaintext` under `key`, bound to `context` (e.g. `message:<id>`). */
export function sealRecord(key: Buffer, plaintext: Buffer | string, context: string): Buffer {
  const nonce = sodium.randombytes_buf(nonceBytes);
  const body = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext,
    context,
    null,
    nonce,
    key,
  );
  return Buffer.concat([nonce, body]);
}

/** Decrypts what `sealRecord` made; throws if the key, the context or a byte is wrong. */
export function openRecord(key: Buffer, sealed: Buffer | Uint8Array, context: string): Buffer {
  const bytes = Buffer.from(sealed);
  const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    bytes.subarray(nonceBytes),
    context,
    bytes.subarray(0, nonceBytes),
    key,
  );
  return Buffer.from(plain);
}

/** Seals a key so that only the holder of the private half of `publicKey` can open it. */
export function sealTo(publicKey: Buffer | Uint8Array, secret: Buffer): Buffer {
  return Buffer.from(sodium.crypto_box_seal(secret, publicKey));
}

export function openSealed(pair: KeyPair, sealed: Buffer | Uint8Array): Buffer {
  return Buffer.from(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey));
}

/** The public half of a private key (X25519). */
export function publicKeyOf(privateKey: Buffer): Buffer {
  return Buffer.from(sodium.crypto_scalarmult_base(privateKey));
}

const chunkBytes = 64 * 1024;
const streamHeaderBytes = 24;
const streamOverhead = 17;

/** Encrypts a byte stream in 64 KiB chunks: memory stays constant whatever the file's size. */
export function encryptStream(key: Buffer): Transform {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  let pending = Buffer.alloc(0);
  let started = false;
  const push = (stream: Transform, chunk: Buffer, last: boolean) => {
    const tag = last
      ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
      : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    stream.push(
      Buffer.from(sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, null, tag)),
    );
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (!started) {
        this.push(Buffer.from(header));
        started = true;
      }
      pending = Buffer.concat([pending, chunk]);
      while (pending.length > chunkBytes) {
        push(this, pending.subarray(0, chunkBytes), false);
        pending = pending.subarray(chunkBytes);
      }
      done();
    },
    flush(done: TransformCallback) {
      if (!started) this.push(Buffer.from(header));
      push(this, pending, true);
      done();
    },
  });
}

/** Decrypts what `encryptStream` made; fails on a truncated, reordered or altered stream. */
export function decryptStream(key: Buffer): Transform {
  let state: StateAddress | undefined;
  let pending = Buffer.alloc(0);
  let finished = false;
  const sealedChunk = chunkBytes + streamOverhead;
  const pull = (stream: Transform, chunk: Buffer) => {
    const result = sodium.crypto_secretstream_xchacha20poly1305_pull(state!, chunk, null);
    if (!result) throw new Error('file stream failed authentication');
    if (finished) throw new Error('data after the end of the file stream');
    stream.push(Buffer.from(result.message));
    if (result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) finished = true;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        pending = Buffer.concat([pending, chunk]);
        if (!state) {
          if (pending.length < streamHeaderBytes) return done();
          state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
            pending.subarray(0, streamHeaderBytes),
            key,
          );
          pending = pending.subarray(streamHeaderBytes);
        }
        // Keep the last chunk back: only at the end do we know it is the final one.
        while (pending.length > sealedChunk) {
          pull(this, pending.subarray(0, sealedChunk));
          pending = pending.subarray(sealedChunk);
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        if (!state) throw new Error('file stream is too short');
        if (pending.length > 0) pull(this, pending);
        if (!finished) throw new Error('file stream was cut short');
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
