package de.cet.exporting.domain;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a Buchungsstapel: {@code amount} (Umsatz, positive) is posted on the debit ({@code S}) or
 * credit ({@code H}) side of {@code account} (Konto), against {@code contraAccount} (Gegenkonto).
 */
public record BookingLine(Money amount, Side side, DatevAccount account, DatevAccount contraAccount, LocalDate date,
                          String documentField1, String text) {

    /** Soll/Haben-Kennzeichen. */
    public enum Side { S, H }

    public BookingLine {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contraAccount, "contraAccount");
        Objects.requireNonNull(date, "date");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Umsatz is positive; the side says the direction");
        }
        documentField1 = documentField1 == null ? "" : documentField1;
        text = text == null ? "" : text;
    }

    /**
     * The booking rule: the debited account is Konto and the row is on the S side; a reversal books the same
     * accounts on the H side (DATEV's Storno by opposite side), so the tax adviser sees both and they cancel.
     * <ul>
     *   <li>expense: the category's account against the money account (or against the members' account when
     *       a member paid it out of pocket: the book now owes the member);</li>
     *   <li>reimbursement of a member: the members' account against the money account;</li>
     *   <li>income: the money account against the category's account;</li>
     *   <li>transfer: the receiving money account against the paying one.</li>
     * </ul>
     */
    public static BookingLine of(LedgerEntry entry, DatevMapping mapping) {
        DatevAccount money = mapping.forMoneyAccount(entry.accountId(), entry.accountType());
        DatevAccount debit;
        DatevAccount credit;
        switch (entry.type()) {
            case INCOME -> {
                debit = money;
                credit = mapping.forCategory(entry.officialCode());
            }
            case TRANSFER -> {
                debit = mapping.forMoneyAccount(entry.toAccountId(), entry.toAccountType());
                credit = money;
            }
            default -> {
                if (entry.reimbursement()) {
                    debit = mapping.forMembers();
                    credit = money;
                } else {
                    debit = mapping.forCategory(entry.officialCode());
                    credit = entry.advance() ? mapping.forMembers() : money;
                }
            }
        }
        return new BookingLine(entry.amount(), entry.reversal() ? Side.H : Side.S, debit, credit, entry.date(),
            DatevText.documentField(entry.receiptNumber() != null ? entry.receiptNumber() : entry.reference()),
            DatevText.bookingText(entry.counterparty(), entry.description()));
    }
}
