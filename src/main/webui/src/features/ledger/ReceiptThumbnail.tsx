import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';

/**
 * A small picture of an entry's first receipt in the ledger list. The thumbnail needs the bearer token,
 * so it comes through fetch as a blob URL (the web app's CSP allows `img-src blob:`); it is fetched only
 * once its row scrolls near the screen, and the box has a fixed size so the list does not jump when it
 * arrives. A receipt without a picture (XML, a failed read) keeps the empty box.
 */
export function ReceiptThumbnail({ bookId, receiptId, alt }: { bookId: string; receiptId: string; alt: string }) {
  const box = useRef<HTMLSpanElement>(null);
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = box.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && setNear(true), { rootMargin: '200px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  const thumbnail = useQuery({
    queryKey: ['books', bookId, 'receipts', receiptId, 'thumbnail'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/books/{bookId}/receipts/{receiptId}/thumbnail', {
          params: { path: { bookId, receiptId } },
          headers: { Accept: 'image/jpeg, image/png, application/problem+json' },
          parseAs: 'blob',
        }),
      ) as Promise<unknown> as Promise<Blob>,
    enabled: near,
    staleTime: Infinity,
    retry: false,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!thumbnail.data) return;
    const created = URL.createObjectURL(thumbnail.data);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [thumbnail.data]);
  return (
    <span ref={box} className="ledger-thumb">
      {url && <img src={url} alt={alt} width={40} height={40} loading="lazy" decoding="async" />}
    </span>
  );
}
