import { ApiProblem, NetworkProblem } from '../../api/problem';
import type { components } from '../../api/schema';

type CreateTransaction = components['schemas']['CreateTransactionRequest'];
type Transaction = components['schemas']['Transaction'];

/**
 * Never lost, never twice. A submission is written to this device before it is sent and removed
 * only when the API has answered it. A retry, however late and from whichever tab, sends the same
 * Idempotency-Key with the same body, so the API answers its first result instead of recording again.
 * The receipt is uploaded first with its own key; its id is kept as soon as it is known, so that a
 * retry after a lost create does not upload the file again.
 */
export interface PendingReceipt {
  blob: Blob;
  fileName: string;
  uploadKey: string;
  receiptId?: string;
}

export interface Refusal {
  status: number;
  type?: string;
  title: string;
  detail?: string;
}

export interface PendingEntry {
  id: string;
  /** Whose entry: sent only while this person is signed in (the keys are scoped to them). */
  userId: string;
  bookId: string;
  idempotencyKey: string;
  body: Omit<CreateTransaction, 'receiptIds'>;
  receipt?: PendingReceipt;
  createdAt: string;
  /** The API refused it (a 4xx): kept so that the person sees why, until they discard it. */
  refused?: Refusal;
}

export interface OutboxStore {
  all(): Promise<PendingEntry[]>;
  put(entry: PendingEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface Transport {
  uploadReceipt(bookId: string, idempotencyKey: string, blob: Blob, fileName: string): Promise<{ id?: string }>;
  createEntry(bookId: string, idempotencyKey: string, body: CreateTransaction): Promise<Transaction>;
}

export type SendResult =
  | { outcome: 'sent'; transaction: Transaction }
  | { outcome: 'kept'; error: unknown }
  | { outcome: 'refused'; error: unknown };

/**
 * A failure that may pass: no answer at all, the server's own trouble, a throttle, or a session that
 * could not be renewed right now. Anything else is the API's verdict on the entry itself.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkProblem) return true;
  if (error instanceof ApiProblem) return error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 401;
  return error instanceof TypeError; // fetch's own rejection, when it escapes the client
}

type Listener = () => void;

export class Outbox {
  private entries: PendingEntry[] = [];
  private loaded: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly store: OutboxStore,
    private readonly transport: Transport,
  ) {}

  /** What waits on this device, oldest first (for every user: the screen filters). */
  snapshot(): readonly PendingEntry[] {
    return this.entries;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  load(): Promise<void> {
    this.loaded ??= this.store.all().then((all) => {
      this.entries = all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      this.notify();
    });
    return this.loaded;
  }

  /**
   * Keeps a new submission on the device, then sends it. When the API refuses it, it is not kept: the
   * form that is still on the screen shows why and can be corrected.
   */
  async submit(entry: PendingEntry): Promise<SendResult> {
    await this.load();
    await this.save(entry);
    return this.sendOne(entry, false);
  }

  /** Sends everything of this user that waits, one after the other; one run at a time per page. */
  flush(userId: string): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      try {
        await this.load();
        for (const entry of this.entries.filter((e) => e.userId === userId && !e.refused && !this.inFlight.has(e.id))) {
          const result = await this.sendOne(entry, true);
          if (result.outcome === 'kept') break; // still offline: the rest would fail the same way
        }
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  async discard(id: string): Promise<void> {
    await this.store.remove(id);
    this.entries = this.entries.filter((e) => e.id !== id);
    this.notify();
  }

  private async sendOne(entry: PendingEntry, keepRefused: boolean): Promise<SendResult> {
    let current = entry;
    this.inFlight.add(entry.id);
    try {
      if (current.receipt && !current.receipt.receiptId) {
        const r = current.receipt;
        const receipt = await this.transport.uploadReceipt(current.bookId, r.uploadKey, r.blob, r.fileName);
        current = { ...current, receipt: { ...r, receiptId: receipt.id } };
        await this.save(current);
      }
      const receiptIds = current.receipt?.receiptId ? [current.receipt.receiptId] : undefined;
      const transaction = await this.transport.createEntry(current.bookId, current.idempotencyKey, { ...current.body, receiptIds });
      await this.discard(current.id);
      return { outcome: 'sent', transaction };
    } catch (error) {
      if (isTransient(error)) return { outcome: 'kept', error };
      if (keepRefused) {
        await this.save({ ...current, refused: refusal(error) });
      } else {
        await this.discard(current.id);
      }
      return { outcome: 'refused', error };
    } finally {
      this.inFlight.delete(entry.id);
    }
  }

  private async save(entry: PendingEntry) {
    await this.store.put(entry);
    const at = this.entries.findIndex((e) => e.id === entry.id);
    this.entries = at < 0 ? [...this.entries, entry] : this.entries.map((e, i) => (i === at ? entry : e));
    this.notify();
  }

  private notify() {
    this.listeners.forEach((l) => l());
  }
}

function refusal(error: unknown): Refusal {
  if (error instanceof ApiProblem) return { status: error.status, type: error.type, title: error.title, detail: error.detail };
  return { status: 0, title: error instanceof Error ? error.message : String(error) };
}

/** A refusal kept on the device, as the problem the screens know how to show. */
export function refusalProblem(r: Refusal): ApiProblem {
  return new ApiProblem(r.status, { type: r.type, title: r.title, detail: r.detail });
}

/**
 * A random key (UUID v4 form). `crypto.randomUUID` exists only in secure contexts; an instance opened
 * over plain http in a local network still has `getRandomValues`.
 */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
