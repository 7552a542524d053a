-- Shared expenses (ADR 0011): the split of a ledger entry among a book's members, and settlements
-- between members. A split belongs to its entry (and is deleted with a deleted draft); members are users
-- (their membership of the book is checked by the application, as for the ledger's member links).

create table splitting_split (
    transaction_id uuid        primary key,
    book_id        uuid        not null,
    method         varchar(10) not null check (method in ('EQUAL', 'EXACT', 'PERCENT', 'SHARES')),
    foreign key (book_id, transaction_id) references ledger_transaction (book_id, id)
        on delete cascade deferrable initially immediate
);
create index splitting_split_book_idx on splitting_split (book_id);

-- Who paid how much (of a refund: who received it); the amounts sum to the entry's amount.
create table splitting_payer (
    transaction_id uuid          not null references splitting_split (transaction_id)
        on delete cascade deferrable initially immediate,
    position       integer       not null check (position >= 0),
    member_id      uuid          not null references identity_user (id) deferrable initially immediate,
    amount         numeric(15,2) not null check (amount > 0),
    primary key (transaction_id, position),
    unique (transaction_id, member_id)
);
create index splitting_payer_member_idx on splitting_payer (member_id);

-- Who shares it: the method's value as given (none for EQUAL) and the part computed from it; the parts
-- sum to the entry's amount.
create table splitting_share (
    transaction_id uuid          not null references splitting_split (transaction_id)
        on delete cascade deferrable initially immediate,
    position       integer       not null check (position >= 0),
    member_id      uuid          not null references identity_user (id) deferrable initially immediate,
    value          numeric(15,2) check (value is null or value > 0),
    part           numeric(15,2) not null check (part >= 0),
    primary key (transaction_id, position),
    unique (transaction_id, member_id)
);
create index splitting_share_member_idx on splitting_share (member_id);

-- One member paid another back, outside the book's accounts.
create table splitting_settlement (
    id             uuid          primary key,
    book_id        uuid          not null references books_book (id) deferrable initially immediate,
    from_member_id uuid          not null references identity_user (id) deferrable initially immediate,
    to_member_id   uuid          not null references identity_user (id) deferrable initially immediate,
    amount         numeric(15,2) not null check (amount > 0),
    date           date          not null,
    created_by     uuid          not null references identity_user (id) deferrable initially immediate,
    created_at     timestamptz   not null,
    check (from_member_id <> to_member_id)
);
create index splitting_settlement_book_idx on splitting_settlement (book_id, date);
create index splitting_settlement_from_idx on splitting_settlement (from_member_id);
create index splitting_settlement_to_idx on splitting_settlement (to_member_id);
create index splitting_settlement_creator_idx on splitting_settlement (created_by);
