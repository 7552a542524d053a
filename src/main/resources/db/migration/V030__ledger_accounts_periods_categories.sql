-- Ledger: accounts, accounting periods (with carried-forward closing balances) and the book's categories.
-- Every table carries book_id; child rows reference their parents by (book_id, id) so that a row can
-- never point into another book. Money is numeric(15,2) (de.cet.shared.money.Money). Optimistic locking
-- uses the version columns (JPA @Version).

-- btree_gist lets one exclusion constraint keep the periods of a book from overlapping (trusted
-- extension since PostgreSQL 13: the migration user needs no superuser right).
create extension if not exists btree_gist;

create table ledger_account (
    id              uuid primary key,
    book_id         uuid         not null references books_book (id),
    name            varchar(100) not null check (length(btrim(name)) > 0),
    type            varchar(8)   not null check (type in ('BANK', 'CASH')),
    fund            varchar(8)   not null check (fund in ('PUBLIC', 'OWN')),
    iban            varchar(34),
    opening_balance numeric(15, 2) not null,
    opening_date    date         not null,
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    unique (book_id, id),
    -- a bank account has an IBAN (checksum verified by the domain), a cash box has none
    check ((type = 'BANK' and iban is not null) or (type = 'CASH' and iban is null)),
    -- a cash box never opens negative
    check (type = 'BANK' or opening_balance >= 0)
);
create index ledger_account_book_idx on ledger_account (book_id);

create table ledger_period (
    id         uuid primary key,
    book_id    uuid         not null references books_book (id),
    name       varchar(100) not null check (length(btrim(name)) > 0),
    start_date date         not null,
    end_date   date         not null,
    status     varchar(8)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_at  timestamptz,
    closed_by  uuid,
    version    bigint       not null default 0,
    unique (book_id, id),
    check (start_date <= end_date),
    check ((status = 'OPEN' and closed_at is null) or (status = 'CLOSED' and closed_at is not null and closed_by is not null)),
    -- periods of a book never overlap (bounds inclusive)
    constraint ledger_period_no_overlap
        exclude using gist (book_id with =, daterange(start_date, end_date, '[]') with &&)
);

-- Closing balances computed when a period is closed; the next period opens with them.
create table ledger_period_balance (
    book_id         uuid not null,
    period_id       uuid not null,
    account_id      uuid not null,
    closing_balance numeric(15, 2) not null,
    primary key (period_id, account_id),
    foreign key (book_id, period_id) references ledger_period (book_id, id),
    foreign key (book_id, account_id) references ledger_account (book_id, id)
);

create table ledger_category (
    id            uuid primary key,
    book_id       uuid         not null references books_book (id),
    name          varchar(100) not null check (length(btrim(name)) > 0),
    kind          varchar(8)   not null check (kind in ('INCOME', 'EXPENSE')),
    -- a code of the official catalogue (OfficialCatalogue); its prefix agrees with the kind
    official_code varchar(6)   not null check (official_code ~ '^(IN|EX)-[0-9]{3}$'),
    color         char(7)      not null check (color ~ '^#[0-9A-F]{6}$'),
    emoji         varchar(64),
    parent_id     uuid,
    archived      boolean      not null default false,
    version       bigint       not null default 0,
    unique (book_id, id),
    check ((kind = 'INCOME' and official_code like 'IN-%') or (kind = 'EXPENSE' and official_code like 'EX-%')),
    check (parent_id is null or parent_id <> id),
    -- the parent is a category of the same book (cycles are refused by the domain)
    foreign key (book_id, parent_id) references ledger_category (book_id, id)
);
create index ledger_category_book_idx on ledger_category (book_id);
create index ledger_category_parent_idx on ledger_category (parent_id) where parent_id is not null;
