import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDigit, formatReceipt, generateReceipt, parseReceipt } from './receipt.js';

describe('receipt', () => {
  it('is 16 digits whose check digit validates', () => {
    for (let i = 0; i < 200; i++) {
      const receipt = generateReceipt();
      assert.match(receipt, /^\d{16}$/);
      assert.deepEqual(parseReceipt(receipt), { ok: true, receipt });
    }
  });

  it('matches the published Damm example', () => {
    assert.equal(checkDigit('572'), 4);
  });

  it('is shown in four groups of four', () => {
    assert.equal(formatReceipt('1234567890123456'), '1234 5678 9012 3456');
  });

  it('ignores spaces and dashes', () => {
    const receipt = generateReceipt();
    const typed = ` ${receipt.slice(0, 4)}-${receipt.slice(4, 8)} ${receipt.slice(8)} `;
    assert.deepEqual(parseReceipt(typed), { ok: true, receipt });
  });

  it('catches every single wrong digit and every swap of neighbours', () => {
    const receipt = generateReceipt();
    for (let i = 0; i < 16; i++) {
      for (let d = 0; d < 10; d++) {
        if (String(d) === receipt[i]) continue;
        const typo = receipt.slice(0, i) + d + receipt.slice(i + 1);
        assert.deepEqual(parseReceipt(typo), { ok: false, reason: 'check_digit' });
      }
    }
    for (let i = 0; i < 15; i++) {
      if (receipt[i] === receipt[i + 1]) continue;
      const swapped = receipt.slice(0, i) + receipt[i + 1] + receipt[i] + receipt.slice(i + 2);
      assert.deepEqual(parseReceipt(swapped), { ok: false, reason: 'check_digit' });
    }
  });

  it('calls letters and wrong lengths malformed', () => {
    assert.deepEqual(parseReceipt('1234 5678 9012 345O'), { ok: false, reason: 'malformed' });
    assert.deepEqual(parseReceipt('1234'), { ok: false, reason: 'malformed' });
    assert.deepEqual(parseReceipt(''), { ok: false, reason: 'malformed' });
  });
});
