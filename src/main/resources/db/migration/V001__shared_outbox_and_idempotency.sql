-- Shared kernel: the transactional mail outbox and the idempotency records of create requests.

create table outbox_mail (
    id              uuid primary key,
    recipient       text        not null,
    subject         text        not null,
    body_text       text        not null,
    template        text,
    status          text        not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index outbox_mail_due on outbox_mail (next_attempt_at) where status = 'PENDING';

create table idempotency_record (
    scope         text        not null,
    idem_key      text        not null,
    request_hash  text        not null,
    response_body text,
    created_at    timestamptz not null,
    primary key (scope, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);
