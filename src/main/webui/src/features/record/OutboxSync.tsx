import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/useMe';
import { useOutbox } from './useOutbox';

/**
 * In the frame of every signed-in screen: sends what waits on this device (also when the record
 * screen is not open) and says so while something waits.
 */
export default function OutboxSync() {
  const { t } = useTranslation();
  const me = useMe();
  const { entries } = useOutbox(me.data?.id);
  // The record screen lists what waits itself.
  const onRecordScreen = useMatch('/books/:bookId/record') !== null;
  if (entries.length === 0 || onRecordScreen) return null;
  const waiting = entries.filter((e) => !e.refused);
  const bookId = entries[0]!.bookId;
  return (
    <div className="alert alert-info outbox-banner" role="status">
      <p>
        {waiting.length > 0 ? t('record.outboxBanner', { count: waiting.length }) : t('record.outboxRefused')}{' '}
        <Link to={`/books/${bookId}/record`}>{t('record.outboxOpen')}</Link>
      </p>
    </div>
  );
}
