-- Ledger: the append-only, hash-chained audit log per book (de.cet.ledger.domain.audit.AuditChain).
-- payload is text, not jsonb: the hash covers the exact canonical string, and jsonb would re-format it.

create table ledger_audit_entry (
    book_id     uuid         not null references books_book (id),
    sequence    bigint       not null check (sequence > 0),
    actor_id    uuid,                       -- null: the system (a scheduled job)
    at          timestamptz  not null,
    action      varchar(64)  not null,
    entity_type varchar(40)  not null,
    entity_id   varchar(64),
    payload     text         not null,
    prev_hash   char(64)     not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash        char(64)     not null check (hash ~ '^[0-9a-f]{64}$'),
    primary key (book_id, sequence),
    unique (book_id, hash)
);
create index ledger_audit_entity_idx on ledger_audit_entry (book_id, entity_type, entity_id);

create function ledger_audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_audit_no_update_or_delete
    before update or delete on ledger_audit_entry
    for each row execute function ledger_audit_refuse_change();

create trigger ledger_audit_no_truncate
    before truncate on ledger_audit_entry
    for each statement execute function ledger_audit_refuse_change();
