-- Bank statement import (ADR 0019): imported files, their statements (with opening balance and the
-- balance at the end of each day with entries, for reconciliation), the inbox of bank lines, the book's
-- categorisation rules and its saved CSV mapping profiles.

create table importing_import (
    id          uuid          primary key,
    book_id     uuid          not null references books_book (id) deferrable initially immediate,
    account_id  uuid          not null,
    format      varchar(8)    not null check (format in ('CAMT053', 'MT940', 'CSV')),
    sha256      char(64)      not null,
    lines       integer       not null check (lines >= 0),
    duplicates  integer       not null check (duplicates >= 0),
    pending     integer       not null check (pending >= 0),
    imported_by uuid          not null references identity_user (id) deferrable initially immediate,
    imported_at timestamptz   not null,
    unique (book_id, id),
    foreign key (book_id, account_id) references ledger_account (book_id, id) deferrable initially immediate
);
create index importing_import_account_idx on importing_import (book_id, account_id);
create index importing_import_user_idx on importing_import (imported_by);

create table importing_statement (
    id              uuid          primary key,
    import_id       uuid          not null references importing_import (id) on delete cascade deferrable initially immediate,
    book_id         uuid          not null,
    account_id      uuid          not null,
    from_date       date          not null,
    to_date         date          not null,
    opening_balance numeric(15,2),
    closing_balance numeric(15,2),
    check (from_date <= to_date),
    foreign key (book_id, account_id) references ledger_account (book_id, id) deferrable initially immediate
);
create index importing_statement_account_idx on importing_statement (book_id, account_id, from_date);
create index importing_statement_import_idx on importing_statement (import_id);

-- the bank's balance at the end of each day with entries (from the statement's own figures, duplicates included)
create table importing_statement_day (
    statement_id uuid          not null references importing_statement (id) on delete cascade deferrable initially immediate,
    day          date          not null,
    balance      numeric(15,2) not null,
    primary key (statement_id, day)
);

create table importing_rule (
    id          uuid          primary key,
    book_id     uuid          not null references books_book (id) deferrable initially immediate,
    name        varchar(100)  not null check (length(btrim(name)) > 0),
    priority    integer       not null check (priority >= 0),
    conditions  text          not null,  -- JSON: [{field, op, value}]
    actions     text          not null,  -- JSON: {categoryId, tags, counterparty, description}
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    unique (book_id, id)
);
create index importing_rule_book_idx on importing_rule (book_id, priority);

-- A line's identity in its account is (line_key, occurrence): the bank reference or a digest of the
-- content, and how many times the same key came before it in its file. A line is matched to at most one
-- entry and an entry to at most one line (unique transaction_id).
create table importing_bank_line (
    id                uuid          primary key,
    book_id           uuid          not null,
    account_id        uuid          not null,
    import_id         uuid          not null references importing_import (id) deferrable initially immediate,
    booking_date      date          not null,
    value_date        date          not null,
    amount            numeric(15,2) not null,
    counterparty      varchar(200),
    counterparty_iban varchar(34),
    purpose           varchar(2000),
    bank_reference    varchar(100),
    reversal          boolean       not null default false,
    line_key          varchar(110)  not null,
    occurrence        integer       not null check (occurrence >= 1),
    status            varchar(20)   not null check (status in ('NEW', 'MATCHED', 'IGNORED', 'DUPLICATE_SUSPECTED')),
    duplicate_of      uuid          references importing_bank_line (id) deferrable initially immediate,
    transaction_id    uuid          unique,
    rule_id           uuid          references importing_rule (id) on delete set null deferrable initially immediate,
    category_id       uuid,
    tags              text[]        not null default '{}',
    set_counterparty  varchar(200),
    set_description   varchar(2000),
    version           bigint        not null default 0,
    unique (account_id, line_key, occurrence),
    check ((status = 'MATCHED') = (transaction_id is not null)),
    foreign key (book_id, account_id) references ledger_account (book_id, id) deferrable initially immediate,
    foreign key (book_id, transaction_id) references ledger_transaction (book_id, id) deferrable initially immediate,
    foreign key (book_id, category_id) references ledger_category (book_id, id) deferrable initially immediate
);
create index importing_bank_line_inbox_idx on importing_bank_line (book_id, status, booking_date);
create index importing_bank_line_account_idx on importing_bank_line (account_id, booking_date);
create index importing_bank_line_import_idx on importing_bank_line (import_id);
create index importing_bank_line_duplicate_idx on importing_bank_line (duplicate_of);
create index importing_bank_line_rule_idx on importing_bank_line (rule_id);

create table importing_profile (
    id          uuid          primary key,
    book_id     uuid          not null references books_book (id) deferrable initially immediate,
    name        varchar(100)  not null,
    definition  text          not null,  -- JSON: the profile as the API takes it
    created_at  timestamptz   not null,
    unique (book_id, name)
);
