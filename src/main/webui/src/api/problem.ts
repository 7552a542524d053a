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
