-- Totals kept, not recomputed (ADR 0008). Two per-book aggregates, kept by triggers on ledger_transaction
-- in the same transaction as every change (create, edit, submit/approve/book/reject/reverse, delete):
--   ledger_listing_total  what GET /transactions totals: entries and their signed amounts (the rule's
--                         ledger_signed_amount, V100) per month, status, type, accounts and category, in
--                         every status
--   ledger_effect_total   the booked effects (ledger_entry_effect, V100, status BOOKED) per month and the
--                         keys the balances, the overview and the reports group by
-- Both are derived data: the backup leaves them out (comment 'derived: ...', SchemaCatalog) and a restore
-- rebuilds them with ledger_rebuild_aggregates(), which is also the repair command
-- (bin/rebuild-ledger-aggregates).
--
-- Concurrency: each row of an aggregate carries a slot, pg_backend_pid() % 16, so that concurrent
-- creates in one book and month add to different rows (an UPSERT holds its row lock until commit) instead
-- of queueing on one; readers sum over the slots. The repair folds the slots back into slot 0.
-- Every change updates a few small rows: room on each page for HOT updates (fillfactor) and an early
-- autovacuum keep their dead versions from piling up (the kept totals are read by every listing page).

create table ledger_listing_total (
    book_id       uuid          not null,
    month         date          not null,
    status        varchar(10)   not null,
    type          varchar(8)    not null,
    account_id    uuid          not null,
    to_account_id uuid,
    category_id   uuid,
    slot          smallint      not null,
    entries       bigint        not null,
    signed_amount numeric(17, 2) not null,
    constraint ledger_listing_total_key unique nulls not distinct
        (book_id, month, status, type, account_id, to_account_id, category_id, slot)
) with (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02);
comment on table ledger_listing_total is 'derived: ledger_rebuild_aggregates() recomputes it from ledger_transaction';

create table ledger_effect_total (
    book_id            uuid          not null,
    month              date          not null,
    leg                varchar(6)    not null,
    account_id         uuid          not null,
    counter_account_id uuid,
    type               varchar(8)    not null,
    category_id        uuid,
    member_id          uuid,
    counts_in_totals   boolean       not null,
    slot               smallint      not null,
    entries            bigint        not null,
    balance            numeric(17, 2) not null,
    income             numeric(17, 2) not null,
    expense            numeric(17, 2) not null,
    owed               numeric(17, 2) not null,
    constraint ledger_effect_total_key unique nulls not distinct
        (book_id, month, leg, account_id, counter_account_id, type, category_id, member_id, counts_in_totals, slot)
) with (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02);
comment on table ledger_effect_total is 'derived: ledger_rebuild_aggregates() recomputes it from ledger_transaction';

-- The full recomputations, by the same keys without slots: what the repair writes and what the
-- aggregate-equality checks (LedgerAggregatesTest, bench/run-all --smoke) compare the kept rows with.
create view ledger_listing_total_recomputed as
select t.book_id, date_trunc('month', t.date)::date as month, t.status, t.type, t.account_id, t.to_account_id,
       t.category_id, count(*) as entries, sum(ledger_signed_amount(t.amount, t.reversal_of)) as signed_amount
from ledger_transaction t
group by 1, 2, 3, 4, 5, 6, 7;

create view ledger_effect_total_recomputed as
select e.book_id, date_trunc('month', e.date)::date as month, e.leg, e.account_id, e.counter_account_id, e.type,
       e.category_id, e.member_id, e.counts_in_totals, count(*) as entries, sum(e.balance) as balance,
       sum(e.income) as income, sum(e.expense) as expense, sum(e.owed) as owed
from ledger_entry_effect e
where e.status = 'BOOKED'
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Rows where the kept aggregates differ from the recomputation (empty when they are exact); rows whose
-- figures are all zero (everything in them was edited away) count as absent.
create view ledger_aggregate_drift as
with kept_listing as (
    select book_id, month, status, type, account_id, to_account_id, category_id,
           sum(entries) as entries, sum(signed_amount) as signed_amount
    from ledger_listing_total group by 1, 2, 3, 4, 5, 6, 7
    having sum(entries) <> 0 or sum(signed_amount) <> 0),
kept_effect as (
    select book_id, month, leg, account_id, counter_account_id, type, category_id, member_id, counts_in_totals,
           sum(entries) as entries, sum(balance) as balance, sum(income) as income, sum(expense) as expense,
           sum(owed) as owed
    from ledger_effect_total group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    having sum(entries) <> 0 or sum(balance) <> 0 or sum(income) <> 0 or sum(expense) <> 0 or sum(owed) <> 0)
select 'ledger_listing_total' as aggregate, coalesce(k.book_id, r.book_id) as book_id,
       coalesce(k.month, r.month) as month,
       row(k.entries, k.signed_amount)::text as kept, row(r.entries, r.signed_amount)::text as recomputed
from kept_listing k
full join ledger_listing_total_recomputed r
  on r.book_id = k.book_id and r.month = k.month and r.status = k.status and r.type = k.type
 and r.account_id = k.account_id and r.to_account_id is not distinct from k.to_account_id
 and r.category_id is not distinct from k.category_id
