import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { NetworkProblem, problemFrom } from '../../api/problem';
import type { components } from '../../api/schema';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { formatInstant } from '../ledger/format';
import { attachmentName, formatBytes, saveBlob } from './download';

type BackupRun = components['schemas']['BackupRun'];

/**
 * Backups: run one now (the answer comes when it has finished), the list of runs with size, SHA-256 and
 * result, and the encrypted archive to download. Restoring is its own screen.
 */
export default function BackupsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [size, setSize] = useState(20);
  const [done, setDone] = useState<BackupRun | null>(null);
  const runs = useQuery({
    queryKey: ['admin', 'backups', size],
    queryFn: () => unwrap(api.GET('/api/v1/admin/backups', { params: { query: { size } } })),
    placeholderData: (previous) => previous,
  });
  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/admin/backups')),
    onMutate: () => setDone(null),
    onSuccess: (r) => {
      setDone(r);
      return client.invalidateQueries({ queryKey: ['admin', 'backups'] });
    },
  });
  const download = useMutation({
    mutationFn: async (r: BackupRun) => {
      let answer;
      try {
        // The client asks for JSON by default; this answer is the encrypted file.
        answer = await api.GET('/api/v1/admin/backups/{id}/content', {
          params: { path: { id: r.id! } },
          headers: { Accept: 'application/pgp-encrypted, application/problem+json' },
          parseAs: 'blob',
        });
      } catch (e) {
        throw new NetworkProblem(e instanceof Error ? e.message : String(e));
      }
      if (!answer.response.ok) throw problemFrom(answer.response, answer.error);
      saveBlob(answer.data as Blob, attachmentName(answer.response.headers.get('Content-Disposition'), r.fileName ?? 'cet-backup.zip.pgp'));
    },
  });
  const items = runs.data?.items ?? [];

  return (
    <>
      <h1>{t('admin.backups.title')}</h1>
      <p className="muted">{t('admin.backups.intro')}</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={run.isPending} onClick={() => run.mutate()}>
          {run.isPending ? t('admin.backups.running') : t('admin.backups.run')}
        </button>
      </div>
      {run.isPending && (
        <p role="status" className="muted">
          {t('admin.backups.runningText')}
        </p>
      )}
      <ProblemAlert error={run.error} />
      {done && (
        <p className={done.status === 'SUCCEEDED' ? 'alert alert-success' : 'alert alert-error'} role="status">
          {done.status === 'SUCCEEDED'
            ? t('admin.backups.succeeded', { size: formatBytes(done.sizeBytes, i18n.language) })
            : t('admin.backups.failed', { error: done.error ?? '' })}
        </p>
      )}
      <h2>{t('admin.backups.listTitle')}</h2>
      <ProblemAlert error={runs.error ?? download.error} />
      {runs.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('admin.backups.none')}</p>
      ) : (
        <TableRegion label={t('admin.backups.listTitle')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.backups.started')}</th>
                <th scope="col">{t('admin.backups.result')}</th>
                <th scope="col" className="num">{t('admin.backups.size')}</th>
                <th scope="col">{t('admin.backups.checksum')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {formatInstant(r.startedAt, i18n.language)}
                    <br />
                    <span className="muted">{t(`admin.backups.triggers.${r.trigger}`, { defaultValue: r.trigger ?? '' })}</span>
                  </th>
                  <td>
                    <span className={r.status === 'SUCCEEDED' ? 'badge badge-booked' : r.status === 'FAILED' ? 'badge badge-rejected' : 'badge badge-draft'}>
                      {t(`admin.backups.status.${r.status}`, { defaultValue: r.status ?? '' })}
                    </span>
                    {r.error && <p className="field-error">{r.error}</p>}
                  </td>
                  <td className="num">{formatBytes(r.sizeBytes, i18n.language)}</td>
                  <td className="checksum">{r.sha256 ?? '–'}</td>
                  <td>
                    {r.status === 'SUCCEEDED' && (
                      <button
                        type="button"
                        className="button"
                        disabled={download.isPending}
                        aria-label={t('admin.backups.downloadOf', { when: formatInstant(r.startedAt, i18n.language) })}
                        onClick={() => download.mutate(r)}
                      >
                        {t('admin.backups.download')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {(runs.data?.totalItems ?? 0) > items.length && (
        <div className="actions">
          <button type="button" className="button" disabled={runs.isFetching} onClick={() => setSize((s) => Math.min(500, s + 20))}>
            {t('admin.backups.more')}
          </button>
        </div>
      )}
    </>
  );
}
