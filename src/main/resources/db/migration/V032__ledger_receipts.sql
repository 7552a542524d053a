-- Ledger: receipts (metadata and content) and their attachment to transactions.
-- The content lives in its own table so that listing metadata never reads the bytes.

create table ledger_receipt (
    id           uuid primary key,
    book_id      uuid         not null references books_book (id),
    period_id    uuid         not null,
    number       varchar(16)  not null check (number ~ '^[0-9]{4}[b-z]?-[0-9]{4,}$'),
    sequence     integer      not null check (sequence > 0),
    file_name    varchar(200) not null check (length(file_name) > 0 and file_name !~ '[/\\[:cntrl:]]'),
    content_type varchar(32)  not null check (content_type in
        ('application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/xml', 'text/xml')),
    size         bigint       not null check (size > 0),
    sha256       char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  uuid         not null,
    uploaded_at  timestamptz  not null,
    unique (book_id, id),
    unique (book_id, sha256),          -- the same file uploaded twice in a book is recognised
    unique (book_id, number),
    unique (period_id, sequence),      -- running number per book and period
    foreign key (book_id, period_id) references ledger_period (book_id, id)
);

create table ledger_receipt_content (
    receipt_id uuid primary key references ledger_receipt (id),
    content    bytea not null
);

create table ledger_transaction_receipt (
    transaction_id uuid    not null references ledger_transaction (id) on delete cascade,
    receipt_id     uuid    not null references ledger_receipt (id),
    position       integer not null,
    -- the application only attaches receipts of the transaction's own book
    primary key (transaction_id, position)
);
create index ledger_tx_receipt_receipt_idx on ledger_transaction_receipt (receipt_id);
