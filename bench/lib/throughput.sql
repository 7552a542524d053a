-- bench/throughput's pgbench baseline: the statements CET runs for one POST /books/{id}/transactions
-- with status DRAFT (TransactionService.create -> store -> AuditTrail.record), in the app's order, in one
-- transaction. Taken from JpaTransactionRepository.save/appendHistory and SqlAuditLog.lastForUpdate/append;
-- checked against the SQL log of an API create (QUARKUS_HIBERNATE_ORM_LOG_SQL=true, 2026-11-21): after the
-- reads below, the app runs exactly these five statements, in this order, then (still holding the lock)
-- re-reads the book context for the answer (accounts, categories, periods, members) and commits.
--
-- Variables from bench/throughput (pgbench -D): book, account, category, actor.
-- What the app does and this script does not: the session check of the bearer token, the membership and
-- the book context reads (accounts, categories, periods, settings, members: twice), JSON parsing and
-- rendering. The audit hash is computed here by PostgreSQL's sha256() over exactly the canonical text the
-- app hashes in Java (AuditChain.hash: prevHash + "\n" + {"action",...,"sequence"} with sorted keys, no
-- whitespace, Instant.toString() for "at"), so GET .../audit-log/verification stays valid after a run.
\set hi random(1, 9223372036854775807)
\set lo random(1, 9223372036854775807)
\set cents random(50, 250000)
\set day random(0, 364)
BEGIN;
-- the entity (Hibernate's insert of Transaction: every mapped column; version 0)
INSERT INTO ledger_transaction (account_id, amount, book_id, booked_at, booked_by, category_id, counterparty, created_at,
    created_by, date, description, eigenbeleg, justification, last_edited_by, paid_by_member_id, reference,
    reimburses_member_id, rejected_by, rejection_reason, reversal_of, reversal_reason, reversed_by, rework_of,
    reworked_into, status, submitted_at, submitted_by, tags, to_account_id, type, version, id)
VALUES (cast(:account as uuid), cast(:cents as int) / 100.0, cast(:book as uuid), NULL, NULL, cast(:category as uuid),
    'Bürobedarf Müller', now(), cast(:actor as uuid), date '2026-01-01' + cast(:day as int), 'Ausgabe pgbench', NULL,
    NULL, NULL, NULL, 'B-' || cast(:cents as text), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'DRAFT', NULL, NULL,
    '{}', NULL, 'EXPENSE', 0,
    cast(lpad(to_hex(cast(:hi as bigint)), 16, '0') || lpad(to_hex(cast(:lo as bigint)), 16, '0') as uuid));
-- its history (CREATED: empty before, the snapshot after)
INSERT INTO ledger_transaction_change (book_id, transaction_id, actor_id, at, action, before, after)
VALUES (cast(:book as uuid), cast(lpad(to_hex(cast(:hi as bigint)), 16, '0') || lpad(to_hex(cast(:lo as bigint)), 16, '0') as uuid),
    cast(:actor as uuid), now(), 'CREATED', cast('{}' as jsonb),
    jsonb_build_object('type', 'EXPENSE', 'amount', to_char(cast(:cents as int) / 100.0, 'FM999999990.00'),
        'date', cast(date '2026-01-01' + cast(:day as int) as text), 'accountId', cast(:account as text),
        'toAccountId', NULL, 'categoryId', cast(:category as text), 'counterparty', 'Bürobedarf Müller',
        'description', 'Ausgabe pgbench', 'reference', 'B-' || cast(:cents as text), 'paidByMemberId', NULL,
        'reimbursesMemberId', NULL, 'receiptIds', jsonb_build_array(), 'tags', jsonb_build_array(),
        'justification', NULL, 'eigenbeleg', NULL, 'status', 'DRAFT', 'approvals', jsonb_build_array(),
        'rejectionReason', NULL, 'reversalOf', NULL, 'reversedBy', NULL, 'reversalReason', NULL, 'reworkOf', NULL,
        'reworkedInto', NULL));
-- the audit chain: the book's lock, then its head (SqlAuditLog.lastForUpdate)
SELECT cast(pg_advisory_xact_lock(hashtextextended(cast(:book as text), 4711)) as text);
SELECT sequence AS seq, hash AS prev FROM ledger_audit_entry WHERE book_id = cast(:book as uuid) ORDER BY sequence DESC LIMIT 1 \gset
-- (pgbench takes every colon followed by a letter for a variable, even inside a literal: hence ':' || 'null')
-- the new entry (AuditChain.append: canonical payload; SHA-256 over prevHash + "\n" + canonical fields)
INSERT INTO ledger_audit_entry (sequence, book_id, actor_id, at, action, entity_type, entity_id, payload, prev_hash, hash)
SELECT x.seq, cast(:book as uuid), cast(:actor as uuid), x.at, 'TRANSACTION_CREATED', 'Transaction', x.id, x.payload,
    cast(:prev as text),
    encode(sha256(convert_to(cast(:prev as text) || E'\n'
        || '{"action":"TRANSACTION_CREATED","actorId":"' || cast(:actor as text)
        || '","at":"' || replace(to_char(x.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24=MI=SS'), '=', chr(58))
        || case when extract(microseconds from x.at)::bigint % 1000000 = 0 then ''
                when extract(microseconds from x.at)::bigint % 1000 = 0 then to_char(x.at at time zone 'UTC', '.MS')
                else to_char(x.at at time zone 'UTC', '.US') end
        || 'Z","bookId":"' || cast(:book as text) || '","entityId":"' || x.id
        || '","entityType":"Transaction","payload":"' || replace(replace(x.payload, '\', '\\'), '"', '\"')
        || '","sequence":' || x.seq || '}', 'UTF8')), 'hex')
FROM (SELECT cast(:seq as bigint) + 1 AS seq, date_trunc('microseconds', now()) AS at,
             lpad(to_hex(cast(:hi as bigint)), 16, '0') AS hi, lpad(to_hex(cast(:lo as bigint)), 16, '0') AS lo) r,
     LATERAL (SELECT r.seq, r.at, cast(cast(r.hi || r.lo as uuid) as text) AS id) y,
     LATERAL (SELECT y.seq, y.at, y.id,
             '{"after":{"accountId":"' || cast(:account as text) || '","amount":"'
             || to_char(cast(:cents as int) / 100.0, 'FM999999990.00')
             || '","approvals":[],"categoryId":"' || cast(:category as text) || '","counterparty":"Bürobedarf Müller","date":"'
             || cast(date '2026-01-01' + cast(:day as int) as text) || '","description":"Ausgabe pgbench","eigenbeleg":' || 'null,'
             || '"justification":' || 'null,"paidByMemberId":' || 'null,"receiptIds":[],"reference":"B-' || cast(:cents as text)
             || '","reimbursesMemberId":' || 'null,"rejectionReason":' || 'null,"reversalOf":' || 'null,"reversalReason":' || 'null,'
             || '"reversedBy":' || 'null,"reworkOf":' || 'null,"reworkedInto":' || 'null,"status":"DRAFT","tags":[],"toAccountId":' || 'null,'
             || '"type":"EXPENSE"},"before":{},"changed":["type","amount","date","accountId","categoryId",'
             || '"counterparty","description","reference","receiptIds","tags","status","approvals"]}' AS payload) x;
END;
