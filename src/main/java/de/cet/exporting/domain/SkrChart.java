package de.cet.exporting.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The two standard charts of accounts German tax advisers use (DATEV's Standardkontenrahmen 03 and 04),
 * with the default Sachkonto for every official category, for bank and cash accounts and for what the
 * book owes members (their advances). The defaults are a starting point the tax adviser checks; the book
 * overrides any of them ({@link DatevMapping}). Caucuses are not liable to VAT, so every default is an
 * account without automatic tax (no BU-Schlüssel needed).
 */
public enum SkrChart {

    SKR03("03", "1200", "1000", "1700", Map.ofEntries(
        Map.entry("IN-100", "2700"), Map.entry("IN-110", "2700"), Map.entry("IN-120", "2700"),
        Map.entry("IN-130", "2700"), Map.entry("IN-140", "2700"), Map.entry("IN-150", "2700"),
        Map.entry("IN-200", "2650"), Map.entry("IN-300", "2700"), Map.entry("IN-400", "2700"),
        Map.entry("IN-900", "2700"),
        Map.entry("EX-100", "4100"), Map.entry("EX-110", "4120"), Map.entry("EX-120", "4130"),
        Map.entry("EX-130", "4955"), Map.entry("EX-200", "4210"), Map.entry("EX-300", "4930"),
        Map.entry("EX-310", "4920"), Map.entry("EX-320", "4806"), Map.entry("EX-330", "4940"),
        Map.entry("EX-340", "4970"), Map.entry("EX-400", "4600"), Map.entry("EX-410", "4900"),
        Map.entry("EX-500", "4945"), Map.entry("EX-510", "4660"), Map.entry("EX-520", "4650"),
        Map.entry("EX-600", "4950"), Map.entry("EX-610", "4380"), Map.entry("EX-700", "0420"),
        Map.entry("EX-800", "4900"), Map.entry("EX-900", "4900"))),

    SKR04("04", "1800", "1600", "3500", Map.ofEntries(
        Map.entry("IN-100", "4830"), Map.entry("IN-110", "4830"), Map.entry("IN-120", "4830"),
        Map.entry("IN-130", "4830"), Map.entry("IN-140", "4830"), Map.entry("IN-150", "4830"),
        Map.entry("IN-200", "7100"), Map.entry("IN-300", "4830"), Map.entry("IN-400", "4830"),
        Map.entry("IN-900", "4830"),
        Map.entry("EX-100", "6000"), Map.entry("EX-110", "6020"), Map.entry("EX-120", "6110"),
        Map.entry("EX-130", "6830"), Map.entry("EX-200", "6310"), Map.entry("EX-300", "6815"),
        Map.entry("EX-310", "6805"), Map.entry("EX-320", "6495"), Map.entry("EX-330", "6820"),
        Map.entry("EX-340", "6855"), Map.entry("EX-400", "6600"), Map.entry("EX-410", "6300"),
        Map.entry("EX-500", "6821"), Map.entry("EX-510", "6650"), Map.entry("EX-520", "6640"),
        Map.entry("EX-600", "6825"), Map.entry("EX-610", "6420"), Map.entry("EX-700", "0650"),
        Map.entry("EX-800", "6300"), Map.entry("EX-900", "6300")));

    private final String code;
    private final DatevAccount bank;
    private final DatevAccount cash;
    private final DatevAccount members;
    private final Map<String, DatevAccount> categories;

    SkrChart(String code, String bank, String cash, String members, Map<String, String> categories) {
        this.code = code;
        this.bank = new DatevAccount(bank);
        this.cash = new DatevAccount(cash);
        this.members = new DatevAccount(members);
        this.categories = categories.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new DatevAccount(e.getValue())));
    }

    /** The chart's number in the EXTF header ("03", "04"). */
    public String code() {
        return code;
    }

    /** The default account of a bank ({@code BANK}) or cash ({@code CASH}) account. */
    public DatevAccount moneyAccount(String ledgerAccountType) {
        return "CASH".equals(Objects.requireNonNull(ledgerAccountType, "ledgerAccountType")) ? cash : bank;
    }

    /** Sonstige Verbindlichkeiten: what the book owes members who paid out of pocket. */
    public DatevAccount memberAccount() {
        return members;
    }

    /** The default account of an official category; every code of the catalogue has one. */
    public DatevAccount categoryAccount(String officialCode) {
        DatevAccount account = categories.get(officialCode);
        if (account == null) {
            throw new IllegalArgumentException("no default account for " + officialCode);
        }
        return account;
    }

    /** The official codes this chart maps (the whole catalogue). */
    public java.util.Set<String> officialCodes() {
        return new java.util.TreeSet<>(categories.keySet());
    }
}
