-- Backup context: the record of every backup run, and file attachments on outbox mail (the backup
-- archive is mailed by reference to its file, so the outbox row stays small).

create table backup_run (
    id          uuid primary key,
    trigger     text        not null check (trigger in ('SCHEDULED', 'ON_DEMAND')),
    started_at  timestamptz not null,
    finished_at timestamptz,
    status      text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    file_name   text,
    size_bytes  bigint,
    sha256      text,
    error       text
);
create index backup_run_started on backup_run (started_at desc);

alter table outbox_mail
    add column attachment_path text,
    add column attachment_name text,
    add column attachment_type text;
