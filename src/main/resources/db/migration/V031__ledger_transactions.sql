-- Ledger: transactions with their approvals and change history, and the inventory register.
--
-- Text search (filter q of GET /transactions): pg_trgm GIN index over one expression of counterparty,
-- description and reference; the query must use exactly that expression:
--   ledger_transaction_search_text(counterparty, description, reference) ilike '%' || :q || '%'
-- Trigram indexes serve ILIKE with leading wildcards, which a btree cannot.
create extension if not exists pg_trgm;

create function ledger_transaction_search_text(counterparty text, description text, reference text)
    returns text language sql immutable parallel safe
    as $$ select coalesce(counterparty, '') || ' ' || coalesce(description, '') || ' ' || coalesce(reference, '') $$;

create table ledger_transaction (
    id                   uuid primary key,
    book_id              uuid          not null references books_book (id),
    type                 varchar(8)    not null check (type in ('EXPENSE', 'INCOME', 'TRANSFER')),
    amount               numeric(15, 2) not null check (amount > 0),
    date                 date          not null,
    account_id           uuid          not null,
    to_account_id        uuid,
    category_id          uuid,
    counterparty         varchar(200),
    description          varchar(2000),
    reference            varchar(100),
    -- members are users of the identity context; their membership is checked by the application
    paid_by_member_id    uuid,
    reimburses_member_id uuid,
    tags                 text[]        not null default '{}',
    justification        varchar(2000),
    eigenbeleg           varchar(2000),
    status               varchar(10)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'BOOKED', 'REJECTED')),
    created_by           uuid          not null,
    created_at           timestamptz   not null,
    submitted_by         uuid,
    submitted_at         timestamptz,
    last_edited_by       uuid,         -- with four-eyes on, the last editor may not approve either
    booked_by            uuid,
    booked_at            timestamptz,
    rejected_by          uuid,
    rejection_reason     varchar(2000),
    rework_of            uuid unique,
    reworked_into        uuid,
    reversal_of          uuid unique,  -- an entry is reversed at most once
    reversed_by          uuid,
    reversal_reason      varchar(2000),
    version              bigint        not null default 0,
    unique (book_id, id),
    foreign key (book_id, account_id) references ledger_account (book_id, id),
    foreign key (book_id, to_account_id) references ledger_account (book_id, id),
    foreign key (book_id, category_id) references ledger_category (book_id, id),
    foreign key (book_id, rework_of) references ledger_transaction (book_id, id),
    foreign key (book_id, reversal_of) references ledger_transaction (book_id, id),
    check ((type = 'TRANSFER') = (to_account_id is not null)),
    check (to_account_id is null or to_account_id <> account_id),
    check (type <> 'TRANSFER' or (category_id is null and paid_by_member_id is null and reimburses_member_id is null)),
    check (type = 'TRANSFER' or category_id is not null or reimburses_member_id is not null),
    check (type = 'EXPENSE' or (paid_by_member_id is null and reimburses_member_id is null)),
    check (paid_by_member_id is null or reimburses_member_id is null),
    check (status <> 'REJECTED' or rejection_reason is not null),
    check (status <> 'BOOKED' or (booked_by is not null and booked_at is not null)),
    check (reversal_of is null or (status = 'BOOKED' and reversal_reason is not null))
);

-- Search filters of GET /books/{bookId}/transactions (from/to, type, status, accountId, categoryId,
-- memberId, minAmount/maxAmount, q); each leads with book_id and ends with date for the default sort.
create index ledger_tx_book_date_idx       on ledger_transaction (book_id, date desc, id);
create index ledger_tx_book_status_idx     on ledger_transaction (book_id, status, date);
create index ledger_tx_book_type_idx       on ledger_transaction (book_id, type, date);
create index ledger_tx_book_account_idx    on ledger_transaction (book_id, account_id, date);
create index ledger_tx_book_to_account_idx on ledger_transaction (book_id, to_account_id, date) where to_account_id is not null;
create index ledger_tx_book_category_idx   on ledger_transaction (book_id, category_id, date) where category_id is not null;
create index ledger_tx_book_amount_idx     on ledger_transaction (book_id, amount);
create index ledger_tx_book_creator_idx    on ledger_transaction (book_id, created_by, date);
create index ledger_tx_book_paid_by_idx    on ledger_transaction (book_id, paid_by_member_id) where paid_by_member_id is not null;
create index ledger_tx_book_reimburses_idx on ledger_transaction (book_id, reimburses_member_id) where reimburses_member_id is not null;
create index ledger_tx_tags_idx            on ledger_transaction using gin (tags);
create index ledger_tx_text_trgm_idx       on ledger_transaction
    using gin (ledger_transaction_search_text(counterparty, description, reference) gin_trgm_ops);

create table ledger_transaction_approval (
    transaction_id uuid        not null references ledger_transaction (id) on delete cascade,
    approver_id    uuid        not null,
    approved_at    timestamptz not null,
    primary key (transaction_id, approver_id)   -- nobody approves the same entry twice
);

-- History for GET .../transactions/{id}/history: who, when, what before and after.
create table ledger_transaction_change (
    id             bigint generated always as identity primary key,
    book_id        uuid        not null,
    transaction_id uuid        not null,
    actor_id       uuid        not null,
    at             timestamptz not null,
    action         varchar(16) not null check (action in
        ('CREATED', 'EDITED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'BOOKED', 'REVERSED', 'REWORKED', 'DELETED')),
    before         jsonb       not null default '{}',
    after          jsonb       not null default '{}',
    -- no foreign key to the transaction: the history of a deleted draft is kept
    check (jsonb_typeof(before) = 'object' and jsonb_typeof(after) = 'object')
);
create index ledger_tx_change_tx_idx on ledger_transaction_change (transaction_id, id);
create index ledger_tx_change_book_idx on ledger_transaction_change (book_id, at);

create table ledger_inventory_item (
    id             uuid primary key,
    book_id        uuid          not null references books_book (id),
    transaction_id uuid          not null unique,
    description    varchar(500)  not null,
    date           date          not null,
    price          numeric(15, 2) not null check (price > 0),
    location       varchar(200),
    disposed_on    date,
    version        bigint        not null default 0,
    foreign key (book_id, transaction_id) references ledger_transaction (book_id, id),
    check (disposed_on is null or disposed_on >= date)
);
create index ledger_inventory_book_idx on ledger_inventory_item (book_id, date);
