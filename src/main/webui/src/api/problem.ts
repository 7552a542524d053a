/** An RFC 9457 problem document from the API, as an error the screens can show. */
export interface ProblemFieldError {
  field?: string;
  message?: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly errors: ProblemFieldError[];
  /** Seconds to wait, from Retry-After, when the API throttles (429). */
  readonly retryAfter?: number;

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
