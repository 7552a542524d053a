package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The transparency report (Verwendungsnachweis / Rechenschaftsbericht) of one period and one fund.
 *
 * <p>Invariants: income lines carry income codes and expense lines expense codes, each code at most
 * once; the totals and the closing balance are derived from the lines (opening + income − expenses ±
 * transfers between the funds),
 * so they always add up; if the report says where the closing balance goes (carry-over, repayment),
 * those lines add up to the closing balance; a signatory signs at most once. The report is a draft
 * until {@link #REQUIRED_SIGN_OFFS} signatories have signed it.
 */
public record TransparencyReport(
    String bookName,
    ReportPeriod period,
    Fund fund,
    ReportLanguage language,
    Money openingBalance,
    List<CategoryAmount> income,
    List<CategoryAmount> expenses,
    List<BalanceLine> balanceLines,
    List<InventoryLine> inventory,
    List<SignOff> signOffs) {

    /** The chair and a second signatory. */
    public static final int REQUIRED_SIGN_OFFS = 2;

    public TransparencyReport {
        Objects.requireNonNull(bookName, "bookName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(fund, "fund");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(openingBalance, "openingBalance");
        income = List.copyOf(income);
        expenses = List.copyOf(expenses);
        balanceLines = List.copyOf(balanceLines);
        inventory = List.copyOf(inventory);
        signOffs = signOffs.stream().sorted(Comparator.comparing(SignOff::signedAt)).toList();
        requireCodes(income, true);
        requireCodes(expenses, false);
        Set<UUID> signers = new HashSet<>();
        for (SignOff signOff : signOffs) {
            if (!signers.add(signOff.userId())) {
                throw new IllegalArgumentException("signatory " + signOff.userId() + " signed twice");
            }
        }
        Money closing = closingBalance(openingBalance, income, expenses, balanceLines);
        List<BalanceLine> dispositions = balanceLines.stream().filter(l -> l.kind().isDisposition()).toList();
        if (!dispositions.isEmpty()) {
            Money disposed = dispositions.stream().map(BalanceLine::amount).reduce(Money.ZERO, Money::plus);
            if (!disposed.equals(closing)) {
                throw new IllegalArgumentException(
                    "carry-over and repayment (" + disposed + ") do not add up to the closing balance (" + closing + ")");
            }
        }
    }

    private static void requireCodes(List<CategoryAmount> lines, boolean incomeSide) {
        Set<String> seen = new HashSet<>();
        for (CategoryAmount line : lines) {
            if (OfficialCategories.isIncome(line.officialCode()) != incomeSide) {
                throw new IllegalArgumentException(line.officialCode() + " is not an "
                    + (incomeSide ? "income" : "expense") + " category");
            }
            if (!seen.add(line.officialCode())) {
                throw new IllegalArgumentException(line.officialCode() + " appears twice");
            }
        }
    }

    private static Money sum(List<CategoryAmount> lines) {
        return lines.stream().map(CategoryAmount::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money totalIncome() {
        return sum(income);
    }

    public Money totalExpenses() {
        return sum(expenses);
    }

    public Money closingBalance() {
        return closingBalance(openingBalance, income, expenses, balanceLines);
    }

    /**
     * The closing balance such lines add up to: opening + income − expenses ± transfers between the funds
     * ± opening balances of accounts opened in the period (for a caller that decides the dispositions before
     * it builds the report).
     */
    public static Money closingBalance(Money opening, List<CategoryAmount> income, List<CategoryAmount> expenses,
                                       List<BalanceLine> balanceLines) {
        return opening.plus(sum(income)).minus(sum(expenses)).plus(netBalanceChanges(balanceLines));
    }

    /**
     * The lines that change the closing balance without being income or expense (transfers between funds,
     * accounts opened in the period).
     */
    public List<BalanceLine> balanceChanges() {
        return balanceLines.stream().filter(l -> l.kind().effect() != 0).toList();
    }

    /** The lines that only explain (movements inside the fund, advances, dispositions). */
    public List<BalanceLine> explanatoryLines() {
        return balanceLines.stream().filter(l -> l.kind().effect() == 0).toList();
    }

    private static Money netBalanceChanges(List<BalanceLine> lines) {
        Money net = Money.ZERO;
        for (BalanceLine line : lines) {
            if (line.kind().effect() > 0) {
                net = net.plus(line.amount());
            } else if (line.kind().effect() < 0) {
                net = net.minus(line.amount());
            }
        }
        return net;
    }

    public Money inventoryTotal() {
        return inventory.stream().map(InventoryLine::price).reduce(Money.ZERO, Money::plus);
    }

    /** Fewer than two signatories have signed: the report must not leave the caucus as final. */
    public boolean draft() {
        return signOffs.size() < REQUIRED_SIGN_OFFS;
    }

    /** The same report with one more sign-off (what the sign-off use case shows right after signing). */
    public TransparencyReport signedBy(SignOff signOff) {
        List<SignOff> more = new ArrayList<>(signOffs);
        more.add(signOff);
        return new TransparencyReport(bookName, period, fund, language, openingBalance, income, expenses,
            balanceLines, inventory, more);
    }
}
