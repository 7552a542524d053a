import { formatMoney } from '../lib/amount';
import { formatDate } from '../lib/dates';
/** An RFC 9457 problem document from the API, as an error the screens can show. */
export interface ProblemFieldError {
  field?: string;
  message?: string;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly errors: ProblemFieldError[];
  /** Seconds to wait, from Retry-After, when the API throttles (429). */
  readonly retryAfter?: number;
  /** Further members of the document, e.g. `blockers` of a period that cannot be closed. */
  readonly extensions: Record<string, unknown>;

  constructor(status: number, body: unknown, retryAfter?: number) {
    const doc = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const title = typeof doc.title === 'string' ? doc.title : `HTTP ${status}`;
    super(title);
    this.status = status;
    this.title = title;
    this.detail = typeof doc.detail === 'string' ? doc.detail : undefined;
    this.type = typeof doc.type === 'string' ? doc.type : undefined;
    this.errors = Array.isArray(doc.errors) ? (doc.errors as ProblemFieldError[]) : [];
    this.retryAfter = retryAfter;
    this.extensions = Object.fromEntries(Object.entries(doc).filter(([name]) => !STANDARD_MEMBERS.has(name)));
  }
}

/** The network failed: no answer at all. */
export class NetworkProblem extends Error {}

export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

export function problemFrom(response: Response, body: unknown): ApiProblem {
  return new ApiProblem(response.status, body, retryAfterSeconds(response));
}

/** A screen text for a problem: an i18n key under `problems.` and its parameters. */
export interface ProblemMessage {
  key: string;
  params: Record<string, string | number>;
}

const PREFIX = 'urn:cet:problem:';

/**
 * The problem types whose meaning the web app knows, so that a German screen says it in German. The
 * server writes its problem documents in English (they are for every client); a type missing here is
 * shown with the server's own title and detail.
 */
export const KNOWN_PROBLEM_TYPES: ReadonlySet<string> = new Set([
  'validation', 'malformed-json', 'unauthenticated', 'forbidden', 'not-found', 'conflict', 'stale-version',
  'payload-too-large', 'receipt-too-large', 'unsupported-media-type', 'xml-refused', 'unprocessable', 'unavailable',
  'server-error', 'idempotency-key-reused', 'invalid-credentials', 'invalid-mfa-code', 'invalid-token',
  'mfa-already-enabled', 'mfa-not-enrolling', 'mfa-not-enabled', 'email-taken', 'four-eyes-violation', 'invalid-status',
  'approval-required', 'period-closed', 'cash-negative', 'receipt-required', 'reimbursement-exceeds-advance',
  'no-period', 'not-inventory', 'period-not-closable', 'account-in-use', 'category-in-use', 'last-admin',
  'already-member', 'invitation-for-another-address',
  'invalid-passkey', 'passkey-rejected', 'passkey-already-registered',
]);

/** Plain HTTP failures (`about:blank`) by status, for answers from the HTTP layer without a CET type. */
const BY_STATUS: Record<number, string> = {
  401: 'unauthenticated', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 413: 'payload-too-large',
  415: 'unsupported-media-type', 503: 'unavailable',
};

/** The screen text for a problem document, or `null` when only the server's title and detail can say it. */
export function problemMessage(problem: Pick<ApiProblem, 'status' | 'type' | 'detail' | 'extensions'>): ProblemMessage | null {
  const slug = problem.type?.startsWith(PREFIX) ? problem.type.slice(PREFIX.length) : undefined;
  let key: string | undefined;
  if (slug && KNOWN_PROBLEM_TYPES.has(slug)) key = slug;
  else if (slug?.endsWith('-not-found')) key = 'not-found';
  else if (!slug && (problem.type === undefined || problem.type === 'about:blank')) key = BY_STATUS[problem.status];
  else if (!slug && problem.status >= 500) key = 'server-error';
  if (!key && problem.status >= 500 && problem.status !== 503) key = 'server-error';
  if (!key) return null;

  const params: Record<string, string | number> = {};
  const blockers = problem.extensions.blockers;
  if (Array.isArray(blockers)) params.count = blockers.length;
  // The limit is only in the sentence ("at most 20971520 bytes"); without it the text says "too large".
  const limit = /(\d+) bytes/.exec(problem.detail ?? '');
  if ((key === 'receipt-too-large' || key === 'payload-too-large') && limit) {
    params.megabytes = Math.floor(Number(limit[1]) / (1024 * 1024) * 10) / 10;
    key = `${key}-limit`;
  }
  return { key: `problems.${key}`, params };
}

