import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { formatInstant } from './format';

/** Who changed what when: GET .../history, every change with the fields it touched, before and after. */
export function History({
  bookId,
  id,
  names,
  describe,
}: {
  bookId: string;
  id: string;
  names: Map<string, string>;
  /** A stored value as people read it (an account's name for its id, a status in words ...). */
  describe: (field: string, value: unknown) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const history = useQuery({
    queryKey: ['books', bookId, 'transactions', id, 'history'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/transactions/{id}/history', { params: { path: { bookId, id } } })),
  });
  if (history.isPending) return <p role="status">{t('common.loading')}</p>;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return (
    <ol className="history">
      {history.data.map((c, i) => (
        <li key={i}>
          <p>
            <strong>{t(`ledger.action.${c.action}`, { defaultValue: c.action })}</strong> ·{' '}
            {(c.actorId && names.get(c.actorId)) || t('ledger.someone')} · <time dateTime={c.at}>{formatInstant(c.at, i18n.language)}</time>
          </p>
          {shown(c).length > 0 && (
            <dl className="changes">
              {shown(c).map((field) => (
                <div key={field}>
                  <dt>{t(`ledger.field.${field}`, { defaultValue: field })}</dt>
                  <dd>
                    {c.action !== 'CREATED' && (
                      <>
                        <span className="before">{show(field, c.before?.[field])}</span>
                        <span aria-hidden="true"> → </span>
                        <span className="visually-hidden"> {t('ledger.becomes')} </span>
                      </>
                    )}
                    <span className="after">{show(field, c.after?.[field])}</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );

  function show(field: string, value: unknown): string {
    if (isEmpty(value)) return t('ledger.none');
    const described = describe(field, value);
    if (described !== undefined) return described;
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The fields a change shows: on creation only those that got a value (a new entry has no "before"). */
function shown(change: { action?: string; changedFields?: string[]; after?: Record<string, unknown> }): string[] {
  const fields = change.changedFields ?? [];
  return change.action === 'CREATED' ? fields.filter((f) => !isEmpty(change.after?.[f])) : fields;
}
