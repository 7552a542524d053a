-- Exporting (ADR 0020): a book's DATEV settings and account mapping, and its public transparency page.
-- Only overrides of the chart's defaults are stored; a book without a row exports with SKR 03 defaults.

create table exporting_datev_settings (
    book_id           uuid primary key references books_book (id) deferrable initially immediate,
    chart             varchar(5)  not null check (chart in ('SKR03', 'SKR04')),
    consultant_number integer     check (consultant_number between 1001 and 9999999),
    client_number     integer     check (client_number between 1 and 99999),
    member_account    char(4)     check (member_account ~ '^[0-9]{4}$'),
    version           bigint      not null default 0
);

-- the account an official category is booked on, instead of the chart's default
create table exporting_datev_category_account (
    book_id       uuid       not null references exporting_datev_settings (book_id) on delete cascade
                             deferrable initially immediate,
    official_code varchar(6) not null check (official_code ~ '^(IN|EX)-[0-9]{3}$'),
    datev_account char(4)    not null check (datev_account ~ '^[0-9]{4}$'),
    primary key (book_id, official_code)
);

-- the account one of the book's bank or cash accounts is booked on, instead of the chart's default
create table exporting_datev_money_account (
    book_id       uuid    not null references exporting_datev_settings (book_id) on delete cascade
                          deferrable initially immediate,
    account_id    uuid    not null,
    datev_account char(4) not null check (datev_account ~ '^[0-9]{4}$'),
    primary key (book_id, account_id),
    foreign key (book_id, account_id) references ledger_account (book_id, id) deferrable initially immediate
);

-- the public transparency page: off until the book's admin switches it on; the slug is unique instance-wide
create table exporting_publication (
    book_id    uuid primary key references books_book (id) deferrable initially immediate,
    slug       varchar(60) not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]{1,58})[a-z0-9]$'),
    enabled    boolean     not null,
    changed_at timestamptz not null,
    changed_by uuid        not null,
    version    bigint      not null default 0
);
