package de.cet.importing.application;

import de.cet.importing.domain.DuplicateCheck;
import de.cet.importing.domain.LineStatus;
import de.cet.importing.domain.MatchScorer;
import de.cet.importing.domain.Reconciliation;
import de.cet.importing.domain.Rule;
import de.cet.importing.domain.format.CsvProfile;
import de.cet.importing.domain.format.Statement;
import de.cet.importing.domain.format.StatementFormat;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where imports, statements, bank lines, rules and profiles are kept (the port infrastructure implements). */
public interface ImportStore {

    record NewImport(UUID id, UUID bookId, UUID accountId, StatementFormat format, String sha256, int lines,
                     int duplicates, int pending, UUID importedBy, Instant importedAt) {}

    /** A line to insert, with what the duplicate check and the rules decided. */
    record NewLine(UUID id, UUID accountId, LocalDate bookingDate, LocalDate valueDate, Money amount,
                   String counterparty, String counterpartyIban, String purpose, String bankReference,
                   boolean reversal, String key, int occurrence, LineStatus status, UUID duplicateOf, UUID ruleId,
                   UUID categoryId, List<String> tags, String setCounterparty, String setDescription) {}

    /** A line of the inbox. */
    record Line(UUID id, UUID accountId, LocalDate bookingDate, LocalDate valueDate, Money amount, String counterparty,
                String counterpartyIban, String purpose, String bankReference, boolean reversal, LineStatus status,
                UUID duplicateOf, UUID transactionId, UUID ruleId, UUID categoryId, List<String> tags,
                String setCounterparty, String setDescription, UUID importId) {}

    record LinePage(List<Line> items, long totalItems) {}

    /** Serialises imports into one account until this transaction ends (two uploads of one file at once). */
    void lockAccount(UUID accountId);

    void saveImport(NewImport in, List<Statement> statements, List<NewLine> lines);

    List<DuplicateCheck.Existing> existingLines(UUID accountId);

    LinePage lines(UUID bookId, LineStatus status, UUID accountId, int page, int size);

    /** The open lines (NEW, DUPLICATE_SUSPECTED) of the book, for rules. */
    List<Line> openLines(UUID bookId);

    /** The line, locked for the rest of the transaction. */
    Optional<Line> lockLine(UUID bookId, UUID lineId);

    /** Links the line to the entry; false when the entry is already linked to another line. */
    boolean link(UUID lineId, UUID transactionId);

    void setStatus(UUID lineId, LineStatus status);

    void setRule(UUID lineId, Rule rule);

    /** Entries of the account that no line is linked to, in any status but rejected, dated in [from, to]. */
    List<MatchScorer.Candidate> candidates(UUID bookId, UUID accountId, LocalDate from, LocalDate to);

    /** The entry as a candidate of the account: empty when it is linked already, rejected or not on the account. */
    Optional<MatchScorer.Candidate> candidate(UUID bookId, UUID accountId, UUID transactionId);

    /** The status of an entry, or empty when it is not the book's. */
    Optional<String> entryStatus(UUID bookId, UUID transactionId);

    List<Reconciliation.StatementBalances> statementBalances(UUID bookId, UUID accountId);

    /** The accounts of the book with imported statements that have balances. */
    List<UUID> accountsWithStatements(UUID bookId);

    Money ledgerBalance(UUID bookId, UUID accountId, LocalDate date);

    long unmatchedLines(UUID bookId, UUID accountId, LocalDate upTo);

    List<Rule> rules(UUID bookId);

    Optional<Rule> rule(UUID bookId, UUID ruleId);

    void saveRule(Rule rule, boolean isNew, Instant now);

    void deleteRule(UUID bookId, UUID ruleId);

    record SavedProfile(UUID id, CsvProfile profile) {}

    List<SavedProfile> profiles(UUID bookId);

    Optional<SavedProfile> profile(UUID bookId, UUID profileId);

    /** False when the book already has a profile of that name. */
    boolean saveProfile(UUID bookId, SavedProfile profile, Instant now);
}
