import { describe, expect, it } from 'vitest';
import { ApiProblem, NetworkProblem } from '../../api/problem';
import { newKey, Outbox, type OutboxStore, type PendingEntry, type Transport } from './outbox';

function memoryStore(): OutboxStore & { rows: Map<string, PendingEntry> } {
  const rows = new Map<string, PendingEntry>();
  return {
    rows,
    all: async () => [...rows.values()],
    put: async (e) => void rows.set(e.id, structuredClone(e)),
    remove: async (id) => void rows.delete(id),
  };
}

/** A fake API that records every call and fails as told. */
function api(failures: Array<'upload' | 'create' | 'create-400' | 'upload-413'>) {
  const calls: string[] = [];
  const created = new Map<string, { receiptIds?: string[] }>();
  const transport: Transport = {
    uploadReceipt: async (_book, key) => {
      calls.push(`upload ${key}`);
      if (failures[0] === 'upload') { failures.shift(); throw new NetworkProblem('Failed to fetch'); }
      if (failures[0] === 'upload-413') { failures.shift(); throw new ApiProblem(413, { type: 'urn:cet:problem:receipt-too-large', title: 'Payload too large' }); }
      return { id: 'receipt-1' };
    },
    createEntry: async (_book, key, body) => {
      calls.push(`create ${key}`);
      if (failures[0] === 'create') { failures.shift(); throw new ApiProblem(503, { title: 'Service unavailable' }); }
      if (failures[0] === 'create-400') { failures.shift(); throw new ApiProblem(400, { type: 'urn:cet:problem:validation', title: 'Invalid input' }); }
      // Like the API: the same key answers the first result.
      if (!created.has(key)) created.set(key, { receiptIds: body.receiptIds });
      return { id: `tx-${key}`, status: 'SUBMITTED' };
    },
  };
  return { transport, calls, created };
}

const entry = (id: string, withReceipt = true, userId = 'me'): PendingEntry => ({
  id,
  userId,
  bookId: 'book',
  idempotencyKey: `key-${id}`,
  body: { type: 'EXPENSE', amount: '24.70', date: '2026-12-01', accountId: 'acc' },
  receipt: withReceipt ? { blob: new Blob(['x']), fileName: 'beleg.jpg', uploadKey: `upload-${id}` } : undefined,
  createdAt: `2026-12-01T10:00:0${id}Z`,
});

describe('the outbox', () => {
  it('a submission sent at once is not kept', async () => {
    const store = memoryStore();
    const { transport, created } = api([]);
    const box = new Outbox(store, transport);
    const result = await box.submit(entry('1'));
    expect(result.outcome).toBe('sent');
    expect(store.rows.size).toBe(0);
    expect(created.get('key-1')).toEqual({ receiptIds: ['receipt-1'] });
  });

  it('offline: kept on the device; the retry sends the same keys and records once', async () => {
    const store = memoryStore();
    const { transport, calls, created } = api(['upload']);
    const box = new Outbox(store, transport);
    expect((await box.submit(entry('1'))).outcome).toBe('kept');
    expect([...store.rows.keys()]).toEqual(['1']);
    expect(box.snapshot()).toHaveLength(1);

    await box.flush('me');
    expect(calls).toEqual(['upload upload-1', 'upload upload-1', 'create key-1']);
    expect(store.rows.size).toBe(0);
    expect(box.snapshot()).toHaveLength(0);
    expect(created.size).toBe(1);
  });

  it('once the receipt is uploaded its id is kept: a failed create does not upload again', async () => {
    const store = memoryStore();
    const { transport, calls } = api(['create']);
    const box = new Outbox(store, transport);
    expect((await box.submit(entry('1'))).outcome).toBe('kept');
    expect(store.rows.get('1')?.receipt?.receiptId).toBe('receipt-1');

    await box.flush('me');
    expect(calls).toEqual(['upload upload-1', 'create key-1', 'create key-1']);
    expect(store.rows.size).toBe(0);
  });

  it('a refusal of a new submission is not kept: the form shows why', async () => {
    const store = memoryStore();
    const { transport } = api(['upload-413']);
    const box = new Outbox(store, transport);
    const result = await box.submit(entry('1'));
    expect(result.outcome).toBe('refused');
    expect(store.rows.size).toBe(0);
  });

  it('a refusal on a later retry is kept with its reason until discarded', async () => {
    const store = memoryStore();
    const { transport } = api(['upload', 'create-400']);
    const box = new Outbox(store, transport);
    await box.submit(entry('1'));
    await box.flush('me');
    expect(store.rows.get('1')?.refused).toMatchObject({ status: 400, type: 'urn:cet:problem:validation' });
    await box.flush('me'); // a refused entry is not sent again
    expect(store.rows.get('1')?.refused?.status).toBe(400);
    await box.discard('1');
    expect(store.rows.size).toBe(0);
  });

  it('what waits after a reload is loaded and sent, only for its own user, oldest first', async () => {
    const store = memoryStore();
    await store.put(entry('2', false));
    await store.put(entry('1', false));
    await store.put(entry('3', false, 'someone else'));
    const { transport, calls } = api([]);
    const box = new Outbox(store, transport);
    await box.flush('me');
    expect(calls).toEqual(['create key-1', 'create key-2']);
    expect([...store.rows.keys()]).toEqual(['3']);
  });

  it('still offline: the run stops at the first failure and keeps everything', async () => {
    const store = memoryStore();
    await store.put(entry('1'));
    await store.put(entry('2'));
    const { transport, calls } = api(['upload']);
    const box = new Outbox(store, transport);
    await box.flush('me');
    expect(calls).toEqual(['upload upload-1']);
    expect(store.rows.size).toBe(2);
  });

  it('two flushes at once are one run', async () => {
    const store = memoryStore();
    await store.put(entry('1', false));
    const { transport, calls } = api([]);
    const box = new Outbox(store, transport);
    await Promise.all([box.flush('me'), box.flush('me')]);
    expect(calls).toEqual(['create key-1']);
  });
});

describe('keys', () => {
  it('are UUIDs, different each time', () => {
    const a = newKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newKey()).not.toBe(a);
  });

  it('without crypto.randomUUID (plain http in a local network) as well', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});