where k.entries is distinct from r.entries or k.signed_amount is distinct from r.signed_amount
union all
select 'ledger_effect_total', coalesce(k.book_id, r.book_id), coalesce(k.month, r.month),
       row(k.entries, k.balance, k.income, k.expense, k.owed)::text,
       row(r.entries, r.balance, r.income, r.expense, r.owed)::text
from kept_effect k
full join ledger_effect_total_recomputed r
  on r.book_id = k.book_id and r.month = k.month and r.leg = k.leg and r.account_id = k.account_id
 and r.counter_account_id is not distinct from k.counter_account_id and r.type = k.type
 and r.category_id is not distinct from k.category_id and r.member_id is not distinct from k.member_id
 and r.counts_in_totals = k.counts_in_totals
where k.entries is distinct from r.entries or k.balance is distinct from r.balance
   or k.income is distinct from r.income or k.expense is distinct from r.expense or k.owed is distinct from r.owed;

-- Adds (p_sign 1) or removes (-1) one transaction's contribution, read through the rule's view as the
-- row stands when called: the BEFORE trigger removes the old row's, the AFTER trigger adds the new one's.
-- Rows are written in key order so that one statement's locks are always taken in the same order.
create function ledger_aggregates_apply(p_id uuid, p_sign int) returns void
    language sql volatile
as $$
    insert into ledger_listing_total as a (book_id, month, status, type, account_id, to_account_id, category_id,
                                           slot, entries, signed_amount)
    select t.book_id, date_trunc('month', t.date)::date, t.status, t.type, t.account_id, t.to_account_id,
           t.category_id, pg_backend_pid() % 16, p_sign, p_sign * ledger_signed_amount(t.amount, t.reversal_of)
    from ledger_transaction t
    where t.id = p_id
    on conflict on constraint ledger_listing_total_key do update
        set entries = a.entries + excluded.entries, signed_amount = a.signed_amount + excluded.signed_amount;

    insert into ledger_effect_total as a (book_id, month, leg, account_id, counter_account_id, type, category_id,
                                          member_id, counts_in_totals, slot, entries, balance, income, expense, owed)
    select e.book_id, date_trunc('month', e.date)::date, e.leg, e.account_id, e.counter_account_id, e.type,
           e.category_id, e.member_id, e.counts_in_totals, pg_backend_pid() % 16, p_sign, p_sign * e.balance,
           p_sign * e.income, p_sign * e.expense, p_sign * e.owed
    from ledger_entry_effect e
    where e.transaction_id = p_id and e.status = 'BOOKED'
    order by e.leg
    on conflict on constraint ledger_effect_total_key do update
        set entries = a.entries + excluded.entries, balance = a.balance + excluded.balance,
            income = a.income + excluded.income, expense = a.expense + excluded.expense, owed = a.owed + excluded.owed;
$$;

-- A restore loads the entries with cet.restoring = 'on' (transaction-local, SchemaCatalog.deferDerived)
-- and rebuilds once at the end instead of upserting per row.
create function ledger_aggregates_before() returns trigger
    language plpgsql
as $$
begin
    if coalesce(current_setting('cet.restoring', true), '') <> 'on' then
        perform ledger_aggregates_apply(old.id, -1);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create function ledger_aggregates_after() returns trigger
    language plpgsql
as $$
begin
    if coalesce(current_setting('cet.restoring', true), '') <> 'on' then
        perform ledger_aggregates_apply(new.id, 1);
    end if;
    return null;
end
$$;

-- Only changes of what the aggregates are keyed by or sum fire on update (not version, booked_by,
-- reversed_by, texts ...). The "z" prefix orders them after any other trigger of the table.
create trigger z_ledger_aggregates_before_update before update on ledger_transaction for each row
    when ((old.book_id, old.status, old.type, old.amount, old.date, old.account_id, old.to_account_id,
           old.category_id, old.paid_by_member_id, old.reimburses_member_id, old.reversal_of)
          is distinct from
          (new.book_id, new.status, new.type, new.amount, new.date, new.account_id, new.to_account_id,
           new.category_id, new.paid_by_member_id, new.reimburses_member_id, new.reversal_of))
    execute function ledger_aggregates_before();
create trigger z_ledger_aggregates_before_delete before delete on ledger_transaction for each row
    execute function ledger_aggregates_before();
create trigger z_ledger_aggregates_after_insert after insert on ledger_transaction for each row
    execute function ledger_aggregates_after();
create trigger z_ledger_aggregates_after_update after update on ledger_transaction for each row
    when ((old.book_id, old.status, old.type, old.amount, old.date, old.account_id, old.to_account_id,
           old.category_id, old.paid_by_member_id, old.reimburses_member_id, old.reversal_of)
          is distinct from
          (new.book_id, new.status, new.type, new.amount, new.date, new.account_id, new.to_account_id,
           new.category_id, new.paid_by_member_id, new.reimburses_member_id, new.reversal_of))
    execute function ledger_aggregates_after();

