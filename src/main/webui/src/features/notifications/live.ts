/**
 * The live-update client: one WebSocket per signed-in tab on `/api/v1/me/live`. The access token goes in
 * the first message, never in the address (docs/adr/0018). What arrives says which book changed; the
 * screens' queries of that book are marked stale, so the ledger, dashboard, approvals and inbox show it
 * without a reload. A closed socket is opened again with growing waits (1 s, 2 s, 4 s … 30 s), and a
 * fresh connection refetches, since events may have passed while it was away.
 */
export interface LiveMessage {
  type: string;
  bookId?: string | null;
  id?: string | null;
}

export interface LiveTarget {
  /** Marks queries stale by key prefix. */
  invalidate(queryKey: readonly unknown[]): void;
}

/** What a message means for the caches: which query key prefixes go stale. */
export function staleKeys(message: LiveMessage): (readonly unknown[])[] {
  switch (message.type) {
    case 'transaction.changed':
    case 'budget.status':
    case 'import.finished':
      return message.bookId ? [['books', message.bookId]] : [];
    case 'notification':
      return [['notifications']];
    case 'resync':
      return [['books'], ['notifications']];
    default:
      return [];
  }
}

export function backoffMillis(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

export function liveUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/me/live`;
}

export interface LiveOptions {
  url: string;
  token: () => string | null;
  target: LiveTarget;
  /** Replaceable in tests. */
  open?: (url: string) => WebSocket;
  schedule?: (run: () => void, millis: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/** Starts the connection; answers the function that stops it for good. */
export function connectLive(options: LiveOptions): () => void {
  const open = options.open ?? ((url: string) => new WebSocket(url));
  const schedule = options.schedule ?? ((run, millis) => setTimeout(run, millis));
  const cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let socket: WebSocket | null = null;
  let attempt = 0;
  let stopped = false;
  let timer: unknown;
  let everConnected = false;

  function start() {
    const token = options.token();
    if (stopped || !token) return;
    const ws = open(options.url);
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token }));
    ws.onmessage = (event: MessageEvent) => {
      let message: LiveMessage;
      try {
        message = JSON.parse(String(event.data)) as LiveMessage;
      } catch {
        return;
      }
      if (message.type === 'ready') {
        attempt = 0;
        // A reconnection may have missed events: fetch what is shown again.
        if (everConnected) staleKeys({ type: 'resync' }).forEach((k) => options.target.invalidate(k));
        everConnected = true;
        return;
      }
      staleKeys(message).forEach((k) => options.target.invalidate(k));
    };
    ws.onclose = () => {
      if (socket === ws) socket = null;
      if (stopped) return;
      timer = schedule(start, backoffMillis(attempt));
      attempt += 1;
    };
  }

  start();
  return () => {
    stopped = true;
    cancel(timer);
    socket?.close(1000, 'bye');
    socket = null;
  };
}
