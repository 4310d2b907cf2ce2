import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base32Decode, base32Encode, hotp, totp, totpUri, verifyTotp } from './totp.js';

// The test secrets and values of RFC 6238, appendix B (8 digits).
const seeds = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const vectors: Array<[number, string, string, string]> = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP', () => {
  it('matches every RFC 6238 test vector', () => {
    for (const [seconds, sha1, sha256, sha512] of vectors) {
      const at = seconds * 1000;
      assert.equal(totp(seeds.sha1, at, { digits: 8, algorithm: 'sha1' }), sha1);
      assert.equal(totp(seeds.sha256, at, { digits: 8, algorithm: 'sha256' }), sha256);
      assert.equal(totp(seeds.sha512, at, { digits: 8, algorithm: 'sha512' }), sha512);
    }
  });

  it('matches the RFC 4226 HOTP values', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314'];
    expected.forEach((code, counter) => assert.equal(hotp(seeds.sha1, BigInt(counter)), code));
  });

  it('accepts one period of drift, refuses two, and refuses a code used before', () => {
    const at = 1_800_000_000_000;
    const code = totp(seeds.sha1, at);
    const counter = verifyTotp(seeds.sha1, code, at + 30_000);
    assert.equal(counter, BigInt(Math.floor(at / 30_000)));
    assert.equal(verifyTotp(seeds.sha1, code, at + 61_000), undefined);
    assert.equal(verifyTotp(seeds.sha1, code, at, counter), undefined);
    assert.equal(verifyTotp(seeds.sha1, 'abcdef', at), undefined);
  });

  it('round-trips base32 and writes an otpauth URI', () => {
    assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
    assert.deepEqual(base32Decode('MZXW6YTBOI'), Buffer.from('foobar'));
    assert.match(
      totpUri(seeds.sha1, 'triase.bpn'),
      /^otpauth:\/\/totp\/Peluit%3Atriase\.bpn\?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&/,
    );
  });
});
