import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { formatInstant } from '../ledger/format';

const EVENTS_PAGE = 20;
type EventPage = components['schemas']['SecurityEventPage'];

/**
 * What happened to an account (sign-ins, failures, password and MFA changes), newest first, 20 at a time:
 * my own in my settings, any user's for the instance administrator.
 */
export function SecurityEventsTable({ title, intro, queryKey, load }: {
  title: string;
  intro: string;
  queryKey: readonly unknown[];
  load: (size: number) => Promise<EventPage>;
}) {
  const { t, i18n } = useTranslation();
  const [size, setSize] = useState(EVENTS_PAGE);
  const events = useQuery({ queryKey: [...queryKey, size], queryFn: () => load(size), placeholderData: (previous) => previous });
  const items = events.data?.items ?? [];
  return (
    <>
      <h2>{title}</h2>
      <p className="muted">{intro}</p>
      <ProblemAlert error={events.error} />
      {events.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('settings.events.none')}</p>
      ) : (
        <TableRegion label={title}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.events.when')}</th>
                <th scope="col">{t('settings.events.what')}</th>
                <th scope="col">{t('settings.events.from')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td>{formatInstant(e.occurredAt, i18n.language)}</td>
                  <th scope="row">{t(`settings.events.types.${e.type}`, { defaultValue: e.type })}</th>
                  <td className="mono">{e.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {(events.data?.totalItems ?? 0) > items.length && (
        <div className="actions">
          <button type="button" className="button" disabled={events.isFetching} onClick={() => setSize((s) => Math.min(500, s + EVENTS_PAGE))}>
            {t('settings.events.more')}
          </button>
        </div>
      )}
    </>
  );
}
