package de.cet.importing.application;

import de.cet.importing.domain.LineStatus;
import de.cet.importing.domain.MatchScorer;
import de.cet.ledger.application.AuditTrail;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.TransactionService;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inbox: lines with their match suggestions; matching a line to an entry, creating a booked entry
 * from it, ignoring it, or confirming that a suspected duplicate is a payment of its own. Each line ends
 * linked to exactly one entry (or ignored), and an entry is linked to at most one line — the database's
 * unique constraint decides between two treasurers accepting at the same moment.
 */
@ApplicationScoped
public class BankLineService {

    public record LineView(ImportStore.Line line, List<MatchScorer.Suggestion> suggestions) {}

    public record LinePage(List<LineView> items, long totalItems) {}

    /** What the treasurer gives (or changes) when creating an entry from a line; null: the rule's or the line's. */
    public record CreateEntry(UUID categoryId, String counterparty, String description, List<String> tags) {}

    private final LedgerAccess access;
    private final ImportStore store;
    private final TransactionService transactions;
    private final AuditTrail audit;

    BankLineService(LedgerAccess access, ImportStore store, TransactionService transactions, AuditTrail audit) {
        this.access = access;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** ADMIN, TREASURER and AUDITOR read the inbox. */
    @Transactional
    public LinePage list(UUID bookId, UUID userId, LineStatus status, UUID accountId, int page, int size) {
        access.auditReader(bookId, userId);
        ImportStore.LinePage lines = store.lines(bookId, status, accountId, page, size);
        Map<UUID, ImportService.Suggestions> byAccount = new HashMap<>();
        LocalDate min = lines.items().stream().map(ImportStore.Line::bookingDate).min(LocalDate::compareTo).orElse(null);
        LocalDate max = lines.items().stream().map(ImportStore.Line::bookingDate).max(LocalDate::compareTo).orElse(null);
        List<LineView> out = new ArrayList<>();
        for (ImportStore.Line l : lines.items()) {
            List<MatchScorer.Suggestion> s = List.of();
            if (l.status().isOpen()) {
                s = byAccount.computeIfAbsent(l.accountId(), a -> new ImportService.Suggestions(store.candidates(bookId, a,
                        min.minusDays(MatchScorer.WINDOW_DAYS), max.plusDays(MatchScorer.WINDOW_DAYS))))
                    .of(l.bookingDate(), l.amount(), l.counterparty(), l.purpose());
            }
            out.add(new LineView(l, s));
        }
        return new LinePage(out, lines.totalItems());
    }

    /**
     * Links the line to the entry. The entry must have the line's effect on the line's account; one not yet
     * booked is booked now on the line's account and date — which the ledger allows only where its rules
     * (approval, four eyes) are met.
     */
    @Transactional
    public LineView match(UUID bookId, UUID userId, UUID lineId, UUID transactionId) {
        Actor actor = access.bookkeeper(bookId, userId);
        if (transactionId == null) {
            throw new InvalidInputException("transactionId", "is required");
        }
        ImportStore.Line line = openLine(bookId, lineId);
        String status = store.entryStatus(bookId, transactionId)
            .orElseThrow(() -> new NotFoundException("transaction-not-found", "No such transaction."));
        boolean fits = store.candidate(bookId, line.accountId(), transactionId)
            .filter(c -> c.effect().equals(line.amount())).isPresent();
        if (!fits) {
            throw new ConflictException("line-entry-mismatch",
                "The entry is already matched to a line, or does not move this account by the line's amount.");
        }
        if (!TransactionStatus.BOOKED.name().equals(status)) {
            transactions.book(bookId, userId, transactionId, line.accountId(), line.bookingDate());
        }
        link(line, transactionId);
        record(bookId, actor, "BANK_LINE_MATCHED", line, transactionId);
        return view(bookId, lineId);
    }

    /** Turns the line into a booked entry (expense for money out, income for money in) and links them. */
    @Transactional
    public LineView create(UUID bookId, UUID userId, UUID lineId, CreateEntry in) {
        Actor actor = access.bookkeeper(bookId, userId);
        ImportStore.Line line = openLine(bookId, lineId);
        CreateEntry c = in == null ? new CreateEntry(null, null, null, null) : in;
        UUID category = c.categoryId() != null ? c.categoryId() : line.categoryId();
        if (category == null) {
            throw new InvalidInputException("categoryId", "is required (no rule set one for this line)");
        }
        String counterparty = first(c.counterparty(), line.setCounterparty(), line.counterparty());
        String description = first(c.description(), line.setDescription(), line.purpose());
        List<String> tags = c.tags() != null ? c.tags() : line.tags();
        String reference = line.bankReference() == null ? null
            : line.bankReference().length() > 100 ? line.bankReference().substring(0, 100) : line.bankReference();
        Money amount = line.amount();
        if (amount.isZero()) {
            throw new ConflictException("zero-line", "A line of 0.00 moves nothing: ignore it.");
        }
        TransactionService.TransactionView created = transactions.create(bookId, userId, null,
            new TransactionService.NewTransaction(TransactionContent.builder()
                    .type(amount.isNegative() ? TransactionType.EXPENSE : TransactionType.INCOME).amount(amount.abs())
                    .date(line.bookingDate()).accountId(line.accountId()).categoryId(category)
                    .counterparty(counterparty).description(description).reference(reference).tags(tags)
                    .build(), TransactionStatus.BOOKED));
        link(line, created.transaction().id());
        record(bookId, actor, "BANK_LINE_MATCHED", line, created.transaction().id());
        return view(bookId, lineId);
    }

    @Transactional
    public LineView ignore(UUID bookId, UUID userId, UUID lineId) {
        Actor actor = access.bookkeeper(bookId, userId);
        ImportStore.Line line = openLine(bookId, lineId);
        store.setStatus(lineId, LineStatus.IGNORED);
        record(bookId, actor, "BANK_LINE_IGNORED", line, null);
        return view(bookId, lineId);
    }

    /** A suspected duplicate is a payment of its own: it joins the inbox as NEW. */
    @Transactional
    public LineView notDuplicate(UUID bookId, UUID userId, UUID lineId) {
        Actor actor = access.bookkeeper(bookId, userId);
        ImportStore.Line line = openLine(bookId, lineId);
        if (line.status() != LineStatus.DUPLICATE_SUSPECTED) {
            throw new ConflictException("not-a-suspected-duplicate", "The line is not marked as a suspected duplicate.");
        }
        store.setStatus(lineId, LineStatus.NEW);
        record(bookId, actor, "BANK_LINE_NOT_DUPLICATE", line, null);
        return view(bookId, lineId);
    }

    private void link(ImportStore.Line line, UUID transactionId) {
        if (!store.link(line.id(), transactionId)) {
            throw new ConflictException("entry-already-matched", "The entry is already matched to another bank line.");
        }
    }

    private ImportStore.Line openLine(UUID bookId, UUID lineId) {
        ImportStore.Line line = store.lockLine(bookId, lineId)
            .orElseThrow(() -> new NotFoundException("bank-line-not-found", "No such bank line."));
        if (!line.status().isOpen()) {
            throw new ConflictException("bank-line-done", "The line is already " + line.status().name().toLowerCase() + ".");
        }
        return line;
    }

    private LineView view(UUID bookId, UUID lineId) {
        ImportStore.Line line = store.lockLine(bookId, lineId).orElseThrow();
        return new LineView(line, List.of());
    }

    private void record(UUID bookId, Actor actor, String action, ImportStore.Line line, UUID transactionId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("accountId", line.accountId().toString());
        payload.put("bookingDate", line.bookingDate().toString());
        payload.put("amount", line.amount().toString());
        if (transactionId != null) {
            payload.put("transactionId", transactionId.toString());
        }
        audit.record(bookId, actor.userId(), action, "BankLine", line.id(), payload);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.length() > 200 ? v.substring(0, 200) : v;
            }
        }
        return null;
    }
}