-- The repair: recomputes both aggregates from the entries (p_book null: every book). SHARE on
-- ledger_transaction waits for running writers and holds new ones off until the rebuild commits, so no
-- change falls between the recomputation and its write. Answers how many rows differed before.
create function ledger_rebuild_aggregates(p_book uuid default null) returns bigint
    language plpgsql
as $$
declare
    drift bigint;
begin
    lock table ledger_transaction in share mode;
    select count(*) into drift from ledger_aggregate_drift d where p_book is null or d.book_id = p_book;
    delete from ledger_listing_total where p_book is null or book_id = p_book;
    delete from ledger_effect_total where p_book is null or book_id = p_book;
    insert into ledger_listing_total (book_id, month, status, type, account_id, to_account_id, category_id, slot,
                                      entries, signed_amount)
    select book_id, month, status, type, account_id, to_account_id, category_id, 0, entries, signed_amount
    from ledger_listing_total_recomputed where p_book is null or book_id = p_book;
    insert into ledger_effect_total (book_id, month, leg, account_id, counter_account_id, type, category_id,
                                     member_id, counts_in_totals, slot, entries, balance, income, expense, owed)
    select book_id, month, leg, account_id, counter_account_id, type, category_id, member_id, counts_in_totals, 0,
           entries, balance, income, expense, owed
    from ledger_effect_total_recomputed where p_book is null or book_id = p_book;
    return drift;
end
$$;

-- The booked effects of the entries dated p_from..p_to (null: unbounded), summed per month and key:
-- the whole months inside the range from ledger_effect_total, the partial months at its edges directly
-- from the rule's view (over the book's date index). Openings are not in it (ledger_account).
create function ledger_effect_sums(p_book uuid, p_from date, p_to date)
    returns table (month date, leg varchar, account_id uuid, counter_account_id uuid, type varchar, category_id uuid,
                   member_id uuid, counts_in_totals boolean, balance numeric, income numeric, expense numeric,
                   owed numeric)
    language plpgsql stable
as $$
declare
    lo date := coalesce(p_from, '-infinity');
    hi date := coalesce(p_to, 'infinity');
    -- [full_from, full_to): the whole months inside [lo, hi]
    full_from date := case when p_from is null then '-infinity'::date
                           when extract(day from p_from) = 1 then p_from
                           else (date_trunc('month', p_from) + interval '1 month')::date end;
    full_to date := case when p_to is null then 'infinity'::date
                         when p_to = (date_trunc('month', p_to) + interval '1 month - 1 day')::date then p_to + 1
                         else date_trunc('month', p_to)::date end;
    lower_end date;
    upper_start date;
begin
    if full_from >= full_to then           -- no whole month inside: all of it directly
        full_from := 'infinity';
        full_to := 'infinity';
    end if;
    lower_end := least(full_from, case when p_to is null then 'infinity'::date else p_to + 1 end);
    upper_start := greatest(full_to, lower_end);
    return query
        select a.month, a.leg, a.account_id, a.counter_account_id, a.type, a.category_id, a.member_id,
               a.counts_in_totals, sum(a.balance), sum(a.income), sum(a.expense), sum(a.owed)
        from ledger_effect_total a
        where a.book_id = p_book and a.month >= full_from and a.month < full_to
        group by 1, 2, 3, 4, 5, 6, 7, 8
        union all
        select date_trunc('month', e.date)::date, e.leg::varchar, e.account_id, e.counter_account_id, e.type::varchar,
               e.category_id, e.member_id, e.counts_in_totals, sum(e.balance), sum(e.income), sum(e.expense),
               sum(e.owed)
        from ledger_entry_effect e
        where e.book_id = p_book and e.status = 'BOOKED'
          and ((e.date >= lo and e.date < lower_end) or (e.date >= upper_start and e.date <= hi))
        group by 1, 2, 3, 4, 5, 6, 7, 8;
end
$$;

-- ledger_balances (V100) with the same answers, now over the kept aggregates: openings from the accounts,
-- the entries through ledger_effect_sums up to the day (end) or the day before (start).
create or replace function ledger_balances(p_book uuid, p_day date, p_at_start boolean)
    returns table (account_id uuid, balance numeric)
    language sql stable
as $$
    select a.id,
           case when a.opening_date <= p_day then a.opening_balance else 0 end + coalesce(s.balance, 0)
    from ledger_account a
    left join (select e.account_id, sum(e.balance) as balance
               from ledger_effect_sums(p_book, null, case when p_at_start then p_day - 1 else p_day end) e
               group by e.account_id) s on s.account_id = a.id
    where a.book_id = p_book
$$;

-- The listing's page of ids in date order (date, id both ascending or both descending, by a forward or a
-- backward scan); ledger_tx_book_date_idx (date desc, id) matches neither and needs a sort per page.
create index ledger_tx_book_date_id_idx on ledger_transaction (book_id, date, id);

-- the books already kept before this migration
select ledger_rebuild_aggregates();
