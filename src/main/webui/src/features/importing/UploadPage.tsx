import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { useActor } from '../ledger/useBookData';
import { keepsBank } from './access';
import { bankKey, uploadStatement, useProfiles, type StatementImport } from './api';
import { formatName, isCsv } from './format';
import { ImportProblemAlert } from './ImportProblemAlert';
import { useBankAccounts } from './useBankAccounts';

/**
 * Uploads a statement into one bank account: dropped on the area or chosen with the file picker (a
 * native input, so the keyboard reaches it); a CSV asks for its mapping (a preset of a German bank or a
 * saved profile). The answer says what came in; a refusal says why, in the screen's language.
 */
export default function UploadPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { actor } = useActor(bookId);
  const accounts = useBankAccounts(bookId);
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [profileId, setProfileId] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const accountId = search.get('accountId') ?? accounts.bank[0]?.id ?? '';
  const csv = !!file && isCsv(file);
  const { presets, saved } = useProfiles(bookId, csv);

  useEffect(() => {
    if (!csv) setProfileId('');
  }, [csv]);

  const upload = useMutation({
    mutationFn: () => uploadStatement(bookId, accountId, file!, csv ? profileId : undefined),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: bankKey(bookId) });
    },
  });

  if (isNotFound(accounts.error, bookId)) return <BookNotFound />;
  const may = keepsBank(actor?.role);

  function choose(f: File | undefined | null) {
    upload.reset();
    setFile(f ?? null);
  }
  function drop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    // The picker would still name an earlier choice: the dropped file replaces it.
    if (inputRef.current) inputRef.current.value = '';
    choose(e.dataTransfer.files[0]);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (file && accountId && (!csv || profileId)) upload.mutate();
  }
  const when = (d?: string) => formatDate(d, i18n.language);
  const money = (m?: string) => (m ? formatMoney(m, i18n.language) : '–');

  return (
    <div className="bank-upload">
      <h1>{t('importing.upload.title')}</h1>
      <p className="muted">{t('importing.upload.intro')}</p>
      {!may && actor && <p className="alert alert-info">{t('importing.upload.notYours')}</p>}
      <form className="card bank-card" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('importing.upload.form')}</h2>
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('importing.account')}</label>
          <select
            id={`${id}-account`}
            value={accountId}
            onChange={(e) => {
              upload.reset();
              setSearch({ accountId: e.target.value }, { replace: true });
            }}
          >
            {accounts.bank.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.iban ? ` (${a.iban})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <p>{t('importing.upload.drop')}</p>
          <label htmlFor={`${id}-file`} className="file-label">
            {t('importing.upload.choose')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-file`}
            type="file"
            className="file-input"
            accept=".xml,.zip,.sta,.mt940,.940,.txt,.csv,application/xml,text/xml,application/zip,text/csv,text/plain"
            aria-describedby={`${id}-formats`}
            onChange={(e) => choose(e.target.files?.[0])}
          />
          <p id={`${id}-formats`} className="field-hint">
            {t('importing.upload.formats')}
          </p>
          <p aria-live="polite" className="chosen-file">
            {file ? t('importing.upload.chosen', { name: file.name }) : t('importing.upload.none')}
          </p>
        </div>
        {csv && (
          <div className="field">
            <label htmlFor={`${id}-profile`}>{t('importing.upload.profile')}</label>
            <select id={`${id}-profile`} value={profileId} onChange={(e) => setProfileId(e.target.value)} required aria-describedby={`${id}-profile-hint`}>
              <option value="">{t('importing.upload.profileChoose')}</option>
              <optgroup label={t('importing.upload.presets')}>
                {(presets.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
              {(saved.data ?? []).length > 0 && (
                <optgroup label={t('importing.upload.saved')}>
                  {(saved.data ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            <p id={`${id}-profile-hint`} className="field-hint">
              {t('importing.upload.profileHint')}
            </p>
          </div>
        )}
        <ImportProblemAlert error={upload.error ?? presets.error ?? saved.error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={!file || !accountId || (csv && !profileId) || upload.isPending}>
            {upload.isPending ? t('importing.upload.busy') : t('importing.upload.submit')}
          </button>
        </div>
      </form>
      {upload.data && <Result bookId={bookId} accountId={accountId} result={upload.data} when={when} money={money} />}
    </div>
  );
}

function Result({
  bookId,
  accountId,
  result,
  when,
  money,
}: {
  bookId: string;
  accountId: string;
  result: StatementImport;
  when: (d?: string) => string;
  money: (m?: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-success import-result" role="status" data-testid="import-result">
      <h2 className="alert-title">{t('importing.result.title', { format: formatName(result.format) })}</h2>
      <dl className="facts">
        <dt>{t('importing.result.period')}</dt>
        <dd>
          {when(result.statementFrom)} – {when(result.statementTo)}
        </dd>
        <dt>{t('importing.result.opening')}</dt>
        <dd>{money(result.openingBalance)}</dd>
        <dt>{t('importing.result.closing')}</dt>
        <dd>{money(result.closingBalance)}</dd>
        <dt>{t('importing.result.lines')}</dt>
        <dd data-testid="import-lines">{result.lines ?? 0}</dd>
        <dt>{t('importing.result.duplicates')}</dt>
        <dd data-testid="import-duplicates">{result.duplicates ?? 0}</dd>
        <dt>{t('importing.result.suspected')}</dt>
        <dd>{result.suspected ?? 0}</dd>
        <dt>{t('importing.result.matched')}</dt>
        <dd data-testid="import-matched">{result.matched ?? 0}</dd>
        {(result.pending ?? 0) > 0 && (
          <>
            <dt>{t('importing.result.pending')}</dt>
            <dd>{result.pending}</dd>
          </>
        )}
      </dl>
      <p>
        <Link className="button" to={`/books/${bookId}/bank?accountId=${accountId}`}>
          {t('importing.result.toInbox')}
        </Link>
      </p>
    </div>
  );
}

