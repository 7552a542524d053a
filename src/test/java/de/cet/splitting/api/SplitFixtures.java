package de.cet.splitting.api;

import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Group books and split bodies for the splitting tests. */
public final class SplitFixtures {
    private SplitFixtures() {}

    /** A GROUP book whose first period is the calendar year {@code year}, owned (ADMIN) by {@code owner}. */
    public static UUID groupBook(Actor owner, int year) {
        String id = owner.api().body(Map.of("name", "Wochenende " + UUID.randomUUID().toString().substring(0, 8),
                "kind", "GROUP", "currency", "EUR",
                "firstPeriod", Map.of("name", String.valueOf(year), "startDate", year + "-01-01", "endDate", year + "-12-31")))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** The group's account: a bank account that stands for what the group spends. */
    public static UUID account(Actor owner, UUID book) {
        return LedgerFixtures.account(owner, book, Map.of("name", "Reisekasse", "type", "BANK", "fund", "OWN",
            "iban", LedgerFixtures.IBAN, "openingBalance", "0.00", "openingDate", "2026-01-01"));
    }

    /** {@code payers}: member, amount, member, amount ...; {@code shares}: member, value (or null), ... */
    public static Map<String, Object> split(String method, List<Object> payers, List<Object> shares) {
        List<Map<String, Object>> ps = new ArrayList<>();
        for (int i = 0; i < payers.size(); i += 2) {
            ps.add(Map.of("memberId", payers.get(i).toString(), "amount", payers.get(i + 1)));
        }
        List<Map<String, Object>> ss = new ArrayList<>();
        for (int i = 0; i < shares.size(); i += 2) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("memberId", shares.get(i).toString());
            if (shares.get(i + 1) != null) {
                s.put("value", shares.get(i + 1));
            }
            ss.add(s);
        }
        Map<String, Object> split = new HashMap<>();
        split.put("method", method);
        split.put("payers", ps);
        split.put("shares", ss);
        return split;
    }

    public static List<Object> equal(Actor... members) {
        List<Object> out = new ArrayList<>();
        for (Actor m : members) {
            out.add(m.id());
            out.add(null);
        }
        return out;
    }

    /** An entry with a split: an expense (or a refund, INCOME) in the group's category. */
    public static Map<String, Object> entry(String type, String amount, String date, UUID account, UUID category,
                                            String description, Map<String, Object> split, String status) {
        Map<String, Object> body = LedgerFixtures.tx(type, amount, date, account, category);
        body.put("description", description);
        body.put("split", split);
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }
}
