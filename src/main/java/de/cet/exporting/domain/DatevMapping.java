package de.cet.exporting.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A book's mapping to its tax adviser's chart: the chart (SKR 03 or 04), and the accounts the book chose
 * instead of the chart's defaults for official categories, for its own bank and cash accounts and for
 * what it owes members. Anything not overridden falls back to the chart's default.
 */
public record DatevMapping(SkrChart chart, Map<String, DatevAccount> categories, Map<UUID, DatevAccount> accounts,
                           DatevAccount members) {

    public DatevMapping {
        Objects.requireNonNull(chart, "chart");
        categories = Map.copyOf(categories);
        accounts = Map.copyOf(accounts);
        for (String code : categories.keySet()) {
            if (!chart.officialCodes().contains(code)) {
                throw new IllegalArgumentException(code + " is not an official category");
            }
        }
    }

    /** The chart's defaults, nothing overridden. */
    public static DatevMapping defaults(SkrChart chart) {
        return new DatevMapping(chart, Map.of(), Map.of(), null);
    }

    public DatevAccount forCategory(String officialCode) {
        DatevAccount chosen = categories.get(officialCode);
        return chosen != null ? chosen : chart.categoryAccount(officialCode);
    }

    /** The account of one of the book's money accounts ({@code type} BANK or CASH decides the default). */
    public DatevAccount forMoneyAccount(UUID accountId, String type) {
        DatevAccount chosen = accounts.get(accountId);
        return chosen != null ? chosen : chart.moneyAccount(type);
    }

    public DatevAccount forMembers() {
        return members != null ? members : chart.memberAccount();
    }
}
