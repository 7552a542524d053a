import { ApiProblem } from '../../api/problem';

/** A refusal of the import's API in the screen's language: an i18n key under `importing.problem.` and its parameters. */
export interface ImportProblemText {
  key: string;
  params: Record<string, string | number>;
}

const PREFIX = 'urn:cet:problem:';

/** The import's own problem types (de.cet.importing); the shared ones (403, 404, 409 of the ledger) ProblemAlert says. */
const TYPES = new Set([
  'statement-format-unsupported', 'statement-too-large', 'statement-for-another-account', 'not-a-bank-account',
  'bank-line-done', 'entry-already-matched', 'line-entry-mismatch', 'not-a-suspected-duplicate', 'zero-line',
  'rule-not-found', 'profile-name-taken', 'import-profile-not-found', 'bank-line-not-found', 'account-not-found',
]);

/**
 * The sentences of an unreadable statement (StatementFileException: CamtReader, Mt940Reader, CsvReader,
 * StatementFiles), each one of the server's English sentences; a sentence missing here is said as
 * "the file cannot be read" with its row. The server never quotes the file, so nothing of it shows here.
 */
const UNREADABLE: readonly [RegExp, string][] = [
  [/DOCTYPE or entities/, 'doctype'],
  [/is not in the profile's encoding (?<encoding>[\w.-]+?)\.?$/, 'encoding'],
  [/is not a date of the form (?<format>[\w.\-/]+?)\.?$/, 'dateForm'],
  [/is not an amount with '(?<separator>.)'/, 'amountForm'],
  [/booking date is missing/, 'bookingDateMissing'],
  [/amount is missing|neither debit nor credit/, 'amountMissing'],
  [/fewer fields than the header/, 'shortRow'],
  [/a quote is not closed/, 'quote'],
  [/more than one account/, 'manyAccounts'],
  [/no row naming the profile's columns/, 'noHeader'],
  [/holds no booking rows/, 'noRows'],
  [/not well-formed/, 'xml'],
  [/keeps books in EUR/, 'currency'],
  [/does not (add up|reach)|opening balance|closing balance/i, 'balances'],
  [/holds no statement/, 'noStatement'],
  [/The file is empty/, 'empty'],
  [/ZIP/, 'zip'],
];

/** The text for an import refusal, or null when it is none of the import's own (then ProblemAlert says it). */
export function importProblem(error: unknown): ImportProblemText | null {
  if (!(error instanceof ApiProblem)) return null;
  const slug = error.type?.startsWith(PREFIX) ? error.type.slice(PREFIX.length) : undefined;
  if (!slug) return null;
  const row = typeof error.extensions.row === 'number' ? error.extensions.row : undefined;
  if (slug === 'statement-unreadable') {
    const detail = error.detail ?? '';
    for (const [pattern, key] of UNREADABLE) {
      const m = pattern.exec(detail);
      if (m) return { key: `importing.problem.unreadable.${key}${row !== undefined ? 'Row' : ''}`, params: { ...(m.groups ?? {}), ...(row !== undefined ? { row } : {}) } };
    }
    return { key: `importing.problem.unreadable.other${row !== undefined ? 'Row' : ''}`, params: row !== undefined ? { row } : {} };
  }
  if (TYPES.has(slug)) return { key: `importing.problem.${slug}`, params: {} };
  return null;
}
