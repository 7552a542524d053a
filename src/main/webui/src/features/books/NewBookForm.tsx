import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';

const KINDS = ['CAUCUS', 'HOUSEHOLD', 'GROUP'] as const;
type Kind = (typeof KINDS)[number];

/**
 * A new book with its first accounting period (the calendar year by default): the first thing a new
 * installation's administrator does, and what anyone does for a household or a trip. The creator becomes
 * the book's ADMIN; the API checks every field and its answer is shown as it comes.
 */
export function NewBookForm({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const year = new Date().getFullYear();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('CAUCUS');
  const [periodName, setPeriodName] = useState(String(year));
  const [start, setStart] = useState(`${year}-01-01`);
  const [end, setEnd] = useState(`${year}-12-31`);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/books', {
          body: { name: name.trim(), kind, currency: 'EUR', firstPeriod: { name: periodName.trim(), startDate: start, endDate: end } },
        }),
      ),
    onSuccess: async (book) => {
      await client.invalidateQueries({ queryKey: ['me'] });
      navigate(`/books/${book.id}`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <form className="new-book" onSubmit={submit} noValidate aria-labelledby="new-book-heading">
      <Heading id="new-book-heading">{t('newBook.title')}</Heading>
      <p>{t('newBook.intro')}</p>
      <Field label={t('newBook.name')} required value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <div className="field">
        <label htmlFor="new-book-kind">{t('newBook.kind')}</label>
        <select id="new-book-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-describedby="new-book-kind-hint">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`newBook.kinds.${k}`)}
            </option>
          ))}
        </select>
        <div id="new-book-kind-hint" className="field-hint">
          {t(`newBook.kindHints.${kind}`)}
        </div>
      </div>
      <fieldset>
        <legend>{t('newBook.firstPeriod')}</legend>
        <Field label={t('newBook.periodName')} required value={periodName} onChange={(e) => setPeriodName(e.target.value)} />
        <Field label={t('newBook.start')} type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
        <Field label={t('newBook.end')} type="date" required value={end} onChange={(e) => setEnd(e.target.value)} />
      </fieldset>
      <ProblemAlert error={create.error} />
      <button type="submit" className="button primary" disabled={create.isPending}>
        {t('newBook.create')}
      </button>
    </form>
  );
}

/** `/books/new`: the same form on a page of its own (from the account menu, for a second book). */
export default function NewBookPage() {
  return (
    <section>
      <NewBookForm headingLevel={1} />
    </section>
  );
}
