package de.cet.splitting.api;

import static de.cet.splitting.api.SplitFixtures.entry;
import static de.cet.splitting.api.SplitFixtures.equal;
import static de.cet.splitting.api.SplitFixtures.split;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Four friends on a weekend trip: a flat paid by two of them, a dinner by shares, fuel by percentages, a
 * draft the payer corrects to exact parts, a deposit refund, a wrong entry reversed, a settlement — and
 * then the settle-up proposal followed until everyone stands at 0.00. Every figure is computed by hand
 * in the comments.
 */
@QuarkusTest
class WeekendTripScenarioTest {

    static String books(UUID book, String rest) {
        return LedgerFixtures.books(book, rest);
    }

    static Map<String, String> nets(Actor reader, UUID book, String date) {
        var spec = reader.api();
        if (date != null) {
            spec = spec.queryParam("date", date);
        }
        List<Map<String, Object>> rows = spec.get(books(book, "/split-balances")).then().statusCode(200)
            .extract().jsonPath().getList("$");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("memberId"), r -> (String) r.get("net")));
    }

    @Test
    void aWeekendTripIsRecordedSharedAndSettledToTheCent() {
        Actor anna = Actors.user("Anna Ausflug");
        UUID book = SplitFixtures.groupBook(anna, 2026);
        Actor ben = Actors.user("Ben Ausflug");
        Actor cem = Actors.user("Cem Ausflug");
        Actor dana = Actors.user("Dana Ausflug");
        for (Actor m : List.of(ben, cem, dana)) {
            Actors.addMember(book, m.id(), BookRole.MEMBER, false);
        }
        UUID account = SplitFixtures.account(anna, book);
        UUID food = LedgerFixtures.category(anna, book, "EX-520");
        UUID travel = LedgerFixtures.category(anna, book, "EX-510");
        UUID other = LedgerFixtures.category(anna, book, "EX-900");
        String refunds = anna.api().body(Map.of("name", "Erstattungen", "kind", "INCOME", "officialCode", "IN-900", "color", "#22AA88"))
            .post(books(book, "/categories")).then().statusCode(201).extract().path("id");

        // 1. The flat, 400.00: Anna paid 250.00 and Ben 150.00; everyone owes 100.00.
        LedgerFixtures.record(anna, book, entry("EXPENSE", "400.00", "2026-06-05", account, travel, "Ferienwohnung",
            split("EQUAL", List.of(anna.id(), "250.00", ben.id(), "150.00"), equal(anna, ben, cem, dana)), "BOOKED"));
        // At the end of Friday only the flat counts: Anna +150.00, Ben +50.00, Cem and Dana −100.00.
        assertEquals(Map.of(anna.id().toString(), "150.00", ben.id().toString(), "50.00", cem.id().toString(), "-100.00",
            dana.id().toString(), "-100.00"), nets(cem, book, "2026-06-05"));

        // 2. Dinner, 87.50, Cem paid; Dana ate for two: shares 1:1:1:2 → 17.50, 17.50, 17.50, 35.00.
        UUID dinner = LedgerFixtures.record(anna, book, entry("EXPENSE", "87.50", "2026-06-06", account, food, "Abendessen",
            split("SHARES", List.of(cem.id(), "87.50"), List.of(anna.id(), "1", ben.id(), "1", cem.id(), "1", dana.id(), "2")),
            "BOOKED"));
        anna.api().get(books(book, "/splits/" + dinner)).then().statusCode(200)
            .body("method", equalTo("SHARES"))
            .body("shares.part", equalTo(List.of("17.50", "17.50", "17.50", "35.00")));

        // 3. Fuel, 60.01, Dana paid; Anna 50 %, Ben and Dana 25 %: quotas 30.005, 15.0025, 15.0025 → the cent
        //    left over goes to the largest remainder, Anna: 30.01, 15.00, 15.00.
        UUID fuel = LedgerFixtures.record(anna, book, entry("EXPENSE", "60.01", "2026-06-06", account, travel, "Tanken",
            split("PERCENT", List.of(dana.id(), "60.01"), List.of(anna.id(), "50", ben.id(), "25", dana.id(), "25")), "BOOKED"));
        anna.api().get(books(book, "/splits/" + fuel)).then().statusCode(200)
            .body("shares.part", equalTo(List.of("30.01", "15.00", "15.00")));

        // 4. Groceries, 45.00, Ben paid and drafted it split equally between him and Cem; he corrects it to
        //    exact parts (Ben 20.00, Cem 25.00) with If-Match; a stale edit is refused; Anna books it.
        var draft = ben.api().body(entry("EXPENSE", "45.00", "2026-06-06", account, food, "Einkauf",
                split("EQUAL", List.of(ben.id(), "45.00"), equal(ben, cem)), null))
            .post(books(book, "/transactions")).then().statusCode(201).extract();
        String groceries = draft.path("id");
        String etag = draft.header("ETag");
        String newEtag = ben.api().header("If-Match", etag)
            .body(Map.of("split", split("EXACT", List.of(ben.id(), "45.00"), List.of(ben.id(), "20.00", cem.id(), "25.00"))))
            .patch(books(book, "/transactions/" + groceries)).then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newEtag, "a changed split is a new version of the entry");
        ben.api().header("If-Match", etag)
            .body(Map.of("split", split("EQUAL", List.of(ben.id(), "45.00"), equal(ben, cem))))
            .patch(books(book, "/transactions/" + groceries)).then().statusCode(412);
        List<Map<String, Object>> history = ben.api().get(books(book, "/transactions/" + groceries + "/history"))
            .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> edited = history.get(history.size() - 1);
        assertEquals("EDITED", edited.get("action"));
        assertEquals(List.of("split"), edited.get("changedFields"));
        assertEquals("EQUAL", ((Map<?, ?>) ((Map<?, ?>) edited.get("before")).get("split")).get("method"));
        assertEquals("EXACT", ((Map<?, ?>) ((Map<?, ?>) edited.get("after")).get("split")).get("method"));
        anna.api().body(Map.of()).post(books(book, "/transactions/" + groceries + "/book")).then().statusCode(200);

        // 5. The deposit comes back: 40.00 to Anna, shared equally: Anna received 40.00, each gets 10.00 back.
        LedgerFixtures.record(anna, book, entry("INCOME", "40.00", "2026-06-07", account, UUID.fromString(refunds),
            "Kaution zurück", split("EQUAL", List.of(anna.id(), "40.00"), equal(anna, ben, cem, dana)), "BOOKED"));

        // 6. Snacks recorded twice by mistake: the reversal takes the split back with it.
        UUID snacks = LedgerFixtures.record(anna, book, entry("EXPENSE", "12.00", "2026-06-07", account, other, "Snacks",
            split("EQUAL", List.of(cem.id(), "12.00"), equal(anna, ben, cem, dana)), "BOOKED"));
        anna.api().body(Map.of("reason", "doppelt erfasst", "date", "2026-06-07"))
            .post(books(book, "/transactions/" + snacks + "/reverse")).then().statusCode(201);

        // 7. Dana pays Anna 50.00 back on Monday.
        dana.api().body(Map.of("fromMemberId", dana.id().toString(), "toMemberId", anna.id().toString(),
                "amount", "50.00", "date", "2026-06-08"))
            .post(books(book, "/settlements")).then().statusCode(201).body("amount", equalTo("50.00"));

        // paid:  Anna 250.00 − 40.00 = 210.00; Ben 150.00 + 45.00 = 195.00; Cem 87.50 (+12.00 −12.00);
        //        Dana 60.01 + 50.00 (settlement) = 110.01
        // owes:  Anna 100.00 + 17.50 + 30.01 − 10.00 + 50.00 (settlement) = 187.51
        //        Ben 100.00 + 17.50 + 15.00 + 20.00 − 10.00 = 142.50
        //        Cem 100.00 + 17.50 + 25.00 − 10.00 = 132.50
        //        Dana 100.00 + 35.00 + 15.00 − 10.00 = 140.00
        // net:   Anna +22.49, Ben +52.50, Cem −45.00, Dana −29.99 (sum 0.00)
        List<Map<String, Object>> rows = ben.api().get(books(book, "/split-balances")).then().statusCode(200)
            .extract().jsonPath().getList("$");
        assertEquals(List.of(
            Map.of("memberId", anna.id().toString(), "displayName", "Anna Ausflug", "party", "MEMBER", "paid", "210.00", "owes", "187.51", "net", "22.49"),
            Map.of("memberId", ben.id().toString(), "displayName", "Ben Ausflug", "party", "MEMBER", "paid", "195.00", "owes", "142.50", "net", "52.50"),
            Map.of("memberId", cem.id().toString(), "displayName", "Cem Ausflug", "party", "MEMBER", "paid", "87.50", "owes", "132.50", "net", "-45.00"),
            Map.of("memberId", dana.id().toString(), "displayName", "Dana Ausflug", "party", "MEMBER", "paid", "110.01", "owes", "140.00", "net", "-29.99")),
            rows);

        // No two of the nets cancel, so three transfers are the fewest: Cem → Ben 45.00 (Ben keeps 7.50),
        // Dana → Anna 22.49, Dana → Ben 7.50.
        List<Map<String, Object>> proposal = cem.api().get(books(book, "/settle-up")).then().statusCode(200)
            .extract().jsonPath().getList("$");
        assertEquals(List.of(
            List.of(cem.id().toString(), ben.id().toString(), "45.00"),
            List.of(dana.id().toString(), anna.id().toString(), "22.49"),
            List.of(dana.id().toString(), ben.id().toString(), "7.50")),
            proposal.stream().map(t -> List.of(t.get("fromMemberId"), t.get("toMemberId"), t.get("amount"))).toList());

        // Each pays what the proposal says, the way the web app's "I paid it back" does.
        for (Map<String, Object> t : proposal) {
            Actor payer = t.get("fromMemberId").equals(cem.id().toString()) ? cem : dana;
            payer.api().body(Map.of("fromMemberId", t.get("fromMemberId"), "toMemberId", t.get("toMemberId"),
                    "amount", t.get("amount"), "date", "2026-06-09"))
                .post(books(book, "/settlements")).then().statusCode(201);
        }
        assertEquals(Map.of(anna.id().toString(), "0.00", ben.id().toString(), "0.00", cem.id().toString(), "0.00",
            dana.id().toString(), "0.00"), nets(anna, book, null));
        anna.api().get(books(book, "/settle-up")).then().statusCode(200).body("size()", equalTo(0));
        // ... and the day before the last payments, the balances were what they were
        assertEquals("-45.00", nets(anna, book, "2026-06-08").get(cem.id().toString()));
    }
}
