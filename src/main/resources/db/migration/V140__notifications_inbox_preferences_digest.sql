-- Notifications (ADR 0018): the in-app inbox, each user's preferences per kind and digest cadence, and
-- the marks that make scheduled notices (period ending, digests) happen once across every instance.

create table notifications_notification (
    id         uuid          primary key,
    user_id    uuid          not null references identity_user (id) on delete cascade deferrable initially immediate,
    kind       varchar(40)   not null,
    book_id    uuid          references books_book (id) on delete cascade deferrable initially immediate,
    subject_id uuid,
    title      varchar(300)  not null,
    body       varchar(4000) not null,
    created_at timestamptz   not null,
    read_at    timestamptz
);
create index notifications_notification_user_idx on notifications_notification (user_id, created_at desc);
create index notifications_notification_unread_idx on notifications_notification (user_id) where read_at is null;

-- A row only where the user chose differently from the kind's default.
create table notifications_preference (
    user_id uuid        not null references identity_user (id) on delete cascade deferrable initially immediate,
    kind    varchar(40) not null,
    email   boolean     not null,
    in_app  boolean     not null,
    primary key (user_id, kind)
);

-- Digest cadence and when the last digest went out (the digest lists what came in after it).
create table notifications_digest (
    user_id      uuid        primary key references identity_user (id) on delete cascade deferrable initially immediate,
    cadence      varchar(6)  not null check (cadence in ('NONE', 'DAILY', 'WEEKLY')),
    last_sent_at timestamptz
);

-- "Notified once": a scheduled check that runs on every instance inserts its mark first; only the
-- transaction whose insert succeeds notifies (PERIOD_ENDING once per period and user).
create table notifications_once (
    kind       varchar(40) not null,
    subject_id uuid        not null,
    user_id    uuid        not null references identity_user (id) on delete cascade deferrable initially immediate,
    created_at timestamptz not null,
    primary key (kind, subject_id, user_id)
);
