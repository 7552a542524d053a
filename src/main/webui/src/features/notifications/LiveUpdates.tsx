import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { currentAccessToken } from '../../api/session';
import { useMe } from '../../app/useMe';
import { connectLive, liveUrl } from './live';

/** Mounted in the frame of every signed-in screen (its own chunk): keeps the live-update socket open. */
export default function LiveUpdates() {
  const client = useQueryClient();
  const userId = useMe().data?.id;
  useEffect(() => {
    if (!userId) return undefined;
    return connectLive({
      url: liveUrl(window.location),
      token: currentAccessToken,
      target: { invalidate: (queryKey) => void client.invalidateQueries({ queryKey }) },
    });
  }, [client, userId]);
  return null;
}
