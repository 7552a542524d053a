package de.cet.reporting.application;

import de.cet.reporting.model.Fund;
import de.cet.reporting.model.InventoryLine;
import de.cet.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the reports read from the ledger's tables. Each method is one aggregating SQL query, so that a
 * report over 100 000 entries costs a handful of queries, never a row-by-row walk in Java.
 */
public interface ReportingQueries {

    /** A period of the book; empty when unknown or of another book. */
    Optional<PeriodRow> period(UUID bookId, UUID periodId);

    /** The book's accounts of {@code fund}: id and type (BANK or CASH). */
    Map<UUID, String> accounts(UUID bookId, Fund fund);

    /**
     * The closing balances stored when the period ending right before {@code start} was closed
     * ({@code ledger_period_balance}); empty when there is no such period.
     */
    Map<UUID, Money> previousClosingBalances(UUID bookId, LocalDate start);

    /**
     * Booked income and expenses of the fund's accounts dated in [from, to], summed per official code;
     * reversals count negatively in the category of the entry they reverse; transfers and the
     * reimbursement of members' advances are not income or expense (the advance itself is the expense).
     */
    List<CodeSum> sumsByOfficialCode(UUID bookId, Fund fund, LocalDate from, LocalDate to);

    /**
     * Booked transfers dated in [from, to], net of reversals: between two accounts of the fund (bank → cash,
     * cash → bank), and between an account of the fund and one of the other fund (in, out).
     */
    TransferSums transfers(UUID bookId, Fund fund, LocalDate from, LocalDate to);

    /**
     * Per fund (every fund present, ZERO when none): the opening balances of its accounts opened on a day
     * after {@code after} up to and including {@code to} — the ledger's opening rows (V100), which a period's
     * opening balance (held at the start of its first day) does not contain.
     */
    Map<Fund, Money> openedBetween(UUID bookId, LocalDate after, LocalDate to);

    /**
     * What each fund owes members at the end of {@code asOf} (every fund present, ZERO when nothing): booked
     * advances on its accounts minus booked reimbursements paid from its accounts, net of reversals.
     * Negative when a fund reimbursed advances that were booked on the other fund's accounts.
     */
    Map<Fund, Money> openAdvances(UUID bookId, LocalDate asOf);

    /** Inventory items whose booked purchase (on an account of the fund) is dated in [from, to]. */
    List<InventoryLine> inventory(UUID bookId, Fund fund, LocalDate from, LocalDate to);

    List<SignOffRow> signOffs(UUID bookId, UUID periodId);

    /** Stores a sign-off; false when this user has signed the period already. */
    boolean addSignOff(UUID bookId, UUID periodId, UUID userId, Instant signedAt);

    /**
     * The given entries of the book as expense-report rows, ordered by official code (transfers and
     * uncategorised reimbursements last), category, date; a reversal carries its original's category.
     * {@code effect} is what the entry adds to the totals by the ledger's one rule: income +, spending −
     * (an advance is spending, its reimbursement is not), a reversal the opposite, a transfer 0.
     */
    List<ExpenseRow> expenseRows(UUID bookId, List<UUID> ids);

    record ExpenseRow(LocalDate date, String type, Money amount, String counterparty, String description,
                      String reference, boolean reversal, UUID advancedBy, UUID reimburses, String categoryName,
                      String officialCode, List<String> receiptNumbers, Money effect) {}

    /**
     * Makes the current transaction a read-only REPEATABLE READ snapshot; must come before any other
     * statement of the transaction.
     */
    void readOnlySnapshot();

    /**
     * Every entry dated in [from, to], any status, by date; user ids in {@code advancedBy}/{@code recordedBy}.
     * The stream reads from a database cursor: consume it inside the transaction and close it.
     */
    Stream<de.cet.reporting.AuditPackageSource.Transaction> packageTransactions(UUID bookId, LocalDate from, LocalDate to);

    /** Receipts attached to entries dated in [from, to], by number (metadata only). */
    List<ReceiptRow> packageReceipts(UUID bookId, LocalDate from, LocalDate to);

    /** One receipt's stored bytes. */
    byte[] receiptContent(UUID bookId, UUID receiptId);

    /** Status changes of entries dated in [from, to], by entry and time; {@code actor} is the user id (a cursor). */
    Stream<de.cet.reporting.AuditPackageSource.StatusChange> statusHistory(UUID bookId, LocalDate from, LocalDate to);

    /**
     * Audit-log entries made on days (Europe/Berlin) in [from, to], by sequence; {@code actor} is the user id
     * (a cursor).
     */
    Stream<de.cet.reporting.AuditPackageSource.AuditLogEntry> auditLog(UUID bookId, LocalDate from, LocalDate to);

    /** The book's accounts (for the overview). */
    List<AccountRow> accountRows(UUID bookId);

    /** The name of one of the book's categories; empty for an id of another book. */
    java.util.Optional<String> categoryName(UUID bookId, UUID categoryId);

    /** Booked income and expense per month, official code and fund, reversals netted, as in the transparency report. */
    List<MonthSum> monthSums(UUID bookId, LocalDate from, LocalDate to);

    /** Entries waiting for approval or booking (SUBMITTED, APPROVED): how many, and the oldest {@code limit}. */
    OpenApprovals openApprovals(UUID bookId, int limit);

    record AccountRow(UUID id, String name, String type, Fund fund, boolean archived) {}

    record MonthSum(String month, String officialCode, Fund fund, Money amount) {}

    record OpenApproval(UUID id, LocalDate date, String type, String status, Money amount, String counterparty,
                        String description) {}

    record OpenApprovals(long count, List<OpenApproval> items) {}

    record ReceiptRow(UUID id, String number, String fileName, String contentType, long size, String sha256) {}

    record PeriodRow(UUID id, String name, LocalDate start, LocalDate end, boolean closed) {}

    record CodeSum(String officialCode, Money amount) {}

    record TransferSums(Money bankToCash, Money cashToBank, Money fromOtherFund, Money toOtherFund) {}

    record SignOffRow(UUID userId, Instant signedAt) {}
}
