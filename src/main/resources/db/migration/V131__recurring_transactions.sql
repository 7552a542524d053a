-- Recurring transactions (ADR 0017): a template entry and a schedule. Each due date becomes exactly one
-- ledger entry, made through the ledger's own create path; the occurrence row, unique per recurring
-- transaction and due date and written in the same database transaction as the entry, is what makes it
-- exactly once across restarts, catch-up runs and several instances.

create table recurring_transaction (
    id            uuid          primary key,
    book_id       uuid          not null references books_book (id) deferrable initially immediate,
    type          varchar(8)    not null check (type in ('EXPENSE', 'INCOME')),
    amount        numeric(15,2) not null check (amount > 0),
    account_id    uuid          not null,
    category_id   uuid,
    counterparty  varchar(200),
    description   varchar(2000),
    frequency     varchar(9)    not null check (frequency in ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    interval      integer       not null check (interval between 1 and 99),
    day_of_month  smallint      check (day_of_month between 1 and 31),
    starts_on     date          not null,
    ends_on       date,
    auto_book     boolean       not null,
    version       bigint        not null,
    created_by    uuid          not null references identity_user (id) deferrable initially immediate,
    created_at    timestamptz   not null,
    check (ends_on is null or ends_on >= starts_on),
    foreign key (book_id, account_id) references ledger_account (book_id, id) deferrable initially immediate,
    foreign key (category_id) references ledger_category (id) on delete set null deferrable initially immediate
);
create index recurring_transaction_book_idx on recurring_transaction (book_id);
create index recurring_transaction_account_idx on recurring_transaction (book_id, account_id);
create index recurring_transaction_category_idx on recurring_transaction (category_id);
create index recurring_transaction_creator_idx on recurring_transaction (created_by);

-- One row per due date that was handled: the entry made for it, or why none could be made (a closed
-- period, an archived account, the creator no longer a member ...). A deleted recurring transaction
-- takes its occurrences along; the entries stay (no foreign key to them from here that could cascade).
create table recurring_occurrence (
    recurring_id   uuid         not null references recurring_transaction (id) on delete cascade deferrable initially immediate,
    due_date       date         not null,
    transaction_id uuid,
    failure        varchar(500),
    handled_at     timestamptz  not null,
    primary key (recurring_id, due_date),
    -- both empty only inside the claiming transaction, between the claim and the entry it makes
    check (transaction_id is null or failure is null)
);
