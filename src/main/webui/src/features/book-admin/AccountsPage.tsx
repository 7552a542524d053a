import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney, parseAmount } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { amountForInput, today } from '../ledger/format';
import { useAccounts } from '../ledger/useBookData';
import { ifMatch, isStaleEdit } from './access';
import { formatIban, isValidIban, normalizeIban } from './iban';
import { StaleNotice } from './StaleNotice';

type Account = components['schemas']['Account'];
type AccountType = components['schemas']['AccountType'];
type Fund = components['schemas']['Fund'];

/** The book's accounts: bank (with IBAN) and cash, each of a fund, with opening balance and balance today. */
export default function AccountsPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const accounts = useAccounts(bookId);
  const [editing, setEditing] = useState<string | null>(null);
  if (isNotFound(accounts.error, bookId)) return <BookNotFound />;

  return (
    <>
      <h1>{t('bookAdmin.accounts.title')}</h1>
      <p className="muted">{t('bookAdmin.accounts.intro')}</p>
      <ProblemAlert error={accounts.error} />
      {accounts.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (accounts.data ?? []).length === 0 ? (
        <p className="empty">{t('bookAdmin.accounts.none')}</p>
      ) : (
        <TableRegion label={t('bookAdmin.accounts.title')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('bookAdmin.accounts.name')}</th>
                <th scope="col">{t('bookAdmin.accounts.type')}</th>
                <th scope="col">{t('bookAdmin.accounts.fund')}</th>
                <th scope="col">{t('bookAdmin.accounts.iban')}</th>
                <th scope="col" className="num">{t('bookAdmin.accounts.opening')}</th>
                <th scope="col" className="num">{t('bookAdmin.accounts.balance')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(accounts.data ?? []).map((a) => (
                <tr key={a.id} className={a.archived ? 'archived' : undefined}>
                  <th scope="row">
                    {a.name}
                    {a.archived && <span className="muted"> ({t('bookAdmin.archivedMark')})</span>}
                  </th>
                  <td>{t(`bookAdmin.accounts.types.${a.type}`)}</td>
                  <td>{t(`funds.${a.fund}`)}</td>
                  <td className="iban">{a.iban ? formatIban(a.iban) : '–'}</td>
                  <td className="num">
                    {a.openingBalance ? formatMoney(a.openingBalance, i18n.language) : ''}
                    <br />
                    <span className="muted">{formatDate(a.openingDate, i18n.language)}</span>
                  </td>
                  <td className="num">{a.balance ? formatMoney(a.balance, i18n.language) : ''}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-expanded={editing === a.id}
                      aria-label={t('bookAdmin.editOf', { name: a.name })}
                      onClick={() => setEditing(editing === a.id ? null : a.id!)}
                    >
                      {t('bookAdmin.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {editing &&
        (accounts.data ?? [])
          .filter((a) => a.id === editing)
          .map((a) => <EditAccount key={`${a.id}-${a.version}`} bookId={bookId} account={a} onClose={() => setEditing(null)} />)}
      <NewAccount bookId={bookId} />
    </>
  );
}

/** The IBAN field's error while typing: only once it looks finished, so typing is not scolded. */
function ibanError(iban: string, t: (key: string) => string): string | undefined {
  const text = normalizeIban(iban);
  if (text === '') return undefined;
  return isValidIban(text) ? undefined : t('bookAdmin.accounts.ibanInvalid');
}

function NewAccount({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [type, setType] = useState<AccountType>('BANK');
  const [fund, setFund] = useState<Fund>('PUBLIC');
  const [iban, setIban] = useState('');
  const [ibanTouched, setIbanTouched] = useState(false);
  const [opening, setOpening] = useState('0');
  const [openingDate, setOpeningDate] = useState(today());
  const [amountError, setAmountError] = useState<string>();
  const [created, setCreated] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: components['schemas']['CreateAccountRequest']) =>
      unwrap(api.POST('/api/v1/books/{bookId}/accounts', { params: { path: { bookId } }, body })),
    onMutate: () => setCreated(null),
    onSuccess: (account) => {
      setCreated(t('bookAdmin.accounts.created', { name: account.name }));
      setName('');
      setIban('');
      setIbanTouched(false);
      setOpening('0');
      return client.invalidateQueries({ queryKey: ['books', bookId] });
    },
  });
  const shownIbanError = type === 'BANK' && ibanTouched ? ibanError(iban, t) : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setIbanTouched(true);
    const amount = parseAmount(opening);
    setAmountError(amount ? undefined : t('bookAdmin.amountInvalid'));
    if (!amount || (type === 'BANK' && ibanError(iban, t))) return;
    save.mutate({
      name: name.trim(),
      type,
      fund,
      iban: type === 'BANK' && iban.trim() ? normalizeIban(iban) : undefined,
      openingBalance: amount,
      openingDate,
    });
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="new-account">
      <h2 id="new-account">{t('bookAdmin.accounts.new')}</h2>
      <Field label={t('bookAdmin.accounts.name')} required value={name} onChange={(e) => setName(e.target.value)} />
      <div className="field">
        <label htmlFor="account-type">{t('bookAdmin.accounts.type')}</label>
        <select id="account-type" value={type} onChange={(e) => setType(e.target.value as AccountType)}>
          <option value="BANK">{t('bookAdmin.accounts.types.BANK')}</option>
          <option value="CASH">{t('bookAdmin.accounts.types.CASH')}</option>
        </select>
      </div>
      <FundSelect id="account-fund" value={fund} onChange={setFund} />
      {type === 'BANK' && (
        <Field
          label={t('bookAdmin.accounts.iban')}
          autoComplete="off"
          spellCheck={false}
          value={iban}
          onChange={(e) => setIban(e.target.value)}
          onBlur={() => setIbanTouched(true)}
          error={shownIbanError}
          hint={t('bookAdmin.accounts.ibanHint')}
        />
      )}
      <Field
        label={t('bookAdmin.accounts.openingBalance')}
        inputMode="decimal"
        value={opening}
        onChange={(e) => setOpening(e.target.value)}
        error={amountError}
        hint={t('bookAdmin.amountHint')}
      />
      <Field label={t('bookAdmin.accounts.openingDate')} type="date" value={openingDate} onChange={(e) => setOpeningDate(e.target.value)} />
      <ProblemAlert error={save.error} />
      {created && (
        <p className="alert alert-success" role="status">
          {created}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || name.trim() === ''}>
          {t('bookAdmin.accounts.create')}
        </button>
      </div>
    </form>
  );
}

function FundSelect({ id, value, onChange }: { id: string; value: Fund; onChange: (f: Fund) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('bookAdmin.accounts.fund')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Fund)}>
        <option value="PUBLIC">{t('funds.PUBLIC')}</option>
        <option value="OWN">{t('funds.OWN')}</option>
      </select>
    </div>
  );
}

function EditAccount({ bookId, account, onClose }: { bookId: string; account: Account; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(account.name ?? '');
  const [fund, setFund] = useState<Fund>(account.fund ?? 'PUBLIC');
  const [iban, setIban] = useState(account.iban ? formatIban(account.iban) : '');
  const [opening, setOpening] = useState(amountForInput(account.openingBalance, i18n.language));
  const [openingDate, setOpeningDate] = useState(account.openingDate ?? '');
  const [archived, setArchived] = useState(!!account.archived);
  const [amountError, setAmountError] = useState<string>();
  const save = useMutation({
    mutationFn: (body: components['schemas']['UpdateAccountRequest']) =>
      unwrap(
        api.PATCH('/api/v1/books/{bookId}/accounts/{accountId}', {
          params: { path: { bookId, accountId: account.id! }, header: ifMatch(account.version) },
          body,
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['books', bookId] });
      onClose();
    },
  });
  const stale = isStaleEdit(save.error);
  const shownIbanError = account.type === 'BANK' ? ibanError(iban, t) : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    const amount = parseAmount(opening);
    setAmountError(amount ? undefined : t('bookAdmin.amountInvalid'));
    if (!amount || shownIbanError) return;
    save.mutate({
      name: name.trim(),
      fund,
      iban: account.type === 'BANK' && iban.trim() ? normalizeIban(iban) : undefined,
      openingBalance: amount,
      openingDate: openingDate || undefined,
      archived,
    });
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="edit-account">
      <h2 id="edit-account">{t('bookAdmin.editOf', { name: account.name })}</h2>
      <Field label={t('bookAdmin.accounts.name')} required value={name} onChange={(e) => setName(e.target.value)} />
      <FundSelect id="edit-account-fund" value={fund} onChange={setFund} />
      {account.type === 'BANK' && (
        <Field label={t('bookAdmin.accounts.iban')} autoComplete="off" spellCheck={false} value={iban} onChange={(e) => setIban(e.target.value)} error={shownIbanError} />
      )}
      <Field label={t('bookAdmin.accounts.openingBalance')} inputMode="decimal" value={opening} onChange={(e) => setOpening(e.target.value)} error={amountError} />
      <Field label={t('bookAdmin.accounts.openingDate')} type="date" value={openingDate} onChange={(e) => setOpeningDate(e.target.value)} />
      <div className="check">
        <input id="edit-account-archived" type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        <label htmlFor="edit-account-archived">{t('bookAdmin.accounts.archived')}</label>
      </div>
      {stale ? <StaleNotice onReload={() => void client.invalidateQueries({ queryKey: ['books', bookId, 'accounts'] })} /> : <ProblemAlert error={save.error} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || stale || name.trim() === ''}>
          {t('bookAdmin.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('bookAdmin.cancel')}
        </button>
      </div>
    </form>
  );
}
