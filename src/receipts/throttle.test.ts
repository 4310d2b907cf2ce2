import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../errors.js';
import { ReceiptThrottle } from './throttle.js';

describe('receipt throttle', () => {
  const unknown = async () => ({ known: false, value: undefined });
  const known = async () => ({ known: true, value: 'case' });

  it('slows a client down after repeated unknown receipts, doubling up to a ceiling', async () => {
    const waits: number[] = [];
    const throttle = new ReceiptThrottle(async (ms) => void waits.push(ms));
    for (let i = 0; i < 10; i++) await throttle.attempt('10.0.0.1', unknown);
    assert.deepEqual(waits, [250, 500, 1000, 2000, 4000, 5000, 5000]);
  });

  it('never delays a room of honest reporters behind one address', async () => {
    const waits: number[] = [];
    const throttle = new ReceiptThrottle(async (ms) => void waits.push(ms));
    // Sixty reporters, five at a time, every one of them typing a receipt that exists.
    for (let wave = 0; wave < 12; wave++) {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => throttle.attempt('10.0.0.2', known)),
      );
      assert.equal(results.length, 5);
    }
    assert.deepEqual(waits, []);
  });

  it('slows a burst of concurrent guesses before any of their answers is known', async () => {
    const waits: number[] = [];
    const throttle = new ReceiptThrottle(async (ms) => void waits.push(ms));
    await Promise.allSettled(
      Array.from({ length: 15 }, () => throttle.attempt('10.0.0.6', unknown)),
    );
    assert.ok(waits.length >= 7, `only ${waits.length} of 15 were slowed`);
  });

  it('slows only the client that guesses, not its neighbours', async () => {
    const waits: Array<[string, number]> = [];
    let current = '';
    const throttle = new ReceiptThrottle(async (ms) => void waits.push([current, ms]));
    for (let i = 0; i < 6; i++) {
      current = 'guesser';
      await throttle.attempt('10.0.0.3', unknown);
    }
    current = 'neighbour';
    await throttle.attempt('10.0.0.4', known);
    assert.ok(waits.every(([who]) => who === 'guesser'));
  });

  it('refuses a flood of concurrent attempts from one client with 429', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const throttle = new ReceiptThrottle(() => gate);
    for (let i = 0; i < 3; i++) await throttle.attempt('10.0.0.5', unknown).catch(() => undefined);
    const flood = Promise.allSettled(
      Array.from({ length: 20 }, () => throttle.attempt('10.0.0.5', unknown)),
    );
    release();
    const refused = (await flood).filter((r) => r.status === 'rejected');
    assert.equal(refused.length, 10);
    for (const r of refused) {
      assert.ok(r.reason instanceof AppError);
      assert.equal(r.reason.code, 'too_many_attempts');
    }
  });
});
