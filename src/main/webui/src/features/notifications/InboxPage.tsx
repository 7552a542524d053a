import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { notificationLink, useInbox, useMarkAllRead, useMarkRead } from './api';
import './notifications.css';

/** My inbox (`/notifications`): newest first, unread in bold; mark one or all read; what each is about. */
export default function InboxPage() {
  const { t, i18n } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInbox(unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const items = inbox.data?.items ?? [];
  const unread = inbox.data?.unread ?? 0;

  return (
    <section className="notifications">
      <h1>{t('notifications.title')}</h1>
      <div className="inbox-actions">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          {t('notifications.unreadOnly')}
        </label>
        <button type="button" className="button" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.readAll')}
        </button>
        <Link to="/settings/notifications">{t('notifications.preferencesLink')}</Link>
      </div>
      <p role="status" className="inbox-summary">
        {inbox.isPending ? t('common.loading') : t('notifications.unreadCount', { count: unread })}
      </p>
      <ProblemAlert error={inbox.error ?? markRead.error ?? markAll.error} />
      {!inbox.isPending && items.length === 0 && <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>}
      <ul className="inbox">
        {items.map((n) => {
          const link = notificationLink(n);
          return (
            <li key={n.id} className={n.readAt ? 'inbox-item' : 'inbox-item unread'} data-kind={n.kind}>
              <h2>
                {!n.readAt && <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
                {n.title}
              </h2>
              <p>{n.body}</p>
              <div className="row">
                <span className="meta">
                  {t(`notifications.kind.${n.kind}`)} · {n.createdAt && <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>}
                </span>
                {link && <Link to={link}>{t('notifications.open')}</Link>}
                {!n.readAt && (
                  <button type="button" className="button" disabled={markRead.isPending} onClick={() => n.id && markRead.mutate(n.id)}>
                    {t('notifications.markRead')}
                    <span className="visually-hidden">: {n.title}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
