import { describe, expect, it } from 'vitest';
import { backoffMillis, connectLive, liveUrl, staleKeys } from './live';
import { notificationLink } from './api';

class FakeSocket {
  static all: FakeSocket[] = [];
  sent: string[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(public url: string) {
    FakeSocket.all.push(this);
  }
  send(text: string) {
    this.sent.push(text);
  }
  close() {
    this.closed = true;
  }
  receive(data: string) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function setUp(token: string | null = 'tok') {
  FakeSocket.all = [];
  const stale: unknown[][] = [];
  const timers: { run: () => void; millis: number }[] = [];
  const stop = connectLive({
    url: 'ws://host/api/v1/me/live',
    token: () => token,
    target: { invalidate: (k) => stale.push([...k]) },
    open: (url) => new FakeSocket(url) as unknown as WebSocket,
    schedule: (run, millis) => timers.push({ run, millis }),
    cancel: () => undefined,
  });
  return { stale, timers, stop };
}

describe('live updates', () => {
  it('sends the token in the first message, never in the address', () => {
    setUp();
    const socket = FakeSocket.all[0]!;
    expect(socket.url).toBe('ws://host/api/v1/me/live');
    socket.onopen?.();
    expect(socket.sent).toEqual([JSON.stringify({ type: 'auth', token: 'tok' })]);
  });

  it('marks the affected book and the inbox stale', () => {
    const { stale } = setUp();
    const socket = FakeSocket.all[0]!;
    socket.receive('{"type":"ready"}');
    socket.receive('{"type":"transaction.changed","bookId":"b1","id":"t1"}');
    socket.receive('{"type":"notification","bookId":null,"id":"n1"}');
    socket.receive('not json');
    socket.receive('{"type":"something.else","bookId":"b1"}');
    expect(stale).toEqual([['books', 'b1'], ['notifications']]);
  });

  it('reconnects with growing waits and refetches after a reconnection', () => {
    const { stale, timers, stop } = setUp();
    FakeSocket.all[0]!.receive('{"type":"ready"}');
    FakeSocket.all[0]!.onclose?.();
    expect(timers.map((t) => t.millis)).toEqual([1000]);
    timers[0]!.run();
    FakeSocket.all[1]!.onclose?.();
    expect(timers.map((t) => t.millis)).toEqual([1000, 2000]);
    timers[1]!.run();
    FakeSocket.all[2]!.receive('{"type":"ready"}');
    expect(stale).toEqual([['books'], ['notifications']]);
    stop();
    expect(FakeSocket.all[2]!.closed).toBe(true);
    FakeSocket.all[2]!.onclose?.();
    expect(timers).toHaveLength(2);
  });

  it('does not connect without a token', () => {
    setUp(null);
    expect(FakeSocket.all).toHaveLength(0);
  });

  it('computes the backoff, the address and the links', () => {
    expect([0, 1, 2, 5, 10].map(backoffMillis)).toEqual([1000, 2000, 4000, 30000, 30000]);
    expect(liveUrl({ protocol: 'https:', host: 'cet.example.org' })).toBe('wss://cet.example.org/api/v1/me/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/api/v1/me/live');
    expect(staleKeys({ type: 'budget.status', bookId: null })).toEqual([]);
    expect(notificationLink({ kind: 'APPROVAL_REQUESTED', bookId: 'b', subjectId: 't' })).toBe('/books/b/approvals');
    expect(notificationLink({ kind: 'CLAIM_APPROVED', bookId: 'b', subjectId: 't' })).toBe('/books/b/transactions/t');
    expect(notificationLink({ kind: 'CLAIM_REIMBURSED', bookId: 'b', subjectId: 't' })).toBe('/books/b/advances');
    expect(notificationLink({ kind: 'PERIOD_ENDING', bookId: 'b', subjectId: 'p' })).toBe('/books/b');
    expect(notificationLink({ kind: 'SECURITY', bookId: null, subjectId: null })).toBe('/settings/security');
    expect(notificationLink({ kind: 'BACKUP_FAILED', bookId: null, subjectId: 'r' })).toBe(null);
  });
});
