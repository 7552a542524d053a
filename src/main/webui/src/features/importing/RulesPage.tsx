import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { byId, useActor, useCategories } from '../ledger/useBookData';
import { keepsBank, readsBank } from './access';
import { bankKey, useRules, type BankLine, type Rule, type RuleCondition } from './api';
import { draftOf, EMPTY, EMPTY_CONDITION, FIELDS, inputOf, opsFor, type ConditionDraft, type Draft, type FieldName, type Op } from './rules';
import { ImportProblemAlert } from './ImportProblemAlert';
import { useBankAccounts } from './useBankAccounts';

/**
 * The book's rules in the order they are tried (priority, then name): create, edit, delete; "test"
 * shows the open inbox lines the unsaved rule would touch, before it is saved; "apply" runs all rules
 * over the open lines now (they also run on every import).
 */
export default function RulesPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor } = useActor(bookId);
  const may = keepsBank(actor?.role);
  const rules = useRules(bookId);
  const categories = useCategories(bookId);
  const client = useQueryClient();
  const [editing, setEditing] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const categoriesById = byId(categories.data);

  const remove = useMutation({
    mutationFn: (rule: Rule) => unwrap(api.DELETE('/api/v1/books/{bookId}/rules/{ruleId}', { params: { path: { bookId, ruleId: rule.id! } } })),
    onSuccess: (_, rule) => {
      setNotice(t('importing.rules.deleted', { name: rule.name ?? '' }));
      void client.invalidateQueries({ queryKey: bankKey(bookId) });
    },
  });
  const apply = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/books/{bookId}/rules/apply', { params: { path: { bookId } } })),
    onSuccess: (changed) => {
      setNotice(t('importing.rules.applied', { count: changed.length }));
      void client.invalidateQueries({ queryKey: bankKey(bookId) });
    },
  });

  if (isNotFound(rules.error, bookId)) return <BookNotFound />;
  const list = rules.data ?? [];

  return (
    <div className="bank-rules">
      <h1>{t('importing.rules.title')}</h1>
      <p className="muted">{may ? t('importing.rules.intro') : readsBank(actor?.role) ? t('importing.readOnly') : null}</p>
      <ImportProblemAlert error={rules.error ?? remove.error ?? apply.error} />
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      {may && !editing && (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => { setNotice(null); setEditing(EMPTY); }}>
            {t('importing.rules.new')}
          </button>
          <button type="button" className="button" disabled={apply.isPending} onClick={() => apply.mutate()}>
            {t('importing.rules.apply')}
          </button>
        </div>
      )}
      {editing && (
        <RuleEditor
          bookId={bookId}
          initial={editing}
          onDone={(message) => {
            setEditing(null);
            if (message) setNotice(message);
          }}
        />
      )}
      {rules.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : rules.isError ? null : list.length === 0 ? (
        <p className="empty">{t('importing.rules.none')}</p>
      ) : (
        <ol className="rule-list" aria-label={t('importing.rules.listLabel')}>
          {list.map((rule) => {
            const category = rule.actions?.categoryId ? categoriesById.get(rule.actions.categoryId) : undefined;
            return (
              <li key={rule.id} className="rule-item" data-testid="rule">
                <h2>
                  {rule.name} <span className="bank-meta">{t('importing.rules.priorityIs', { priority: rule.priority })}</span>
                </h2>
                <p>
                  <strong>{t('importing.rules.when')}</strong> <ConditionsText conditions={rule.conditions ?? []} />
                </p>
                <p>
                  <strong>{t('importing.rules.then')}</strong>{' '}
                  {[
                    category && t('importing.rules.setCategory', { name: category.name }),
                    (rule.actions?.tags ?? []).length > 0 && t('importing.rules.setTags', { tags: (rule.actions?.tags ?? []).join(', ') }),
                    rule.actions?.counterparty && t('importing.rules.setCounterparty', { name: rule.actions.counterparty }),
                    rule.actions?.description && t('importing.rules.setDescription', { text: rule.actions.description }),
                  ]
                    .filter(Boolean)
                    .join('; ') || '–'}
                </p>
                {may && (
                  <div className="actions">
                    <button type="button" className="button" onClick={() => { setNotice(null); setEditing(draftOf(rule)); }} aria-label={t('importing.rules.editNamed', { name: rule.name })}>
                      {t('importing.rules.edit')}
                    </button>
                    <button type="button" className="button" disabled={remove.isPending} onClick={() => remove.mutate(rule)} aria-label={t('importing.rules.deleteNamed', { name: rule.name })}>
                      {t('importing.rules.delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

function ConditionsText({ conditions }: { conditions: RuleCondition[] }) {
  const { t } = useTranslation();
  const accounts = byId(useBankAccounts(useParams().bookId ?? '').data);
  return (
    <>
      {conditions
        .map((c) => {
          const value = c.field === 'accountId' ? (accounts.get(c.value ?? '')?.name ?? c.value) : c.value;
          return t('importing.rules.condition', { field: t(`importing.field.${c.field}`), op: t(`importing.op.${c.op}`), value });
        })
        .join(t('importing.rules.and'))}
    </>
  );
}

function RuleEditor({ bookId, initial, onDone }: { bookId: string; initial: Draft; onDone: (message?: string) => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const categories = useCategories(bookId);
  const accounts = useBankAccounts(bookId);
  const id = useId();
  const [d, setD] = useState<Draft>(initial);
  const [tested, setTested] = useState<BankLine[] | null>(null);

  const test = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/books/{bookId}/rules/test', { params: { path: { bookId } }, body: inputOf(d) })),
    onMutate: () => setTested(null),
    onSuccess: setTested,
  });
  const save = useMutation({
    mutationFn: () =>
      d.id
        ? unwrap(
            api.PATCH('/api/v1/books/{bookId}/rules/{ruleId}', {
              params: { path: { bookId, ruleId: d.id } },
              body: inputOf(d),
            }),
          )
        : unwrap(api.POST('/api/v1/books/{bookId}/rules', { params: { path: { bookId } }, body: inputOf(d) })),
    onSuccess: (rule) => {
      void client.invalidateQueries({ queryKey: bankKey(bookId) });
      onDone(t('importing.rules.saved', { name: rule.name ?? '' }));
    },
  });

  const setCondition = (i: number, patch: Partial<ConditionDraft>) =>
    setD((v) => ({
      ...v,
      conditions: v.conditions.map((c, j) => {
        if (j !== i) return c;
        const next = { ...c, ...patch };
        if (!opsFor(next.field).includes(next.op)) next.op = opsFor(next.field)[0]!;
        return next;
      }),
    }));
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  const kinds = (categories.data ?? []).filter((c) => !c.archived);

  return (
    <form className="card rule-editor" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{d.id ? t('importing.rules.editTitle', { name: initial.name }) : t('importing.rules.newTitle')}</h2>
      <div className="bank-grid">
        <Field label={t('importing.rules.name')} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} required maxLength={100} />
        <Field
          label={t('importing.rules.priority')}
          hint={t('importing.rules.priorityHint')}
          inputMode="numeric"
          value={d.priority}
          onChange={(e) => setD({ ...d, priority: e.target.value })}
        />
      </div>
      <fieldset className="conditions">
        <legend>{t('importing.rules.conditions')}</legend>
        {d.conditions.map((c, i) => (
          <div className="condition-row" key={i} role="group" aria-label={t('importing.rules.conditionN', { n: i + 1 })}>
            <div className="field">
              <label htmlFor={`${id}-f${i}`}>{t('importing.rules.field')}</label>
              <select id={`${id}-f${i}`} value={c.field} onChange={(e) => setCondition(i, { field: e.target.value as FieldName })}>
                {FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {t(`importing.field.${f}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-o${i}`}>{t('importing.rules.op')}</label>
              <select id={`${id}-o${i}`} value={c.op} onChange={(e) => setCondition(i, { op: e.target.value as Op })}>
                {opsFor(c.field).map((o) => (
                  <option key={o} value={o}>
                    {t(`importing.op.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            {c.op === 'between' ? (
              <>
                <Field label={t('importing.rules.min')} hint={t('importing.rules.amountHint')} value={c.min} onChange={(e) => setCondition(i, { min: e.target.value })} inputMode="decimal" />
                <Field label={t('importing.rules.max')} value={c.max} onChange={(e) => setCondition(i, { max: e.target.value })} inputMode="decimal" />
              </>
            ) : c.field === 'accountId' ? (
              <div className="field">
                <label htmlFor={`${id}-v${i}`}>{t('importing.rules.value')}</label>
                <select id={`${id}-v${i}`} value={c.value} onChange={(e) => setCondition(i, { value: e.target.value })}>
                  <option value="">–</option>
                  {accounts.bank.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <Field
                label={t('importing.rules.value')}
                hint={c.op === 'regex' ? t('importing.rules.regexHint') : c.field === 'amount' ? t('importing.rules.amountHint') : undefined}
                value={c.value}
                onChange={(e) => setCondition(i, { value: e.target.value })}
              />
            )}
            {d.conditions.length > 1 && (
              <button
                type="button"
                className="button"
                aria-label={t('importing.rules.removeCondition', { n: i + 1 })}
                onClick={() => setD({ ...d, conditions: d.conditions.filter((_, j) => j !== i) })}
              >
                {t('importing.rules.remove')}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="button" onClick={() => setD({ ...d, conditions: [...d.conditions, EMPTY_CONDITION] })}>
          {t('importing.rules.addCondition')}
        </button>
      </fieldset>
      <fieldset className="rule-actions">
        <legend>{t('importing.rules.actions')}</legend>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('importing.rules.category')}</label>
          <select id={`${id}-category`} value={d.categoryId} onChange={(e) => setD({ ...d, categoryId: e.target.value })}>
            <option value="">–</option>
            {kinds.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.officialCode ? ` (${c.officialCode})` : ''}
              </option>
            ))}
          </select>
        </div>
        <Field label={t('importing.rules.tags')} hint={t('importing.rules.tagsHint')} value={d.tags} onChange={(e) => setD({ ...d, tags: e.target.value })} />
        <Field label={t('importing.rules.counterparty')} value={d.counterparty} onChange={(e) => setD({ ...d, counterparty: e.target.value })} maxLength={200} />
        <Field label={t('importing.rules.description')} value={d.description} onChange={(e) => setD({ ...d, description: e.target.value })} maxLength={200} />
      </fieldset>
      <ImportProblemAlert error={test.error ?? save.error} />
      {tested && (
        <div className="alert alert-info rule-test" role="status" data-testid="rule-test">
          <p className="alert-title">{t('importing.rules.testResult', { count: tested.length })}</p>
          {tested.length > 0 && (
            <ul>
              {tested.map((l) => (
                <li key={l.id}>
                  {formatDate(l.bookingDate, i18n.language)} · {l.counterparty || '–'} · {formatMoney(l.amount ?? '0.00', i18n.language)}
                  {l.purpose ? ` · ${l.purpose}` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={test.isPending} onClick={() => test.mutate()}>
          {t('importing.rules.test')}
        </button>
        <button type="submit" className="button primary" disabled={save.isPending}>
          {t('importing.rules.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('importing.cancel')}
        </button>
      </div>
    </form>
  );
}
