-- The one money rule in SQL (ADR 0003 "Money effects"). Balances, advances, the listing's totals, the
-- overview and every report aggregate over these objects instead of spelling the signs themselves. The
-- same rule in Java, for the in-memory policies: Transaction.effectOn / advanceEffectFor /
-- countedIncome / countedExpense and BalanceCalculator; LedgerRuleParityTest demands equal figures.

-- A reversal counts with the opposite sign of its original: the only place that says so in SQL.
create function ledger_signed_amount(amount numeric, reversal_of uuid) returns numeric
    language sql immutable parallel safe
    return case when reversal_of is null then amount else -amount end;

-- Every entry in every status, one row per account it touches (leg ENTRY on account_id, leg TARGET on a
-- transfer's to_account_id). A reversal carries its original's type, category and member links, so its
-- row is its original's negated.
--   balance: the effect on the account's balance (income +, expense − unless a member paid it, transfer
--            − on the source and + on the target)
--   income / expense: what counts in the income and expense totals (positive for spending): an advance is
--            the expense, its reimbursement settles the debt and is not spending again; transfers neither
--   owed:    what the book owes member_id because of the entry (+ advance, − reimbursement)
create view ledger_entry_effect as
select t.book_id, t.id as transaction_id, t.status, 'ENTRY' as leg, t.account_id, t.to_account_id as counter_account_id,
       t.date, t.type, t.category_id, t.reversal_of is not null as reversal,
       t.type in ('INCOME', 'EXPENSE') and t.reimburses_member_id is null as counts_in_totals,
       ledger_signed_amount(case
           when t.type = 'INCOME' then t.amount
           when t.type = 'EXPENSE' and t.paid_by_member_id is null then -t.amount
           when t.type = 'TRANSFER' then -t.amount
           else 0 end, t.reversal_of) as balance,
       ledger_signed_amount(case when t.type = 'INCOME' then t.amount else 0 end, t.reversal_of) as income,
       ledger_signed_amount(case when t.type = 'EXPENSE' and t.reimburses_member_id is null then t.amount else 0 end,
           t.reversal_of) as expense,
       case when t.type = 'EXPENSE' then coalesce(t.paid_by_member_id, t.reimburses_member_id) end as member_id,
       ledger_signed_amount(case
           when t.type = 'EXPENSE' and t.paid_by_member_id is not null then t.amount
           when t.type = 'EXPENSE' and t.reimburses_member_id is not null then -t.amount
           else 0 end, t.reversal_of) as owed
from ledger_transaction t
union all
select t.book_id, t.id, t.status, 'TARGET', t.to_account_id, t.account_id,
       t.date, t.type, t.category_id, t.reversal_of is not null,
       false, ledger_signed_amount(t.amount, t.reversal_of), 0, 0, null::uuid, 0
from ledger_transaction t
where t.type = 'TRANSFER';

-- What counts: the opening balance of each account, dated its opening date, and the booked entries.
-- Drafts, submitted, approved and rejected entries have no effect.
create view ledger_booked_effect as
select a.book_id, null::uuid as transaction_id, 'OPENING' as leg, a.id as account_id, null::uuid as counter_account_id,
       a.opening_date as date, null::varchar as type, null::uuid as category_id, false as reversal,
       false as counts_in_totals, a.opening_balance as balance, 0::numeric as income, 0::numeric as expense,
       null::uuid as member_id, 0::numeric as owed
from ledger_account a
union all
select e.book_id, e.transaction_id, e.leg, e.account_id, e.counter_account_id, e.date, e.type, e.category_id,
       e.reversal, e.counts_in_totals, e.balance, e.income, e.expense, e.member_id, e.owed
from ledger_entry_effect e
where e.status = 'BOOKED';

-- Each account's balance on a day, at its end (p_at_start false: everything dated up to and including
-- the day) or at its start (true: everything dated before the day, and an opening balance dated that day,
-- which is held from the start of the opening date on). Before its opening date an account holds 0.00.
create function ledger_balances(p_book uuid, p_day date, p_at_start boolean)
    returns table (account_id uuid, balance numeric)
    language sql stable
as $$
    select a.id, coalesce(s.balance, 0)
    from ledger_account a
    left join (select e.account_id, sum(e.balance) as balance
               from ledger_booked_effect e
               where e.book_id = p_book
                 and (e.date < p_day or (e.date = p_day and (not p_at_start or e.leg = 'OPENING')))
               group by e.account_id) s on s.account_id = a.id
    where a.book_id = p_book
$$;
