/** The second factor through the API: enrolment first, then a code at every log-in. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';
import { LoginThrottle } from './login-throttle.js';
import { base32Decode, totp } from './totp.js';
import { createUser } from './users.js';

describe('second factor', () => {
  let env: TestEnv;
  before(async () => {
    env = await openTestEnv('embedded');
  });
  after(() => env.close());
  beforeEach(() => env.reset());

  const login = (payload: object) =>
    env.app.inject({ method: 'POST', url: '/api/v1/staff/session', payload });

  it('lets a first log-in only enrol, then asks every log-in for a fresh code', async () => {
    await createUser(env.ctx, {
      username: 'kepala.bpn',
      unit: 'POLRESTA-BPN',
      role: 'admin',
      password: 'sandi-kepala-123',
    });
    const first = await login({ username: 'kepala.bpn', password: 'sandi-kepala-123' });
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().totpSetupRequired, true);
    const enrol = { authorization: `Bearer ${first.json().token}` };
    assert.equal(
      (await env.app.inject({ url: '/api/v1/cases', headers: enrol })).statusCode,
      401,
      'enrolment only',
    );

    const setup = (
      await env.app.inject({ method: 'POST', url: '/api/v1/staff/totp/setup', headers: enrol })
    ).json();
    assert.match(setup.secret, /^[A-Z2-7]{32}$/);
    assert.match(setup.uri, /^otpauth:\/\/totp\/Peluit%3Akepala\.bpn\?secret=/);
    const secret = base32Decode(setup.secret);
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/v1/staff/totp/confirm',
      headers: enrol,
      payload: { code: '000000' },
    });
    assert.equal(wrong.statusCode, 422);
    const now = Date.now();
    const confirmed = await env.app.inject({
      method: 'POST',
      url: '/api/v1/staff/totp/confirm',
      headers: enrol,
      payload: { code: totp(secret, now) },
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const { recoveryCodes } = confirmed.json();
    assert.equal(recoveryCodes.length, 10);

    const without = await login({ username: 'kepala.bpn', password: 'sandi-kepala-123' });
    assert.equal(without.statusCode, 401);
    assert.equal(without.json().error.code, 'totp_required');
    const replayed = await login({
      username: 'kepala.bpn',
      password: 'sandi-kepala-123',
      totp: totp(secret, now),
    });
    assert.equal(replayed.statusCode, 401, 'a code is good once');
    const next = await login({
      username: 'kepala.bpn',
      password: 'sandi-kepala-123',
      totp: totp(secret, now + 30_000),
    });
    assert.equal(next.statusCode, 200, next.body);
    assert.equal(next.json().totpSetupRequired, undefined);

    const recovery = await login({
      username: 'kepala.bpn',
      password: 'sandi-kepala-123',
      totp: recoveryCodes[0],
    });
    assert.equal(recovery.statusCode, 200);
    const again = await login({
      username: 'kepala.bpn',
      password: 'sandi-kepala-123',
      totp: recoveryCodes[0],
    });
    assert.equal(again.statusCode, 401, 'a recovery code is good once');
  });

  it('keeps the secret out of the database in the clear', async () => {
    const { username } = await staffToken(env, 'triase');
    const row = await env.ctx.db
      .selectFrom('users')
      .select('totp_secret')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    assert.ok(row.totp_secret && row.totp_secret.length > 40, 'sealed, with nonce and tag');
  });
});

describe('login throttle', () => {
  it('slows guesses at an account from one address without delaying its owner elsewhere', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < 4; i++) throttle.failed('triase.bpn', '203.0.113.9');
    assert.equal(throttle.waitFor('triase.bpn', '203.0.113.9'), 0, 'five tries are free');
    throttle.failed('triase.bpn', '203.0.113.9');
    assert.equal(throttle.waitFor('triase.bpn', '203.0.113.9'), 30_000);
    assert.throws(() => throttle.check('triase.bpn', '203.0.113.9'), /too_many_attempts/);
    assert.equal(throttle.waitFor('triase.bpn', '10.1.2.3'), 0, 'the officer at their desk');
    for (let i = 0; i < 20; i++) throttle.failed('triase.bpn', '203.0.113.9');
    assert.equal(
      throttle.waitFor('triase.bpn', '203.0.113.9'),
      15 * 60 * 1000,
      'never more than 15 min',
    );
    now += 15 * 60 * 1000;
    assert.equal(throttle.waitFor('triase.bpn', '203.0.113.9'), 0);
  });

  it('answers 429 through the API once an address has guessed too often', async () => {
    const env = await openTestEnv('embedded');
    try {
      const { username } = await staffToken(env, 'triase');
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (
            await env.app.inject({
              method: 'POST',
              url: '/api/v1/staff/session',
              payload: { username, password: `salah-${i}-xxxxx` },
            })
          ).statusCode,
        );
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await env.close();
    }
  });
});
