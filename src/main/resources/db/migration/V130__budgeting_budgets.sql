-- Budgets ("funnels", ADR 0017): a limit per category and cadence window (a calendar month or an
-- accounting period). What was spent is never stored here: it is the ledger's booked effect
-- (ledger_effect_sums, V101), read when a status is asked for. Deleting a budget deletes its limits and
-- threshold marks, never a transaction.

create table budgeting_budget (
    id          uuid         primary key,
    book_id     uuid         not null references books_book (id) deferrable initially immediate,
    -- a category is deleted only while nothing is booked on it (ledger rule); its budget goes with it
    category_id uuid         not null,
    name        varchar(100) not null,
    emoji       varchar(64),
    color       varchar(7)   check (color ~ '^#[0-9A-Fa-f]{6}$'),
    cadence     varchar(7)   not null check (cadence in ('MONTHLY', 'PERIOD')),
    rollover    boolean      not null,
    starts_on   date         not null,
    version     bigint       not null,
    created_by  uuid         not null references identity_user (id) deferrable initially immediate,
    created_at  timestamptz  not null,
    foreign key (book_id, category_id) references ledger_category (book_id, id) on delete cascade
        deferrable initially immediate
);
create index budgeting_budget_book_idx on budgeting_budget (book_id);
create index budgeting_budget_category_idx on budgeting_budget (category_id);
create index budgeting_budget_creator_idx on budgeting_budget (created_by);

-- The limit from the window starting valid_from on (until the next row's): a limit changed mid-month
-- applies to that whole month and the ones after it, while earlier windows (and what they carried over)
-- keep theirs.
create table budgeting_budget_limit (
    budget_id  uuid          not null references budgeting_budget (id) on delete cascade deferrable initially immediate,
    valid_from date          not null,
    amount     numeric(15,2) not null check (amount >= 0),
    primary key (budget_id, valid_from)
);

-- A threshold (80, 100 per cent) reached in a window, written in the transaction of the entry that
-- crossed it: the primary key makes it once per budget, window and threshold, also under concurrent
-- entries (the second insert waits for the first's commit and then adds nothing).
create table budgeting_threshold_reached (
    budget_id      uuid        not null references budgeting_budget (id) on delete cascade deferrable initially immediate,
    window_start   date        not null,
    percent        smallint    not null check (percent in (80, 100)),
    window_end     date        not null,
    transaction_id uuid        not null,
    reached_at     timestamptz not null,
    primary key (budget_id, window_start, percent)
);
