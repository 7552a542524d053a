import { api, unwrap } from '../../api/client';
import { Outbox, type OutboxStore, type PendingEntry, type Transport } from './outbox';

const DB = 'cet';
const STORE = 'outbox';

/** The outbox in IndexedDB: it keeps Blobs (the receipt photo) and survives a reload or a closed tab. */
export function indexedDbStore(): OutboxStore {
  let opened: Promise<IDBDatabase> | null = null;
  const db = () =>
    (opened ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }));
  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const database = await db();
    return new Promise((resolve, reject) => {
      const tx = database.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  return {
    all: () => run('readonly', (s) => s.getAll() as IDBRequest<PendingEntry[]>),
    put: async (entry) => {
      await run('readwrite', (s) => s.put(entry));
    },
    remove: async (id) => {
      await run('readwrite', (s) => s.delete(id));
    },
  };
}

export const apiTransport: Transport = {
  uploadReceipt: (bookId, key, blob, fileName) => {
    const form = new FormData();
    form.append('file', blob, fileName);
    return unwrap(
      api.POST('/api/v1/books/{bookId}/receipts', {
        params: { path: { bookId }, header: { 'Idempotency-Key': key } },
        // The generated type says `file: string` (OpenAPI's binary); the browser sends the form as it is.
        body: form as unknown as { file: string },
        bodySerializer: (body) => body as unknown as FormData,
      }),
    );
  },
  createEntry: (bookId, key, body) =>
    unwrap(api.POST('/api/v1/books/{bookId}/transactions', { params: { path: { bookId }, header: { 'Idempotency-Key': key } }, body })),
};

/** The page's one outbox. */
export const outbox = new Outbox(indexedDbStore(), apiTransport);
