import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useMe } from '../../app/useMe';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { useAccounts } from '../ledger/useBookData';
import { formatInstant } from '../ledger/format';

type Mailbox = components['schemas']['Mailbox'];
type Purpose = 'BANK_ALERTS' | 'RECEIPTS';

/**
 * IMAP mailboxes of the installation (ADR 0022): bank alert mails become bank lines of an account,
 * forwarded mails with PDF, JPEG or PNG attachments receipts of a book. The password is write-only:
 * the list says whether one is stored; editing keeps it unless a new one is typed.
 */
export default function MailboxesPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Mailbox | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formRound, setFormRound] = useState(0); // a new round empties the form (above all the password)
  const boxes = useQuery({
    queryKey: ['admin', 'mailboxes'],
    queryFn: () => unwrap(api.GET('/api/v1/admin/mailboxes')),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['admin', 'mailboxes'] });
  const poll = useMutation({
    mutationFn: (m: Mailbox) => unwrap(api.POST('/api/v1/admin/mailboxes/{id}/poll', { params: { path: { id: m.id! } } })),
    onMutate: () => setNotice(null),
    onSuccess: (m) => {
      setNotice(
        m.lastPollResult === 'OK'
          ? t('mailboxes.pollOk', { name: m.name, count: m.lastPollMails ?? 0 })
          : t('mailboxes.pollFailed', { name: m.name, error: m.lastPollError ?? '' }),
      );
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (m: Mailbox) => unwrap(api.DELETE('/api/v1/admin/mailboxes/{id}', { params: { path: { id: m.id! } } })),
    onSuccess: () => refresh(),
  });
  const items = boxes.data ?? [];

  return (
    <>
      <h1>{t('mailboxes.title')}</h1>
      <p className="muted">{t('mailboxes.intro')}</p>
      <ProblemAlert error={boxes.error ?? remove.error ?? poll.error} />
      {notice && (
        <p className={poll.data?.lastPollResult === 'OK' ? 'alert alert-success' : 'alert alert-error'} role="status">
          {notice}
        </p>
      )}
      {boxes.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('mailboxes.none')}</p>
      ) : (
        <TableRegion label={t('mailboxes.listTitle')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('mailboxes.name')}</th>
                <th scope="col">{t('mailboxes.purpose')}</th>
                <th scope="col">{t('mailboxes.lastPoll')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.name}
                    <br />
                    <span className="muted">
                      {m.username}@{m.host}:{m.port} · {m.folder}
                    </span>
                  </th>
                  <td>{t(`mailboxes.purposes.${m.purpose}`)}</td>
                  <td>
                    {m.lastPollAt ? (
                      <>
                        <span className={m.lastPollResult === 'OK' ? 'badge badge-booked' : 'badge badge-rejected'}>
                          {m.lastPollResult === 'OK' ? t('mailboxes.ok') : t('mailboxes.failed')}
                        </span>{' '}
                        {formatInstant(m.lastPollAt, i18n.language)}
                        {m.lastPollResult === 'OK' && <span className="muted"> · {t('mailboxes.mails', { count: m.lastPollMails ?? 0 })}</span>}
                        {m.lastPollError && <p className="field-error">{m.lastPollError}</p>}
                      </>
                    ) : (
                      <span className="muted">{t('mailboxes.never')}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={poll.isPending}
                      aria-label={t('mailboxes.pollOf', { name: m.name })}
                      onClick={() => poll.mutate(m)}
                    >
                      {t('mailboxes.poll')}
                    </button>{' '}
                    <button type="button" className="button" aria-label={t('mailboxes.editOf', { name: m.name })} onClick={() => setEditing(m)}>
                      {t('mailboxes.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      aria-label={t('mailboxes.deleteOf', { name: m.name })}
                      onClick={() => {
                        if (window.confirm(t('mailboxes.confirmDelete', { name: m.name }))) remove.mutate(m);
                      }}
                    >
                      {t('mailboxes.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <MailboxForm
        key={`${editing?.id ?? 'new'}-${formRound}`}
        editing={editing}
        onDone={() => {
          setEditing(null);
          setFormRound((r) => r + 1);
          void refresh();
        }}
      />
    </>
  );
}

function MailboxForm({ editing, onDone }: { editing: Mailbox | null; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const memberships = me.data?.memberships ?? [];
  const [name, setName] = useState(editing?.name ?? '');
  const [host, setHost] = useState(editing?.host ?? '');
  const [port, setPort] = useState(String(editing?.port ?? 993));
  const [tls, setTls] = useState(editing?.tls ?? true);
  const [username, setUsername] = useState(editing?.username ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(editing?.folder ?? 'INBOX');
  const [purpose, setPurpose] = useState<Purpose>((editing?.purpose as Purpose) ?? 'RECEIPTS');
  const [bookId, setBookId] = useState(editing?.bookId ?? memberships[0]?.bookId ?? '');
  const [accountId, setAccountId] = useState(editing?.accountId ?? '');
  const [template, setTemplate] = useState(editing?.bankTemplate ?? '');
  const accounts = useAccounts(bookId);
  const banks = (accounts.data ?? []).filter((a) => a.type === 'BANK');
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        host,
        port: Number(port),
        tls,
        username,
        password,
        folder,
        bookId: bookId || undefined,
        accountId: purpose === 'BANK_ALERTS' ? accountId || banks[0]?.id : undefined,
        purpose,
        bankTemplate: purpose === 'BANK_ALERTS' ? template : undefined,
      };
      return editing
        ? unwrap(api.PATCH('/api/v1/admin/mailboxes/{id}', { params: { path: { id: editing.id! } }, body: { ...body, version: editing.version } }))
        : unwrap(api.POST('/api/v1/admin/mailboxes', { body }));
    },
    onSuccess: () => onDone(),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  const title = editing ? t('mailboxes.editTitle', { name: editing.name }) : t('mailboxes.new');
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="mailbox-form">
      <h2 id="mailbox-form">{title}</h2>
      <Field label={t('mailboxes.name')} value={name} onChange={(e) => setName(e.target.value)} />
      <Field label={t('mailboxes.host')} required autoComplete="off" spellCheck={false} value={host} onChange={(e) => setHost(e.target.value)} />
      <Field label={t('mailboxes.port')} inputMode="numeric" value={port} onChange={(e) => setPort(e.target.value)} />
      <div className="check">
        <input id="mailbox-tls" type="checkbox" checked={tls} onChange={(e) => setTls(e.target.checked)} />
        <label htmlFor="mailbox-tls">{t('mailboxes.tls')}</label>
      </div>
      <Field label={t('mailboxes.username')} required autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
      <Field
        label={t('mailboxes.password')}
        type="password"
        autoComplete="new-password"
        required={!editing}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        hint={editing ? t('mailboxes.passwordKeep') : t('mailboxes.passwordHint')}
      />
      <Field label={t('mailboxes.folder')} value={folder} onChange={(e) => setFolder(e.target.value)} />
      <div className="field">
        <label htmlFor="mailbox-purpose">{t('mailboxes.purpose')}</label>
        <select id="mailbox-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
          <option value="RECEIPTS">{t('mailboxes.purposes.RECEIPTS')}</option>
          <option value="BANK_ALERTS">{t('mailboxes.purposes.BANK_ALERTS')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="mailbox-book">{t('mailboxes.book')}</label>
        <select id="mailbox-book" value={bookId} onChange={(e) => { setBookId(e.target.value); setAccountId(''); }} aria-describedby="mailbox-book-hint">
          {memberships.length === 0 && <option value="">{t('mailboxes.noBook')}</option>}
          {memberships.map((m) => (
            <option key={m.bookId} value={m.bookId}>
              {m.bookName}
            </option>
          ))}
        </select>
        <div id="mailbox-book-hint" className="field-hint">
          {t('mailboxes.bookHint')}
        </div>
      </div>
      {purpose === 'BANK_ALERTS' && (
        <>
          <div className="field">
            <label htmlFor="mailbox-account">{t('mailboxes.account')}</label>
            <select id="mailbox-account" value={accountId || banks[0]?.id || ''} onChange={(e) => setAccountId(e.target.value)}>
              {banks.length === 0 && <option value="">{t('mailboxes.noAccount')}</option>}
              {banks.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="mailbox-template">{t('mailboxes.template')}</label>
            <select id="mailbox-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
              <option value="">{t('mailboxes.templateAuto')}</option>
              <option value="SPARKASSE">Sparkasse</option>
              <option value="DKB">DKB</option>
            </select>
          </div>
        </>
      )}
      <ProblemAlert error={save.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {editing ? t('mailboxes.save') : t('mailboxes.create')}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onDone}>
            {t('mailboxes.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
