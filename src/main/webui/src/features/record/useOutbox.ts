import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { outbox } from './outboxStore';

const RETRY_EVERY_MS = 30_000;

/**
 * What waits on this device for me, sent again by itself: at once, whenever the browser is back
 * online, and every half minute while something waits (an `online` event does not come when only
 * the server was away).
 */
export function useOutbox(userId: string | undefined) {
  const entries = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.snapshot(),
  );
  const client = useQueryClient();
  const mine = userId ? entries.filter((e) => e.userId === userId) : [];
  const waiting = mine.some((e) => !e.refused);

  useEffect(() => {
    if (!userId) return;
    const flush = () =>
      void outbox.flush(userId).then(() => client.invalidateQueries({ queryKey: ['books'] }), () => undefined);
    void outbox.load().then(flush, () => undefined);
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [userId, client]);

  useEffect(() => {
    if (!userId || !waiting) return;
    const timer = setInterval(() => void outbox.flush(userId), RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [userId, waiting]);

  return {
    entries: mine,
    retry: () => (userId ? outbox.flush(userId).then(() => client.invalidateQueries({ queryKey: ['books'] })) : Promise.resolve()),
    discard: (id: string) => outbox.discard(id),
  };
}
