import { describe, expect, it } from 'vitest';
import { applyExtraction, type FormValues, type PrefillField } from './prefill';

const empty: FormValues = { amount: '', date: '2026-12-02', counterparty: '', description: '' };
const label = (n: string) => `Rechnung ${n}`;
const invoice = { source: 'ZUGFERD' as const, amount: '119.00', date: '2026-11-20', counterparty: 'Druckerei Muster GmbH', invoiceNumber: 'RE-4711', confidence: 1 };

describe('applyExtraction', () => {
  it('fills every field of an untouched form from an e-invoice and marks them as taken from the invoice', () => {
    const { values, marked } = applyExtraction(empty, new Set(), invoice, 'de', label);
    expect(values).toEqual({ amount: '119,00', date: '2026-11-20', counterparty: 'Druckerei Muster GmbH', description: 'Rechnung RE-4711' });
    expect(Object.keys(marked).sort()).toEqual(['amount', 'counterparty', 'date', 'description']);
    expect(marked.amount).toEqual({ kind: 'INVOICE' });
  });

  it('never overwrites what the person typed, even an emptied field', () => {
    const typed = new Set<PrefillField>(['amount', 'counterparty']);
    const { values, marked } = applyExtraction({ ...empty, amount: '5', counterparty: '' }, typed, invoice, 'en', label);
    expect(values.amount).toBe('5');
    expect(values.counterparty).toBe('');
    expect(values.date).toBe('2026-11-20');
    expect(marked.amount).toBeUndefined();
    expect(marked.counterparty).toBeUndefined();
  });

  it('marks OCR values with their confidence and leaves fields OCR did not find', () => {
    const { values, marked } = applyExtraction(empty, new Set(), { source: 'OCR', amount: '23.40', date: '2026-11-30', confidence: 0.82 }, 'en', label);
    expect(values).toEqual({ ...empty, amount: '23.40', date: '2026-11-30' });
    expect(marked).toEqual({ amount: { kind: 'OCR', confidence: 0.82 }, date: { kind: 'OCR', confidence: 0.82 } });
  });

  it('changes nothing when nothing was found', () => {
    const { values, marked } = applyExtraction(empty, new Set(), { source: 'NONE', confidence: 0 }, 'de', label);
    expect(values).toBe(empty);
    expect(marked).toEqual({});
  });
});
