-- IMAP mailboxes (ADR 0022): configured by an instance administrator; bank alert mails become bank lines
-- (an import of format MAIL), forwarded receipt mails become receipts. Every mail fetched is recorded once
-- by (mailbox, UIDVALIDITY, UID), in the transaction that stores what it produced.

alter table importing_import drop constraint importing_import_format_check;
alter table importing_import add constraint importing_import_format_check
    check (format in ('CAMT053', 'MT940', 'CSV', 'MAIL'));

create table importing_mailbox (
    id               uuid          primary key,
    name             varchar(100)  not null check (length(btrim(name)) > 0),
    host             varchar(255)  not null,
    port             integer       not null check (port between 1 and 65535),
    tls              boolean       not null,
    username         varchar(255)  not null,
    password_sealed  text          not null,  -- AES-256-GCM, key never in the database (ADR 0022)
    folder           varchar(255)  not null,
    book_id          uuid          not null references books_book (id) deferrable initially immediate,
    account_id       uuid,
    purpose          varchar(12)   not null check (purpose in ('BANK_ALERTS', 'RECEIPTS')),
    bank_template    varchar(20),
    enabled          boolean       not null default true,
    uid_validity     bigint,
    last_poll_at     timestamptz,
    last_poll_result varchar(10)   check (last_poll_result in ('OK', 'FAILED')),
    last_poll_error  varchar(500),
    last_poll_mails  integer,
    created_by       uuid          not null references identity_user (id) deferrable initially immediate,
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    check ((purpose = 'BANK_ALERTS') = (account_id is not null)),
    foreign key (book_id, account_id) references ledger_account (book_id, id) deferrable initially immediate
);
create index importing_mailbox_book_idx on importing_mailbox (book_id);
create index importing_mailbox_user_idx on importing_mailbox (created_by);

create table importing_mail (
    id           uuid          primary key,
    mailbox_id   uuid          not null references importing_mailbox (id) on delete cascade deferrable initially immediate,
    uid_validity bigint        not null,
    uid          bigint        not null,
    message_id   varchar(500),
    sender       varchar(320),
    subject      varchar(500),
    sent_at      timestamptz,
    outcome      varchar(12)   not null check (outcome in ('BANK_LINES', 'RECEIPTS', 'NOTHING', 'FAILED', 'KNOWN')),
    reason       varchar(500),
    import_id    uuid          references importing_import (id) on delete set null deferrable initially immediate,
    processed_at timestamptz   not null,
    unique (mailbox_id, uid_validity, uid)
);
create index importing_mail_message_idx on importing_mail (mailbox_id, message_id);
create index importing_mail_import_idx on importing_mail (import_id);

-- each attachment of a receipt mail: the receipt it became, or why it was ignored
create table importing_mail_attachment (
    mail_id    uuid          not null references importing_mail (id) on delete cascade deferrable initially immediate,
    position   integer       not null,
    file_name  varchar(255),
    receipt_id uuid          references ledger_receipt (id) deferrable initially immediate,
    ignored    varchar(200),
    primary key (mail_id, position),
    check ((receipt_id is null) <> (ignored is null))
);
create index importing_mail_attachment_receipt_idx on importing_mail_attachment (receipt_id);
