import type { components } from '../../api/schema';

export type Extraction = components['schemas']['ReceiptExtraction'];
export type PrefillField = 'amount' | 'date' | 'counterparty' | 'description';
export interface FormValues {
  amount: string;
  date: string;
  counterparty: string;
  description: string;
}
/** Where a prefilled value came from: the invoice's own data, or OCR (then with its confidence, 0–1). */
export type PrefillMark = { kind: 'INVOICE' } | { kind: 'OCR'; confidence: number };

/**
 * The form after an extraction: only the fields the person has not typed in take the receipt's value,
 * so nothing they wrote is ever overwritten; NONE (nothing found) changes nothing. The amount is written
 * the way the person would type it in their language (decimal comma in German), since the field parses
 * what is typed.
 */
export function applyExtraction(
  values: FormValues,
  typed: ReadonlySet<PrefillField>,
  extraction: Extraction,
  language: string,
  invoiceLabel: (number: string) => string,
): { values: FormValues; marked: Partial<Record<PrefillField, PrefillMark>> } {
  const source = extraction.source;
  if (!source || source === 'NONE') return { values, marked: {} };
  const mark: PrefillMark = source === 'OCR' ? { kind: 'OCR', confidence: Number(extraction.confidence ?? 0) } : { kind: 'INVOICE' };
  const found: Partial<FormValues> = {
    amount: extraction.amount ? typedAmount(String(extraction.amount), language) : undefined,
    date: extraction.date || undefined,
    counterparty: extraction.counterparty?.trim() || undefined,
    description: extraction.invoiceNumber?.trim() ? invoiceLabel(extraction.invoiceNumber.trim()) : undefined,
  };
  const next = { ...values };
  const marked: Partial<Record<PrefillField, PrefillMark>> = {};
  for (const field of Object.keys(found) as PrefillField[]) {
    const value = found[field];
    if (value === undefined || typed.has(field)) continue;
    next[field] = value;
    marked[field] = mark;
  }
  return { values: next, marked };
}

/** "12.50" as a German types it: "12,50"; English keeps the point. */
export function typedAmount(amount: string, language: string): string {
  return language.startsWith('de') ? amount.replace('.', ',') : amount;
}
