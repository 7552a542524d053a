import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../ui/ProblemAlert';

/**
 * One receipt of an entry. The file needs the bearer token, so it is fetched and shown through an object
 * URL: images inline (the CSP allows `img-src blob:`), PDFs and XML as a download, because the CSP keeps
 * `object-src 'none'` and frames to its own origin, and loosening that for a preview is not worth it.
 */
export function ReceiptPreview({ bookId, receiptId }: { bookId: string; receiptId: string }) {
  const { t } = useTranslation();
  const meta = useQuery({
    queryKey: ['books', bookId, 'receipts', receiptId],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/receipts/{receiptId}', { params: { path: { bookId, receiptId } } })),
    staleTime: Infinity,
  });
  const content = useQuery({
    queryKey: ['books', bookId, 'receipts', receiptId, 'content'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/books/{bookId}/receipts/{receiptId}/content', {
          params: { path: { bookId, receiptId } },
          headers: { Accept: '*/*' },
          parseAs: 'blob',
        }),
      ) as Promise<unknown> as Promise<Blob>,
    staleTime: Infinity,
    enabled: meta.isSuccess,
  });
  const url = useObjectUrl(content.data);
  const r = meta.data;
  const image = !!r?.contentType?.startsWith('image/') && r.contentType !== 'image/heic';
  const name = r?.fileName ?? r?.number ?? t('ledger.receipts.file');

  return (
    <li className="receipt">
      <p className="receipt-title">
        <strong>{r?.number}</strong> {r?.fileName && <span className="muted">{r.fileName}</span>}
      </p>
      <ProblemAlert error={meta.error ?? content.error} />
      {url && image && <img src={url} alt={t('ledger.receipts.alt', { name })} className="receipt-image" />}
      {url && (
        <a className="button" href={url} download={r?.fileName ?? 'receipt'}>
          {image ? t('ledger.receipts.download') : t('ledger.receipts.open', { name })}
        </a>
      )}
      {!url && !content.error && !meta.error && <p role="status">{t('common.loading')}</p>}
    </li>
  );
}

/** An object URL for a blob, revoked when the blob changes or the screen goes away. */
function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}
