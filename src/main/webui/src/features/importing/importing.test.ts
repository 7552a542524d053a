import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { messages } from '../../i18n/messages';
import { checklist } from '../periods/blockers';
import { keepsBank, readsBank } from './access';
import { betweenValue, formatName, isCsv, nextOf, normaliseBound, scorePercent, splitBetween } from './format';
import { importProblem } from './importProblem';
import { inputOf, opsFor } from './rules';

const problem = (status: number, slug: string, detail: string, extra: Record<string, unknown> = {}) =>
  new ApiProblem(status, { type: `urn:cet:problem:${slug}`, title: 'x', detail, ...extra });

function text(key: string, lang: 'de' | 'en'): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[lang]);
}

describe('an import refusal in the screen language', () => {
  it('names the DOCTYPE refusal of a CAMT file', () => {
    expect(importProblem(problem(422, 'statement-unreadable', 'XML with a DOCTYPE or entities is refused.'))).toEqual({
      key: 'importing.problem.unreadable.doctype',
      params: {},
    });
  });

  it('carries the row of a broken CSV row and what is wrong in it', () => {
    const p = importProblem(problem(422, 'statement-unreadable', 'Row 3: the booking date is not a date of the form dd.MM.yy.', { row: 3 }));
    expect(p).toEqual({ key: 'importing.problem.unreadable.dateFormRow', params: { format: 'dd.MM.yy', row: 3 } });
    const enc = importProblem(problem(422, 'statement-unreadable', "Row 2: the file is not in the profile's encoding UTF-8.", { row: 2 }));
    expect(enc?.key).toBe('importing.problem.unreadable.encodingRow');
    expect(enc?.params).toEqual({ encoding: 'UTF-8', row: 2 });
  });

  it('says an unknown sentence generically, with its row, never the server English', () => {
    expect(importProblem(problem(422, 'statement-unreadable', 'Row 9: something new.', { row: 9 }))).toEqual({
      key: 'importing.problem.unreadable.otherRow',
      params: { row: 9 },
    });
  });

  it('knows a statement for another IBAN, and leaves the shared problems (403, the ledger) to ProblemAlert', () => {
    expect(importProblem(problem(422, 'statement-for-another-account', "The statement is for another account than 'X'."))?.key).toBe(
      'importing.problem.statement-for-another-account',
    );
    expect(importProblem(problem(403, 'forbidden', 'Your role does not allow this.'))).toBeNull();
    expect(importProblem(new Error('x'))).toBeNull();
  });

  it('has every key it can answer in German and English', () => {
    const keys = ['doctype', 'encoding', 'dateForm', 'amountForm', 'bookingDateMissing', 'amountMissing', 'shortRow', 'quote',
      'manyAccounts', 'noHeader', 'noRows', 'xml', 'currency', 'balances', 'noStatement', 'empty', 'zip', 'other'];
    for (const lang of ['de', 'en'] as const) {
      for (const k of keys) {
        expect(typeof text(`importing.problem.unreadable.${k}`, lang), `${lang} ${k}`).toBe('string');
        expect(typeof text(`importing.problem.unreadable.${k}Row`, lang), `${lang} ${k}Row`).toBe('string');
      }
    }
  });
});

describe('the bank screens', () => {
  it('offer importing and matching to treasurer and admin; auditors read; members neither', () => {
    expect(keepsBank('TREASURER') && keepsBank('ADMIN')).toBe(true);
    expect(keepsBank('AUDITOR') || keepsBank('MEMBER') || keepsBank(undefined)).toBe(false);
    expect(readsBank('AUDITOR')).toBe(true);
    expect(readsBank('MEMBER')).toBe(false);
  });

  it('move the focus to the next line after one is done, the previous at the end, the heading when none is left', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(nextOf(items, 'a')).toBe('b');
    expect(nextOf(items, 'c')).toBe('b');
    expect(nextOf([{ id: 'a' }], 'a')).toBeNull();
    expect(nextOf(items, 'x')).toBeNull();
  });

  it('read amount bounds in German and English, exactly (no floating point)', () => {
    expect(normaliseBound('-900,00')).toBe('-900.00');
    expect(normaliseBound('1.234,5')).toBe('1234.50');
    expect(normaliseBound('-800')).toBe('-800.00');
    expect(normaliseBound('0.1')).toBe('0.10');
    expect(normaliseBound('zwölf')).toBeNull();
    expect(betweenValue('-900,00', '-800')).toBe('-900.00..-800.00');
    expect(betweenValue('', '-800')).toBeNull();
    expect(splitBetween('-900.00..-800.00')).toEqual(['-900.00', '-800.00']);
  });

  it('send a rule as the API takes it', () => {
    const input = inputOf({
      name: ' Miete ',
      priority: '10',
      conditions: [
        { field: 'counterparty', op: 'regex', value: '^Hausverwaltung', min: '', max: '' },
        { field: 'amount', op: 'between', value: '', min: '-900,00', max: '-800,00' },
      ],
      categoryId: 'c1',
      tags: 'Büro, Miete,',
      counterparty: '',
      description: 'Miete Fraktionsbüro',
    });
    expect(input).toEqual({
      name: 'Miete',
      priority: 10,
      version: undefined,
      conditions: [
        { field: 'counterparty', op: 'regex', value: '^Hausverwaltung' },
        { field: 'amount', op: 'between', value: '-900.00..-800.00' },
      ],
      actions: { categoryId: 'c1', tags: ['Büro', 'Miete'], counterparty: undefined, description: 'Miete Fraktionsbüro' },
    });
    expect(opsFor('amount')).toEqual(['equals', 'between']);
    expect(opsFor('purpose')).toContain('regex');
  });

  it('ask for a CSV profile only for CSV files, and show scores as whole percent', () => {
    expect(isCsv({ name: 'umsaetze.CSV' })).toBe(true);
    expect(isCsv({ name: 'auszug.xml', type: 'text/xml' })).toBe(false);
    expect(scorePercent(0.875)).toBe(88);
    expect(scorePercent(undefined)).toBe(0);
    expect(formatName('CAMT053')).toBe('CAMT.053');
    expect(formatName('MT940')).toBe('MT940');
  });

  it('link a period close refused for an unreconciled account to its reconciliation at the period end', () => {
    const period = { id: 'p', name: '2025', startDate: '2025-01-01', endDate: '2025-12-31', status: 'OPEN' };
    const [group] = checklist('b1', period, [period], [{ code: 'BANK_NOT_RECONCILED', accountId: 'acc1' }]);
    expect(group?.code).toBe('BANK_NOT_RECONCILED');
    expect(group?.items[0]?.to).toBe('/books/b1/bank/reconciliation?accountId=acc1&date=2025-12-31');
    expect(typeof text('periods.blockers.BANK_NOT_RECONCILED.title_one', 'en')).toBe('string');
  });
});
