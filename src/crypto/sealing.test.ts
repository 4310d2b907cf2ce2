import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { before, describe, it } from 'node:test';
import {
  decryptStream,
  encryptStream,
  newKeyPair,
  newSymmetricKey,
  openRecord,
  openSealed,
  publicKeyOf,
  sealRecord,
  sealTo,
  sodiumReady,
} from './sealing.js';

const through = async (data: Buffer, ...steps: NodeJS.ReadWriteStream[]) => {
  let stream: NodeJS.ReadableStream = Readable.from([data]);
  for (const step of steps) stream = stream.pipe(step);
  return buffer(stream);
};

describe('sealing', () => {
  before(() => sodiumReady);

  it('opens a record only with its key and its context', () => {
    const key = newSymmetricKey();
    const sealed = sealRecord(key, 'laporan rahasia 🕵️', 'report:1');
    assert.equal(openRecord(key, sealed, 'report:1').toString(), 'laporan rahasia 🕵️');
    assert.doesNotMatch(sealed.toString('latin1'), /rahasia/);
    assert.throws(() => openRecord(key, sealed, 'report:2'));
    assert.throws(() => openRecord(newSymmetricKey(), sealed, 'report:1'));
    const flipped = Buffer.from(sealed);
    flipped[30]! ^= 1;
    assert.throws(() => openRecord(key, flipped, 'report:1'));
  });

  it('seals a key to a public key', () => {
    const pair = newKeyPair();
    const secret = newSymmetricKey();
    assert.deepEqual(openSealed(pair, sealTo(pair.publicKey, secret)), secret);
    assert.deepEqual(publicKeyOf(pair.privateKey), pair.publicKey);
    assert.throws(() => openSealed(newKeyPair(), sealTo(pair.publicKey, secret)));
  });

  it('streams files of any size and refuses a cut or altered stream', async () => {
    const key = newSymmetricKey();
    for (const size of [0, 1, 65_536, 65_537, 300_000]) {
      const data = randomBytes(size);
      const sealed = await through(data, encryptStream(key));
      assert.deepEqual(await through(sealed, decryptStream(key)), data);
    }
    const sealed = await through(randomBytes(200_000), encryptStream(key));
    await assert.rejects(through(sealed.subarray(0, sealed.length - 100), decryptStream(key)));
    const altered = Buffer.from(sealed);
    altered[1000]! ^= 1;
    await assert.rejects(through(altered, decryptStream(key)));
    await assert.rejects(through(sealed, decryptStream(newSymmetricKey())));
  });
});
