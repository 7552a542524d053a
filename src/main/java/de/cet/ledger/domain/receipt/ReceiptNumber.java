package de.cet.ledger.domain.receipt;

import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.Periods;
import java.time.LocalDate;
import de.cet.shared.error.InvalidInputException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receipt's running number within its book and period: {@code <prefix>-<sequence>}, the sequence at
 * least four digits ({@code 2026-0001}, …, {@code 2026-12345}). The prefix is the year the period starts
 * in; when a book has several periods starting in the same year (a council term splits the year), the
 * second gets {@code b}, the third {@code c} ({@code 2026b-0001}), so numbers stay unique per book.
 */
public record ReceiptNumber(String prefix, int sequence) implements Comparable<ReceiptNumber> {

    private static final Pattern FORM = Pattern.compile("(\\d{4}[b-z]?)-(\\d{4,})");

    public ReceiptNumber {
        if (prefix == null || !prefix.matches("\\d{4}[b-z]?")) {
            throw new IllegalArgumentException("prefix must be a year, optionally with a letter: " + prefix);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    public static ReceiptNumber parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidInputException("number", "must look like 2026-0001");
        }
        return new ReceiptNumber(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** The prefix of {@code period} among all periods of its book. */
    public static String prefixFor(AccountingPeriod period, List<AccountingPeriod> bookPeriods) {
        int year = period.startDate().getYear();
        long earlierSameYear = bookPeriods.stream()
            .filter(p -> p.startDate().getYear() == year && p.startDate().isBefore(period.startDate()))
            .count();
        if (earlierSameYear > 24) {
            throw new IllegalStateException("more than 25 periods start in " + year);
        }
        return earlierSameYear == 0 ? String.valueOf(year) : year + String.valueOf((char) ('a' + earlierSameYear));
    }

    /**
     * The period a receipt uploaded on {@code day} is numbered in: the open period containing that day,
     * otherwise the latest open period of the book (a late receipt for a closed period still gets a number).
     */
    public static AccountingPeriod periodForUpload(LocalDate day, Periods periods) {
        return periods.periodOf(day).filter(p -> !p.isClosed())
            .or(() -> periods.all().stream().filter(p -> !p.isClosed()).reduce((a, b) -> b))
            .orElseThrow(() -> new LedgerRuleViolation("no-period", "The book has no open accounting period."));
    }

    /** The number after the period's highest one so far (null: none yet). */
    public static ReceiptNumber next(AccountingPeriod period, List<AccountingPeriod> bookPeriods, ReceiptNumber last) {
        return new ReceiptNumber(prefixFor(period, bookPeriods), last == null ? 1 : last.sequence + 1);
    }

    @Override
    public int compareTo(ReceiptNumber o) {
        int c = prefix.compareTo(o.prefix);
        return c != 0 ? c : Integer.compare(sequence, o.sequence);
    }

    @Override
    public String toString() {
        return prefix + "-" + String.format("%04d", sequence);
    }
}
