package de.cet.importing.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.importing.application.ImportStore;
import de.cet.importing.domain.Condition;
import de.cet.importing.domain.DuplicateCheck;
import de.cet.importing.domain.LineStatus;
import de.cet.importing.domain.MatchScorer;
import de.cet.importing.domain.Reconciliation;
import de.cet.importing.domain.Rule;
import de.cet.importing.domain.RuleActions;
import de.cet.importing.domain.RuleField;
import de.cet.importing.domain.RuleOp;
import de.cet.importing.domain.format.CsvProfile;
import de.cet.importing.domain.format.Statement;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The importing tables in plain SQL. The lines of an import are written with JDBC batches (10 000 lines
 * in a few round trips). Candidates for a match come from the ledger's {@code ledger_entry_effect} view —
 * the ledger's one definition of how an entry moves an account — and ledger balances from its
 * {@code ledger_balances} function, as reporting reads them.
 */
@ApplicationScoped
class SqlImportStore implements ImportStore {

    private static final String LINE_COLUMNS = """
        l.id, l.account_id, l.booking_date, l.value_date, l.amount, l.counterparty, l.counterparty_iban, l.purpose,
        l.bank_reference, l.reversal, l.status, l.duplicate_of, l.transaction_id, l.rule_id, l.category_id, l.tags,
        l.set_counterparty, l.set_description, l.import_id""";

    private final EntityManager em;
    private final ObjectMapper json;

    SqlImportStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public void lockAccount(UUID accountId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 19))")
            .setParameter(1, "importing:" + accountId).getSingleResult();
    }

    @Override
    public void saveImport(NewImport in, List<Statement> statements, List<NewLine> lines) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into importing_import (id, book_id, account_id, format, sha256, lines, duplicates, pending,
                        imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                st.setObject(1, in.id());
                st.setObject(2, in.bookId());
                st.setObject(3, in.accountId());
                st.setString(4, in.format().name());
                st.setString(5, in.sha256());
                st.setInt(6, in.lines());
                st.setInt(7, in.duplicates());
                st.setInt(8, in.pending());
                st.setObject(9, in.importedBy());
                st.setTimestamp(10, Timestamp.from(in.importedAt()));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("""
                    insert into importing_statement (id, import_id, book_id, account_id, from_date, to_date,
                        opening_balance, closing_balance) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement day = c.prepareStatement(
                     "insert into importing_statement_day (statement_id, day, balance) values (?, ?, ?)")) {
                for (Statement s : statements) {
                    UUID id = UUID.randomUUID();
                    st.setObject(1, id);
                    st.setObject(2, in.id());
                    st.setObject(3, in.bookId());
                    st.setObject(4, in.accountId());
                    st.setDate(5, Date.valueOf(s.from()));
                    st.setDate(6, Date.valueOf(s.to()));
                    st.setBigDecimal(7, s.openingBalance() == null ? null : s.openingBalance().amount());
                    st.setBigDecimal(8, s.closingBalance() == null ? null : s.closingBalance().amount());
                    st.executeUpdate();
                    for (var d : s.dayBalances().entrySet()) {
                        day.setObject(1, id);
                        day.setDate(2, Date.valueOf(d.getKey()));
                        day.setBigDecimal(3, d.getValue().amount());
                        day.addBatch();
                    }
                }
                day.executeBatch();
            }
            insertLines(c, in, lines);
        });
    }

    private static void insertLines(Connection c, NewImport in, List<NewLine> lines) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                insert into importing_bank_line (id, book_id, account_id, import_id, booking_date, value_date, amount,
                    counterparty, counterparty_iban, purpose, bank_reference, reversal, line_key, occurrence, status,
                    duplicate_of, rule_id, category_id, tags, set_counterparty, set_description)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (NewLine l : lines) {
                st.setObject(1, l.id());
                st.setObject(2, in.bookId());
                st.setObject(3, l.accountId());
                st.setObject(4, in.id());
                st.setDate(5, Date.valueOf(l.bookingDate()));
                st.setDate(6, Date.valueOf(l.valueDate()));
                st.setBigDecimal(7, l.amount().amount());
                st.setString(8, l.counterparty());
                st.setString(9, l.counterpartyIban());
                st.setString(10, l.purpose());
                st.setString(11, l.bankReference());
                st.setBoolean(12, l.reversal());
                st.setString(13, l.key());
                st.setInt(14, l.occurrence());
                st.setString(15, l.status().name());
                st.setObject(16, l.duplicateOf());
                st.setObject(17, l.ruleId());
                st.setObject(18, l.categoryId());
                Array tags = c.createArrayOf("text", l.tags().toArray());
                st.setArray(19, tags);
                st.setString(20, l.setCounterparty());
                st.setString(21, l.setDescription());
                st.addBatch();
                if (++n % 1000 == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
    }

    @Override
    public List<DuplicateCheck.Existing> existingLines(UUID accountId) {
        List<DuplicateCheck.Existing> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select id, line_key, occurrence, booking_date, amount, counterparty, purpose
                from importing_bank_line where account_id = ?1""").setParameter(1, accountId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DuplicateCheck.Existing((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), date(r[3]),
                Money.of((BigDecimal) r[4]), (String) r[5], (String) r[6]));
        }
        return out;
    }

    @Override
    public LinePage lines(UUID bookId, LineStatus status, UUID accountId, int page, int size) {
        String where = " where l.book_id = ?1 and (cast(?2 as varchar) is null or l.status = ?2)"
            + " and (cast(?3 as uuid) is null or l.account_id = ?3)";
        long total = ((Number) em.createNativeQuery("select count(*) from importing_bank_line l" + where)
            .setParameter(1, bookId).setParameter(2, status == null ? null : status.name()).setParameter(3, accountId)
            .getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery("select " + LINE_COLUMNS + " from importing_bank_line l" + where
                + " order by l.booking_date, l.amount, l.id limit ?4 offset ?5")
            .setParameter(1, bookId).setParameter(2, status == null ? null : status.name()).setParameter(3, accountId)
            .setParameter(4, size).setParameter(5, (long) page * size).getResultList();
        return new LinePage(rows.stream().map(o -> line((Object[]) o)).toList(), total);
    }

    @Override
    public List<Line> openLines(UUID bookId) {
        return em.createNativeQuery("select " + LINE_COLUMNS + " from importing_bank_line l"
                + " where l.book_id = ?1 and l.status in ('NEW', 'DUPLICATE_SUSPECTED') order by l.booking_date, l.id")
            .setParameter(1, bookId).getResultList().stream().map(o -> line((Object[]) o)).toList();
    }

    @Override
    public Optional<Line> lockLine(UUID bookId, UUID lineId) {
        List<?> rows = em.createNativeQuery("select " + LINE_COLUMNS + " from importing_bank_line l"
                + " where l.book_id = ?1 and l.id = ?2 for update")
            .setParameter(1, bookId).setParameter(2, lineId).getResultList();
        return rows.stream().findFirst().map(o -> line((Object[]) o));
    }

    @Override
    public boolean link(UUID lineId, UUID transactionId) {
        try {
            em.createNativeQuery("""
                    update importing_bank_line set transaction_id = ?2, status = 'MATCHED', version = version + 1
                    where id = ?1""").setParameter(1, lineId).setParameter(2, transactionId).executeUpdate();
            return true;
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void setStatus(UUID lineId, LineStatus status) {
        em.createNativeQuery("update importing_bank_line set status = ?2, version = version + 1 where id = ?1")
            .setParameter(1, lineId).setParameter(2, status.name()).executeUpdate();
    }

    @Override
    public void setRule(UUID lineId, Rule rule) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    update importing_bank_line set rule_id = ?, category_id = ?, tags = ?, set_counterparty = ?,
                        set_description = ?, version = version + 1 where id = ?""")) {
                st.setObject(1, rule == null ? null : rule.id());
                st.setObject(2, rule == null ? null : rule.actions().categoryId());
                st.setArray(3, c.createArrayOf("text", rule == null ? new Object[0] : rule.actions().tags().toArray()));
                st.setString(4, rule == null ? null : rule.actions().counterparty());
                st.setString(5, rule == null ? null : rule.actions().description());
                st.setObject(6, lineId);
                st.executeUpdate();
            }
        });
    }

    private static final String CANDIDATES = """
        select e.transaction_id, e.date, e.balance, t.counterparty, t.description, t.reference
        from ledger_entry_effect e join ledger_transaction t on t.id = e.transaction_id
        where e.book_id = ?1 and e.account_id = ?2 and e.status <> 'REJECTED' and e.balance <> 0
          and not exists (select 1 from importing_bank_line l where l.transaction_id = e.transaction_id)""";

    @Override
    public List<MatchScorer.Candidate> candidates(UUID bookId, UUID accountId, LocalDate from, LocalDate to) {
        return em.createNativeQuery(CANDIDATES + " and e.date between ?3 and ?4")
            .setParameter(1, bookId).setParameter(2, accountId).setParameter(3, from).setParameter(4, to)
            .getResultList().stream().map(o -> candidate((Object[]) o)).toList();
    }

    @Override
    public Optional<MatchScorer.Candidate> candidate(UUID bookId, UUID accountId, UUID transactionId) {
        return em.createNativeQuery(CANDIDATES + " and e.transaction_id = ?3")
            .setParameter(1, bookId).setParameter(2, accountId).setParameter(3, transactionId)
            .getResultList().stream().findFirst().map(o -> candidate((Object[]) o));
    }

    private static MatchScorer.Candidate candidate(Object[] r) {
        return new MatchScorer.Candidate((UUID) r[0], date(r[1]), Money.of((BigDecimal) r[2]), (String) r[3],
            (String) r[4], (String) r[5]);
    }

    @Override
    public Optional<String> entryStatus(UUID bookId, UUID transactionId) {
        return em.createNativeQuery("select status from ledger_transaction where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, transactionId).getResultList().stream().findFirst()
            .map(String.class::cast);
    }

    @Override
    public List<Reconciliation.StatementBalances> statementBalances(UUID bookId, UUID accountId) {
        Map<UUID, SortedMap<LocalDate, Money>> days = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                select d.statement_id, d.day, d.balance from importing_statement_day d
                join importing_statement s on s.id = d.statement_id
                where s.book_id = ?1 and s.account_id = ?2""").setParameter(1, bookId).setParameter(2, accountId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            days.computeIfAbsent((UUID) r[0], k -> new TreeMap<>()).put(date(r[1]), Money.of((BigDecimal) r[2]));
        }
        List<Reconciliation.StatementBalances> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select id, from_date, to_date, opening_balance from importing_statement
                where book_id = ?1 and account_id = ?2 and opening_balance is not null""")
                .setParameter(1, bookId).setParameter(2, accountId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Reconciliation.StatementBalances((UUID) r[0], date(r[1]), date(r[2]), Money.of((BigDecimal) r[3]),
                days.getOrDefault((UUID) r[0], new TreeMap<>())));
        }
        return out;
    }

    @Override
    public List<UUID> accountsWithStatements(UUID bookId) {
        return em.createNativeQuery("""
                select distinct account_id from importing_statement where book_id = ?1 and opening_balance is not null
                order by account_id""").setParameter(1, bookId).getResultList().stream().map(UUID.class::cast).toList();
    }

    @Override
    public Money ledgerBalance(UUID bookId, UUID accountId, LocalDate date) {
        List<?> rows = em.createNativeQuery("select balance from ledger_balances(?1, ?2, false) where account_id = ?3")
            .setParameter(1, bookId).setParameter(2, date).setParameter(3, accountId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Money.ZERO : Money.of((BigDecimal) rows.get(0));
    }

    @Override
    public long unmatchedLines(UUID bookId, UUID accountId, LocalDate upTo) {
        return ((Number) em.createNativeQuery("""
                select count(*) from importing_bank_line where book_id = ?1 and account_id = ?2
                and status in ('NEW', 'DUPLICATE_SUSPECTED') and booking_date <= ?3""")
            .setParameter(1, bookId).setParameter(2, accountId).setParameter(3, upTo).getSingleResult()).longValue();
    }

    // --- rules

    record ConditionJson(String field, String op, String value) {}

    record ActionsJson(UUID categoryId, List<String> tags, String counterparty, String description) {}

    @Override
    public List<Rule> rules(UUID bookId) {
        return em.createNativeQuery("select id, name, priority, conditions, actions, version from importing_rule where book_id = ?1")
            .setParameter(1, bookId).getResultList().stream().map(o -> rule(bookId, (Object[]) o)).toList();
    }

    @Override
    public Optional<Rule> rule(UUID bookId, UUID ruleId) {
        return em.createNativeQuery("""
                select id, name, priority, conditions, actions, version from importing_rule where book_id = ?1 and id = ?2""")
            .setParameter(1, bookId).setParameter(2, ruleId).getResultList().stream().findFirst()
            .map(o -> rule(bookId, (Object[]) o));
    }

    private Rule rule(UUID bookId, Object[] r) {
        try {
            List<ConditionJson> cs = json.readValue((String) r[3], new TypeReference<List<ConditionJson>>() {});
            List<Condition> conditions = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                ConditionJson c = cs.get(i);
                String where = "conditions[" + i + "]";
                conditions.add(new Condition(RuleField.parse(c.field(), where + ".field"), RuleOp.parse(c.op(), where + ".op"),
                    c.value(), where));
            }
            ActionsJson a = json.readValue((String) r[4], ActionsJson.class);
            return new Rule((UUID) r[0], bookId, (String) r[1], ((Number) r[2]).intValue(), conditions,
                new RuleActions(a.categoryId(), a.tags(), a.counterparty(), a.description()), ((Number) r[5]).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored rule is not readable", e);
        }
    }

    @Override
    public void saveRule(Rule rule, boolean isNew, Instant now) {
        String conditions;
        String actions;
        try {
            conditions = json.writeValueAsString(rule.conditions().stream()
                .map(c -> new ConditionJson(c.field().json(), c.op().json(), c.value())).toList());
            RuleActions a = rule.actions();
            actions = json.writeValueAsString(new ActionsJson(a.categoryId(), a.tags(), a.counterparty(), a.description()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule cannot be written", e);
        }
        if (isNew) {
            em.createNativeQuery("""
                    insert into importing_rule (id, book_id, name, priority, conditions, actions, version, created_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, rule.id()).setParameter(2, rule.bookId()).setParameter(3, rule.name())
                .setParameter(4, rule.priority()).setParameter(5, conditions).setParameter(6, actions)
                .setParameter(7, rule.version()).setParameter(8, now).executeUpdate();
        } else {
            em.createNativeQuery("""
                    update importing_rule set name = ?3, priority = ?4, conditions = ?5, actions = ?6, version = ?7
                    where book_id = ?1 and id = ?2""")
                .setParameter(1, rule.bookId()).setParameter(2, rule.id()).setParameter(3, rule.name())
                .setParameter(4, rule.priority()).setParameter(5, conditions).setParameter(6, actions)
                .setParameter(7, rule.version()).executeUpdate();
        }
    }

    @Override
    public void deleteRule(UUID bookId, UUID ruleId) {
        em.createNativeQuery("delete from importing_rule where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, ruleId).executeUpdate();
    }

    // --- profiles

    @Override
    public List<SavedProfile> profiles(UUID bookId) {
        return em.createNativeQuery("select id, definition from importing_profile where book_id = ?1 order by name")
            .setParameter(1, bookId).getResultList().stream().map(o -> profile((Object[]) o)).toList();
    }

    @Override
    public Optional<SavedProfile> profile(UUID bookId, UUID profileId) {
        return em.createNativeQuery("select id, definition from importing_profile where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, profileId).getResultList().stream().findFirst()
            .map(o -> profile((Object[]) o));
    }

    private SavedProfile profile(Object[] r) {
        try {
            return new SavedProfile((UUID) r[0], json.readValue((String) r[1], CsvProfile.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored import profile is not readable", e);
        }
    }

    @Override
    public boolean saveProfile(UUID bookId, SavedProfile profile, Instant now) {
        String definition;
        try {
            definition = json.writeValueAsString(profile.profile());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import profile cannot be written", e);
        }
        int n = em.createNativeQuery("""
                insert into importing_profile (id, book_id, name, definition, created_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (book_id, name) do nothing""")
            .setParameter(1, profile.id()).setParameter(2, bookId).setParameter(3, profile.profile().name())
            .setParameter(4, definition).setParameter(5, now).executeUpdate();
        return n == 1;
    }

    // --- mapping

    private static Line line(Object[] r) {
        return new Line((UUID) r[0], (UUID) r[1], date(r[2]), date(r[3]), Money.of((BigDecimal) r[4]), (String) r[5],
            (String) r[6], (String) r[7], (String) r[8], (Boolean) r[9], LineStatus.valueOf((String) r[10]),
            (UUID) r[11], (UUID) r[12], (UUID) r[13], (UUID) r[14], tags(r[15]), (String) r[16], (String) r[17],
            (UUID) r[18]);
    }

    private static List<String> tags(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof String[] a) {
            return List.of(a);
        }
        if (o instanceof Object[] a) {
            List<String> out = new ArrayList<>();
            for (Object x : a) {
                out.add(String.valueOf(x));
            }
            return out;
        }
        try {
            Object[] a = (Object[]) ((Array) o).getArray();
            List<String> out = new ArrayList<>();
            for (Object x : a) {
                out.add(String.valueOf(x));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((Date) o).toLocalDate();
    }
}
