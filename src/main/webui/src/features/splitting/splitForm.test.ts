import { describe, expect, it } from 'vitest';
import { emptySplitForm, nextSplitForm, payersOf, splitOf, splitReady, type SplitForm } from './splitForm';

const form = (patch: Partial<SplitForm>): SplitForm => ({
  ...emptySplitForm,
  draft: { method: 'EQUAL', included: ['a', 'b', 'c'], typed: {} },
  ...patch,
});

describe('who paid an expense that is split', () => {
  it('is the person recording, for the whole amount, unless someone else is chosen', () => {
    expect(payersOf(form({}), '60.00', 'me')).toEqual({ ok: true, payers: [{ memberId: 'me', amount: '60.00' }] });
    expect(payersOf(form({ payer: 'b' }), '60.00', 'me')).toEqual({ ok: true, payers: [{ memberId: 'b', amount: '60.00' }] });
  });
  it('are several payers whose German amounts sum exactly to the amount', () => {
    const several = form({ several: true, paid: { a: '40,50', b: '19,50', c: '' } });
    expect(payersOf(several, '60.00', 'me')).toEqual({
      ok: true,
      payers: [{ memberId: 'a', amount: '40.50' }, { memberId: 'b', amount: '19.50' }],
    });
    expect(splitReady(several, '60.00', 'me')).toBe(true);
  });
  it('says how much is paid so far when the payers do not reach the amount', () => {
    expect(payersOf(form({ several: true, paid: { a: '40,50' } }), '60.00', 'me')).toEqual({ ok: false, reason: 'NOT_AMOUNT', paid: '40.50' });
    expect(payersOf(form({ several: true, paid: { a: '1,5' } }), '15.00', 'me')).toEqual({ ok: false, reason: 'NOT_AMOUNT', paid: '1.50' });
  });
  it('refuses nonsense, zero and nobody', () => {
    expect(payersOf(form({ several: true, paid: { a: 'viel' } }), '60.00', 'me').ok).toBe(false);
    expect(payersOf(form({ several: true, paid: { a: '0' } }), '60.00', 'me')).toEqual({ ok: false, reason: 'BAD_AMOUNT' });
    expect(payersOf(form({ several: true, paid: {} }), '60.00', 'me')).toEqual({ ok: false, reason: 'NO_PAYER' });
    expect(payersOf(form({}), null, 'me')).toEqual({ ok: false, reason: 'BAD_AMOUNT' });
  });
});

describe('the split sent with the entry', () => {
  it('is absent when the entry is not split', () => {
    expect(splitOf(form({}), false, '60.00', 'me')).toBeUndefined();
  });
  it('carries method, payers and shares as the API takes them', () => {
    expect(splitOf(form({}), true, '60.00', 'me')).toEqual({
      method: 'EQUAL',
      payers: [{ memberId: 'me', amount: '60.00' }],
      shares: [{ memberId: 'a' }, { memberId: 'b' }, { memberId: 'c' }],
    });
  });
  it('is sent as typed when it does not add up, so the server names what is wrong', () => {
    const wrong = form({ several: true, paid: { a: '10,00', b: 'x' } });
    expect(splitReady(wrong, '60.00', 'me')).toBe(false);
    expect(splitOf(wrong, true, '60.00', 'me')?.payers).toEqual([{ memberId: 'a', amount: '10.00' }, { memberId: 'b', amount: 'x' }]);
  });
  it('keeps the choice and who shares for the next entry, not the typed values', () => {
    const typed = form({ on: true, several: true, paid: { a: '5' }, draft: { method: 'SHARES', included: ['a'], typed: { a: '2' } } });
    expect(nextSplitForm(typed)).toEqual({ ...typed, paid: {}, draft: { method: 'SHARES', included: ['a'], typed: {} } });
  });
});
