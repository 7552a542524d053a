import { describe, expect, it } from 'vitest';
import { equalDraft, previewOf, sharesOf, type SplitDraft } from './splitDraft';

describe('the split editor turns what people type into the API shares', () => {
  it('sends no values for an equal split', () => {
    expect(sharesOf(equalDraft(['a', 'b']))).toEqual([{ memberId: 'a' }, { memberId: 'b' }]);
  });
  it('reads a German decimal comma as a decimal, never as 15', () => {
    const draft: SplitDraft = { method: 'SHARES', included: ['a', 'b'], typed: { a: '1,5', b: '1' } };
    expect(sharesOf(draft)).toEqual([{ memberId: 'a', value: '1.50' }, { memberId: 'b', value: '1.00' }]);
    const preview = previewOf('25.00', draft);
    expect(preview.ok && preview.parts.map((p) => p.part)).toEqual(['15.00', '10.00']);
  });
  it('leaves out who is not included and keeps nonsense visible as nonsense', () => {
    const draft: SplitDraft = { method: 'PERCENT', included: ['b'], typed: { a: '50', b: 'viel' } };
    expect(sharesOf(draft)).toEqual([{ memberId: 'b', value: 'viel' }]);
    expect(previewOf('10.00', draft)).toEqual({ ok: false, reason: 'BAD_VALUE' });
  });
  it('shows exact parts in German as the amount they are', () => {
    const draft: SplitDraft = { method: 'EXACT', included: ['a', 'b'], typed: { a: '10,50', b: '19,50' } };
    const preview = previewOf('30.00', draft);
    expect(preview.ok && preview.parts.map((p) => p.part)).toEqual(['10.50', '19.50']);
  });
});
