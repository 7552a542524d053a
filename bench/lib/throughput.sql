-- bench/throughput's pgbench baseline: the statements CET runs for one POST /books/{id}/transactions
-- with status DRAFT, in the app's order, in one transaction (ADR 0009). Checked against the SQL log of an
-- API create (CreateCostTest counts them; QUARKUS_HIBERNATE_ORM_LOG_SQL=true shows them, 2026-12-02):
-- the session check (BearerTokenAuthentication, plain JDBC), the membership (LedgerAccess.actor), the book
-- context once (accounts, categories, book settings, periods, members), the entity and its history
-- (JpaTransactionRepository.save/appendHistory), then, just before commit, the audit chain's lock, its head
-- and the new entry (AuditTrail's before-completion append, SqlAuditLog.lastForUpdate/append).
--
-- Variables from bench/throughput (pgbench -D, or written into a per-book copy of this file): book,
-- account, category, actor, session. What the app does and this script does not: JSON parsing and
-- rendering, the JWT check, Hibernate, HTTP. The audit hash is computed here by PostgreSQL's sha256() over
-- exactly the canonical text the app hashes in Java (AuditChain.hash: prevHash + "\n" + {"action",...,
-- "sequence"} with sorted keys, no whitespace, Instant.toString() for "at"), so GET .../audit-log/verification
-- stays valid after a run.
--
-- ===================================== CREATE COST ======================================================
-- Everything one create costs in the database is between BEGIN and END below, section by section. When a
-- create costs more (e.g. maintained aggregates), add those statements in the marked section, in the
-- app's order. bench/throughput also runs a "writes only" variant: this script without the READS section.
\set hi random(1, 9223372036854775807)
\set lo random(1, 9223372036854775807)
\set cents random(50, 250000)
\set day random(0, 364)
BEGIN;
-- ---- READS begin (left out by the writes-only variant) ----
-- the bearer token's session (BearerTokenAuthentication.sessionActive)
SELECT 1 FROM identity_session s JOIN identity_user u ON u.id = s.user_id WHERE s.id = cast(:session as uuid)
    AND s.user_id = cast(:actor as uuid) AND s.revoked_at IS NULL AND s.idle_expires_at > now()
    AND s.absolute_expires_at > now() AND NOT u.disabled;
-- the caller's membership (LedgerAccess.actor: role and signatory)
SELECT m1_0.book_id, m1_0.user_id, m1_0.joined_at, m1_0.role, m1_0.signatory FROM books_membership m1_0
    WHERE (m1_0.book_id, m1_0.user_id) IN ((cast(:book as uuid), cast(:actor as uuid)));
-- the book context (LedgerAccess.context): accounts, categories, settings, periods, members
SELECT a1_0.id, a1_0.archived, a1_0.book_id, a1_0.fund, a1_0.iban, a1_0.name, a1_0.opening_balance, a1_0.opening_date,
    a1_0.type, a1_0.version FROM ledger_account a1_0 WHERE a1_0.book_id = cast(:book as uuid) ORDER BY a1_0.name, a1_0.id;
SELECT c1_0.id, c1_0.archived, c1_0.book_id, c1_0.color, c1_0.emoji, c1_0.kind, c1_0.name, c1_0.official_code,
    c1_0.parent_id, c1_0.version FROM ledger_category c1_0 WHERE c1_0.book_id = cast(:book as uuid)
    ORDER BY c1_0.kind, c1_0.official_code, c1_0.name, c1_0.id;
SELECT b1_0.id, b1_0.created_at, b1_0.created_by, b1_0.currency, b1_0.dual_approval_above, b1_0.election_date,
    b1_0.four_eyes, b1_0.kind, b1_0.locale, b1_0.name, b1_0.repay_unspent_public_funds, b1_0.require_approval,
    b1_0.require_receipt, b1_0.version FROM books_book b1_0 WHERE b1_0.id = cast(:book as uuid);
SELECT ap1_0.id, ap1_0.book_id, ap1_0.closed_at, ap1_0.closed_by, ap1_0.end_date, ap1_0.name, ap1_0.start_date,
    ap1_0.status, ap1_0.version FROM ledger_period ap1_0 WHERE ap1_0.book_id = cast(:book as uuid) ORDER BY ap1_0.start_date;
SELECT m1_0.book_id, m1_0.user_id, m1_0.joined_at, m1_0.role, m1_0.signatory FROM books_membership m1_0
    WHERE m1_0.book_id = cast(:book as uuid) ORDER BY m1_0.joined_at, m1_0.user_id;
-- ---- READS end ----
-- ---- WRITES ----
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
-- ---- UPKEEP: statements a create causes besides its own rows (maintained aggregates ...), in the app's
-- order; they run before the chain's append, which is the last thing before commit. ----
-- the live update for the book's open clients (notifications' PgLiveUpdates: delivered by PostgreSQL at commit)
SELECT pg_notify('cet_live', json_build_object('type', 'transaction.changed', 'bookId', cast(:book as text), 'id', NULL,
    'userId', NULL)::text);
-- ---- AUDIT CHAIN (before commit: lock, head, append; the lock is held from here to the commit) ----
SELECT cast(pg_advisory_xact_lock(hashtextextended(cast(:book as text), 4711)) as text);
SELECT sequence AS seq, hash AS prev FROM ledger_audit_entry WHERE book_id = cast(:book as uuid) ORDER BY sequence DESC LIMIT 1 \gset
-- (pgbench takes every colon followed by a letter for a variable, even inside a literal: hence ':' || 'null')
-- the new entry (AuditChain.link: canonical payload; SHA-256 over prevHash + "\n" + canonical fields)
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
-- =================================== END OF CREATE COST =================================================
