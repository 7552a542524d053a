package de.cet.ledger.api;

import de.cet.books.domain.BookRole;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kept aggregates (ADR 0008, V101) after a seeded random sequence of creates, edits, submissions,
 * rejections, bookings, reversals and deletes through the API equal a full recomputation from the entries,
 * the listing's totals and deep pages equal plain SQL over the entries for filters that are answered from
 * the aggregates (whole and partial months) and for ones that are not, and the repair rebuilds aggregates
 * that were damaged.
 */
@QuarkusTest
class LedgerAggregatesTest {

    private static final String[] STATUSES = {"DRAFT", "SUBMITTED", "BOOKED"};

    @Inject
    DataSource dataSource;

    /** What the scenario knows of each entry it made: its id, status and version. */
    private static final class Entry {
        final UUID id;
        final String type;
        String status;
        long version;
        LocalDate date;
        boolean reversed;

        Entry(JsonPath answer) {
            this.id = UUID.fromString(answer.getString("id"));
            this.type = answer.getString("type");
            this.status = answer.getString("status");
            this.version = answer.getLong("version");
            this.date = LocalDate.parse(answer.getString("date"));
        }
    }

    @Test
    void aRandomSequenceOfChangesLeavesAggregatesEqualToARecomputationAndTheListingExact() throws SQLException {
        Actor treasurer = Actors.user("Tom Treasurer");
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false,
            "requireReceipt", false));
        Actor member = Actors.member(book, BookRole.MEMBER);
        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        UUID cash = LedgerFixtures.cashAccount(treasurer, book, "500000.00", "2026-01-01"); // never short of cash
        List<UUID> accounts = List.of(bank, cash);
        List<UUID> incomeCategories = List.of(category(treasurer, book, "IN-110"), category(treasurer, book, "IN-400"));
        List<UUID> expenseCategories = List.of(category(treasurer, book, "EX-300"), category(treasurer, book, "EX-340"),
            category(treasurer, book, "EX-520"));

        // a large booked advance first, so that every reimbursement the scenario books has advances to settle
        Map<String, Object> advance = tx("EXPENSE", "90000.00", "2026-01-01", bank, expenseCategories.get(0));
        advance.put("paidByMemberId", member.id().toString());
        advance.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, advance);

        Random random = new Random(20260101L);
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> done = new HashMap<>();
        for (int step = 0; step < 140; step++) {
            int op = entries.size() < 8 ? 0 : random.nextInt(7);
            switch (op) {
                case 0, 1 -> {
                    Map<String, Object> body = randomEntry(random, member, accounts, incomeCategories, expenseCategories);
                    body.put("status", STATUSES[random.nextInt(STATUSES.length)]);
                    JsonPath created = treasurer.api().body(body).post(books(book, "/transactions")).then().log().ifValidationFails()
                        .statusCode(201).extract().jsonPath();
                    entries.add(new Entry(created));
                    count(done, "create");
                }
                case 2 -> pick(random, entries, "DRAFT", "SUBMITTED").ifPresent(e -> {
                    Map<String, Object> change = new HashMap<>();
                    change.put("amount", amount(random));
                    change.put("date", date(random).toString());
                    if (random.nextBoolean() && !"TRANSFER".equals(e.type)) {
                        change.put("accountId", accounts.get(random.nextInt(accounts.size())).toString());
                    }
                    JsonPath edited = treasurer.api().header("If-Match", "\"" + e.version + "\"").body(change)
                        .patch(books(book, "/transactions/" + e.id)).then().statusCode(200).extract().jsonPath();
                    e.version = edited.getLong("version");
                    e.date = LocalDate.parse(edited.getString("date"));
                    count(done, "edit");
                });
                case 3 -> pick(random, entries, "DRAFT").ifPresent(e -> {
                    apply(e, treasurer.api().post(books(book, "/transactions/" + e.id + "/submit")), 200);
                    count(done, "submit");
                });
                case 4 -> pick(random, entries, "DRAFT", "SUBMITTED").ifPresent(e -> {
                    Map<String, Object> booking = new HashMap<>();
                    if (random.nextBoolean()) {
                        booking.put("date", date(random).toString());
                    }
                    apply(e, treasurer.api().body(booking).post(books(book, "/transactions/" + e.id + "/book")), 200);
                    count(done, "book");
                });
                case 5 -> entries.stream().filter(e -> "BOOKED".equals(e.status) && !e.reversed)
                    .skip(random.nextInt(3)).findFirst().ifPresent(e -> {
                        LocalDate on = e.date.plusDays(random.nextInt(40));
                        on = on.getYear() > 2026 ? e.date : on;
                        JsonPath reversal = treasurer.api().body(Map.of("reason", "wrong", "date", on.toString()))
                            .post(books(book, "/transactions/" + e.id + "/reverse")).then().statusCode(201)
                            .extract().jsonPath();
                        e.reversed = true;
                        Entry r = new Entry(reversal);
                        r.reversed = true; // a reversal is not reversed again
                        entries.add(r);
                        count(done, "reverse");
                    });
                default -> {
                    if (random.nextBoolean()) {
                        pick(random, entries, "DRAFT").ifPresent(e -> {
                            treasurer.api().delete(books(book, "/transactions/" + e.id)).then().statusCode(204);
                            entries.remove(e);
                            count(done, "delete");
                        });
                    } else {
                        pick(random, entries, "SUBMITTED").ifPresent(e -> {
                            apply(e, treasurer.api().body(Map.of("reason", "no receipt"))
                                .post(books(book, "/transactions/" + e.id + "/reject")), 200);
                            count(done, "reject");
                        });
                    }
                }
            }
        }
        for (String kind : List.of("create", "edit", "submit", "book", "reverse", "delete", "reject")) {
            assertTrue(done.getOrDefault(kind, 0) >= 2, "the scenario exercised " + kind + ": " + done);
        }

        assertEquals(List.of(), drift(book), "kept aggregates vs a full recomputation");

        List<String> filters = List.of("", "status=BOOKED", "type=EXPENSE", "type=INCOME&status=DRAFT",
            "accountId=" + cash, "categoryId=" + expenseCategories.get(0),
            "from=2026-03-01&to=2026-08-31", "from=2026-02-10&to=2026-09-20", "from=2026-05-07&to=2026-05-07",
            "from=2026-04-15", "to=2026-06-30&status=BOOKED", "from=2026-06-01&to=2026-05-01",
            "memberId=" + member.id(), "minAmount=100.00&maxAmount=600.00", "q=Lieferant&type=EXPENSE");
        for (String filter : filters) {
            assertListingMatchesSql(treasurer, book, filter, member.id());
        }

        // the repair: damaged aggregates are found and rebuilt from the entries
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("update ledger_listing_total set entries = entries + 3, signed_amount = signed_amount + 1.23 "
                + "where book_id = '" + book + "'");
            st.executeUpdate("update ledger_effect_total set balance = balance - 5 where book_id = '" + book + "'");
        }
        assertTrue(!drift(book).isEmpty(), "the damage is seen");
        long differed = scalarLong("select ledger_rebuild_aggregates('" + book + "')");
        assertTrue(differed > 0, "the repair reports the rows it found wrong");
        assertEquals(List.of(), drift(book), "after the repair");
        assertListingMatchesSql(treasurer, book, "", member.id());
    }

    private static void count(Map<String, Integer> done, String kind) {
        done.merge(kind, 1, Integer::sum);
    }

    private static void apply(Entry e, Response answer, int status) {
        JsonPath body = answer.then().statusCode(status).extract().jsonPath();
        e.status = body.getString("status");
        e.version = body.getLong("version");
        e.date = LocalDate.parse(body.getString("date"));
    }

    private static java.util.Optional<Entry> pick(Random random, List<Entry> entries, String... statuses) {
        List<Entry> candidates = entries.stream().filter(e -> List.of(statuses).contains(e.status)).toList();
        return candidates.isEmpty() ? java.util.Optional.empty()
            : java.util.Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    private static Map<String, Object> randomEntry(Random random, Actor member, List<UUID> accounts,
                                                   List<UUID> incomeCategories, List<UUID> expenseCategories) {
        UUID account = accounts.get(random.nextInt(accounts.size()));
        int kind = random.nextInt(10);
        String day = date(random).toString();
        if (kind < 3) {
            Map<String, Object> body = tx("INCOME", amount(random), day, account,
                incomeCategories.get(random.nextInt(incomeCategories.size())));
            body.put("counterparty", "Spender " + random.nextInt(5));
            return body;
        }
        if (kind < 5) {
            Map<String, Object> body = tx("TRANSFER", amount(random), day, account, null);
            body.put("toAccountId", accounts.get((accounts.indexOf(account) + 1) % accounts.size()).toString());
            return body;
        }
        Map<String, Object> body = tx("EXPENSE", amount(random), day, account,
            expenseCategories.get(random.nextInt(expenseCategories.size())));
        body.put("counterparty", "Lieferant " + random.nextInt(5));
        if (kind == 8) {
            body.put("paidByMemberId", member.id().toString());
        } else if (kind == 9) {
            body.remove("categoryId");
            body.put("reimbursesMemberId", member.id().toString());
        }
        return body;
    }

    private static String amount(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(90_000), 2).toPlainString();
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
    }

    /** The API's totals and one deep page in date order against plain SQL over the entries. */
    private void assertListingMatchesSql(Actor reader, UUID book, String filter, UUID member) throws SQLException {
        StringBuilder where = new StringBuilder(" from ledger_transaction t where t.book_id = '" + book + "'");
        for (String part : filter.isEmpty() ? new String[0] : filter.split("&")) {
            String[] kv = part.split("=", 2);
            where.append(switch (kv[0]) {
                case "status" -> " and t.status = '" + kv[1] + "'";
                case "type" -> " and t.type = '" + kv[1] + "'";
                case "accountId" -> " and (t.account_id = '" + kv[1] + "' or t.to_account_id = '" + kv[1] + "')";
                case "categoryId" -> " and t.category_id = '" + kv[1] + "'";
                case "from" -> " and t.date >= '" + kv[1] + "'";
                case "to" -> " and t.date <= '" + kv[1] + "'";
                case "memberId" -> " and (t.created_by = '" + member + "' or t.paid_by_member_id = '" + member
                    + "' or t.reimburses_member_id = '" + member + "')";
                case "minAmount" -> " and t.amount >= " + kv[1];
                case "maxAmount" -> " and t.amount <= " + kv[1];
                case "q" -> " and (t.counterparty || ' ' || coalesce(t.description, '')) ilike '%" + kv[1] + "%'";
                default -> throw new IllegalArgumentException(kv[0]);
            });
        }
        String sums = "select count(*), coalesce(sum(case when t.reversal_of is null then t.amount else -t.amount end) "
            + "filter (where t.type = 'INCOME'), 0), coalesce(sum(case when t.reversal_of is null then t.amount "
            + "else -t.amount end) filter (where t.type = 'EXPENSE'), 0)" + where;
        long count;
        String income;
        String expense;
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sums)) {
            rs.next();
            count = rs.getLong(1);
            income = rs.getBigDecimal(2).setScale(2).toPlainString();
            expense = rs.getBigDecimal(3).setScale(2).toPlainString();
        }
        for (String direction : List.of("desc", "asc")) {
            int page = (int) Math.max(0, (count - 1) / 7 - 1); // the second-last page of 7: months skipped
            JsonPath got = reader.api().get(books(book, "/transactions?size=7&page=" + page + "&sort=date," + direction
                + (filter.isEmpty() ? "" : "&" + filter))).then().statusCode(200).extract().jsonPath();
            assertEquals(count, got.getLong("totalItems"), "totalItems of " + filter);
            assertEquals(income, got.getString("totals.income"), "income of " + filter);
            assertEquals(expense, got.getString("totals.expense"), "expense of " + filter);
            List<String> want = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select t.id" + where + " order by t.date " + direction + ", t.id " + direction
                        + " offset " + page * 7L + " limit 7")) {
                while (rs.next()) {
                    want.add(rs.getString(1));
                }
            }
            assertEquals(want, got.getList("items.id"), "page " + page + " in date order " + direction + " of " + filter);
        }
    }

    private List<String> drift(UUID book) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select aggregate, month, kept, recomputed from ledger_aggregate_drift where book_id = ?")) {
            ps.setObject(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + ": kept " + rs.getString(3) + ", recomputed "
                        + rs.getString(4));
                }
            }
        }
        return rows;
    }

    private long scalarLong(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