/**
 * The server's field errors (`errors: [{field, message}]`) are English sentences for every client; the
 * web app says the ones it knows in the screen's language. Each pattern is one sentence of the API (the
 * server's wording, see the de.cet.*.domain validators), its numbers taken over as parameters; a sentence
 * missing here is shown as the server wrote it.
 */
export const FIELD_MESSAGES: readonly [RegExp, string][] = [
  [/^(is required|must not be blank|must not be empty|is required for [A-Z]+)$/, 'required'],
  [/^is required: (?<options>[A-Z, ]+ or [A-Z]+)$/, 'requiredOneOf'],
  [/^must be at most (?<max>\d+) characters$/, 'maxLength'],
  [/^must have 1 to (?<max>\d+) characters$/, 'length'],
  [/^must have at least (?<min>\d+) characters$/, 'minLength'],
  [/^must have at most (?<max>\d+) characters$/, 'maxLength'],
  [/^must be greater than zero \(leave out a member who shares nothing\)$/, 'positiveShare'],
  [/^must be greater than zero$/, 'positive'],
  [/^must be a positive amount as a string/, 'positiveAmount'],
  [/^must be a string with exactly two fraction digits/, 'money'],
  [/^has more than two fraction digits$/, 'fractionDigits'],
  [/^must be a decimal number such as/, 'decimal'],
  [/^must be written with a decimal point/, 'decimalPoint'],
  [/^must be a date like/, 'date'],
  [/^must be an email address$/, 'email'],
  [/^must be an integer$/, 'integer'],
  [/^must be at most (?<max>[\d.]+)$/, 'max'],
  [/^must be between (?<min>-?\d+) and (?<max>-?\d+)$/, 'between'],
  [/^is not a member of this book$/, 'notMember'],
  [/^is not an account of this book$/, 'notAccount'],
  [/^is not a category of this book$/, 'notCategory'],
  [/^is archived$/, 'archived'],
  [/^is listed twice$/, 'listedTwice'],
  [/^is not a valid IBAN$/, 'iban'],
  [/^is before the account's opening date (?<date>\d{4}-\d{2}-\d{2})$/, 'beforeOpening'],
  [/^is before the target account's opening date (?<date>\d{4}-\d{2}-\d{2})$/, 'beforeOpening'],
  [/^must not be before the reversed entry's date (?<date>\d{4}-\d{2}-\d{2})$/, 'beforeReversed'],
  [/^is an (?<kind>INCOME|EXPENSE) category/, 'categoryKind'],
  [/^must differ from accountId$/, 'sameAccount'],
  [/^a transfer has no category$/, 'transferNoCategory'],
  [/^only a transfer has a target account$/, 'onlyTransferTarget'],
  [/^only an expense can be paid by a member$/, 'paidByExpense'],
  [/^only an expense can reimburse a member$/, 'reimburseExpense'],
  [/^an advance cannot at the same time be a reimbursement$/, 'advanceAndReimbursement'],
  [/^at most (?<max>\d+) tags$/, 'maxTags'],
  [/^at most (?<max>\d+) receipts$/, 'maxReceipts'],
  [/^must be EQUAL, EXACT, PERCENT or SHARES$/, 'splitMethod'],
  [/^needs at least one member who paid$/, 'noPayer'],
  [/^needs at least one member who shares the amount$/, 'noShare'],
  [/^has more than (?<max>\d+) members$/, 'maxMembers'],
  [/^must be absent: EQUAL splits without values$/, 'equalNoValues'],
  [/^the percentages sum to (?<sum>[\d.]+), not to 100$/, 'percentSum'],
  [/^the exact parts sum to (?<sum>[\d.]+), not to the amount (?<amount>[\d.]+)$/, 'exactSum'],
  [/^the amounts paid sum to (?<sum>[\d.]+), not to the amount (?<amount>[\d.]+)$/, 'paidSum'],
  [/^an advance or a reimbursement is not split/, 'advanceNotSplit'],
  [/^only an expense or an income \(a refund\) is shared among members$/, 'splitKind'],
  [/^must be another member than fromMemberId$/, 'sameMember'],
  [/^is too common or too easy to guess/, 'passwordCommon'],
  [/^must not contain your email address or name$/, 'passwordPersonal'],
  [/^is not your current password$/, 'currentPassword'],
  [/^must be de or en$/, 'language'],
  [/^(has an invalid value|has a wrong type or format)$/, 'invalid'],
  [/^is not a known field$/, 'unknownField'],
];

/** Field paths with a name on the screens (indices removed: `split.shares[2].value` is `split.shares.value`). */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  amount: 'amount', date: 'date', accountId: 'account', toAccountId: 'toAccount', categoryId: 'category',
  counterparty: 'counterparty', description: 'description', status: 'status', tags: 'tags', receiptIds: 'receipts',
  paidByMemberId: 'paidBy', reimbursesMemberId: 'reimburses', reason: 'reason', eigenbeleg: 'eigenbeleg',
  email: 'email', password: 'password', newPassword: 'newPassword', currentPassword: 'currentPassword',
  displayName: 'displayName', name: 'name', code: 'code', locale: 'language', iban: 'iban',
  fromMemberId: 'fromMember', toMemberId: 'toMember', split: 'split', 'split.method': 'splitMethod',
  'split.payers': 'splitPayers', 'split.payers.memberId': 'splitPayer', 'split.payers.amount': 'splitPaid',
  'split.shares': 'splitShares', 'split.shares.memberId': 'splitMember', 'split.shares.value': 'splitValue',
};

/** A field error for the screen: i18n keys (under `problems.`) with parameters, or the server's own words. */
export interface FieldErrorText {
  /** `problems.fieldName.<name>`, or null: show `fieldRaw`. */
  fieldKey: string | null;
  fieldRaw?: string;
  /** The 1-based position of a listed item (`split.shares[2]` → 3), for "Member 3". */
  position?: number;
  /** `problems.field.<key>`, or null: show `messageRaw`. */
  messageKey: string | null;
  messageRaw: string;
  params: Record<string, string>;
}

/** Parameters as the screen says them: money (`sum`, `amount`) and dates in the person's language. */
export function localParams(params: Record<string, string>, language: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if ((name === 'sum' || name === 'amount') && /^-?\d+\.\d{2}$/.test(value)) out[name] = formatMoney(value, language);
    else if (name === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[name] = formatDate(value, language);
    else if (name === 'sum' && language.startsWith('de')) out[name] = value.replace('.', ',');
    else out[name] = value;
  }
  return out;
}

export function fieldErrorText(error: ProblemFieldError): FieldErrorText {
  const message = error.message ?? '';
  let messageKey: string | null = null;
  let params: Record<string, string> = {};
  for (const [pattern, key] of FIELD_MESSAGES) {
    const m = pattern.exec(message);
    if (m) {
      messageKey = `problems.field.${key}`;
      params = { ...(m.groups ?? {}) };
      break;
    }
  }
  const field = error.field;
  const index = field ? /\[(\d+)\]/.exec(field) : null;
  const name = field ? FIELD_NAMES[field.replace(/\[\d+\]/g, '')] : undefined;
  return {
    fieldKey: name ? `problems.fieldName.${name}` : null,
    fieldRaw: field,
    position: index ? Number(index[1]) + 1 : undefined,
    messageKey,
    messageRaw: message,
    params,
  };
}
