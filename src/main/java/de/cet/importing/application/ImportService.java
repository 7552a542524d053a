package de.cet.importing.application;

import de.cet.importing.domain.DuplicateCheck;
import de.cet.importing.domain.LineFacts;
import de.cet.importing.domain.LineKeys;
import de.cet.importing.domain.LineStatus;
import de.cet.importing.domain.MatchScorer;
import de.cet.importing.domain.Rule;
import de.cet.importing.domain.format.CsvProfile;
import de.cet.importing.domain.format.Statement;
import de.cet.importing.domain.format.StatementEntry;
import de.cet.importing.domain.format.StatementFiles;
import de.cet.importing.domain.format.StatementFormat;
import de.cet.ledger.application.AuditTrail;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.common.Actor;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.UnprocessableException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a statement file into the account's inbox in one transaction: all of it or, on any refusal,
 * nothing. Exact duplicates (same key and occurrence) are not stored again; fuzzy ones are stored as
 * {@code DUPLICATE_SUSPECTED}; the book's rules are applied to what is new.
 */
@ApplicationScoped
public class ImportService {

    /** What an import did; {@code matched}: new lines for which a ledger entry is suggested. */
    public record ImportResult(UUID id, StatementFormat format, LocalDate statementFrom, LocalDate statementTo,
                               Money openingBalance, Money closingBalance, int lines, int duplicates, int suspected,
                               int pending, int matched) {}

    private final LedgerAccess access;
    private final ImportStore store;
    private final ProfileService profiles;
    private final ImportLimits limits;
    private final AuditTrail audit;
    private final Clock clock;

    ImportService(LedgerAccess access, ImportStore store, ProfileService profiles, ImportLimits limits, AuditTrail audit,
                  Clock clock) {
        this.access = access;
        this.store = store;
        this.profiles = profiles;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    @Transactional
    public ImportResult importFile(UUID bookId, UUID userId, UUID accountId, byte[] file, String profileId) {
        Actor actor = access.bookkeeper(bookId, userId);
        Account account = account(bookId, accountId);
        CsvProfile profile = profileId == null || profileId.isBlank() ? null : profiles.resolve(bookId, profileId);
        StatementFiles.Parsed parsed = StatementFiles.read(file, profile, limits.limits());
        return store(bookId, actor.userId(), accountId, account, parsed, sha256(file));
    }

    /**
     * One booking from a bank's alert mail into the account's inbox, with the same duplicate check and rules
     * as a file (a later statement with the same booking is then an exact or suspected duplicate). Recorded
     * in the name of {@code importedBy}, the administrator who configured the mailbox; joins the caller's
     * transaction, which also records the mail as processed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult importAlert(UUID bookId, UUID importedBy, UUID accountId, StatementEntry entry, byte[] digestOf) {
        Account account = account(bookId, accountId);
        Statement statement = new Statement(StatementFormat.MAIL, null, entry.bookingDate(), entry.bookingDate(), null, null,
            List.of(entry));
        return store(bookId, importedBy, accountId, account, new StatementFiles.Parsed(StatementFormat.MAIL, List.of(statement)),
            sha256(digestOf));
    }

    private ImportResult store(UUID bookId, UUID userId, UUID accountId, Account account, StatementFiles.Parsed parsed,
                               String sha256) {
        String own = account.iban() == null ? null : account.iban().value();
        for (Statement s : parsed.statements()) {
            if (s.iban() != null && !s.iban().equals(own)) {
                throw new UnprocessableException("statement-for-another-account",
                    "The statement is for another account than '" + account.name() + "' (its IBAN differs).");
            }
        }
        List<StatementEntry> booked = new ArrayList<>();
        int pending = 0;
        for (Statement s : parsed.statements()) {
            booked.addAll(s.booked());
            pending += (int) s.pendingCount();
        }
        List<LineKeys.Keyed> keyed = LineKeys.keyed(booked);
        store.lockAccount(accountId);
        List<DuplicateCheck.Verdict> verdicts = DuplicateCheck.check(keyed, store.existingLines(accountId));
        List<Rule> rules = store.rules(bookId);
        LocalDate from = parsed.statements().stream().map(Statement::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = parsed.statements().stream().map(Statement::to).max(Comparator.naturalOrder()).orElseThrow();
        Suggestions suggestions = new Suggestions(store.candidates(bookId, accountId,
            from.minusDays(MatchScorer.WINDOW_DAYS), to.plusDays(MatchScorer.WINDOW_DAYS)));
        List<ImportStore.NewLine> lines = new ArrayList<>();
        int duplicates = 0;
        int suspected = 0;
        int matched = 0;
        for (int i = 0; i < keyed.size(); i++) {
            LineKeys.Keyed k = keyed.get(i);
            DuplicateCheck.Verdict v = verdicts.get(i);
            if (v.kind() == DuplicateCheck.Kind.EXACT) {
                duplicates++;
                continue;
            }
            StatementEntry e = k.entry();
            LineStatus status = v.kind() == DuplicateCheck.Kind.SUSPECTED ? LineStatus.DUPLICATE_SUSPECTED : LineStatus.NEW;
            if (status == LineStatus.DUPLICATE_SUSPECTED) {
                suspected++;
            }
            Optional<Rule> rule = Rule.first(rules,
                new LineFacts(accountId, e.amount(), e.counterparty(), e.counterpartyIban(), e.purpose()));
            if (!suggestions.of(e.bookingDate(), e.amount(), e.counterparty(), e.purpose()).isEmpty()) {
                matched++;
            }
            lines.add(new ImportStore.NewLine(UUID.randomUUID(), accountId, e.bookingDate(), e.valueDate(), e.amount(),
                e.counterparty(), e.counterpartyIban(), e.purpose(), e.bankReference(), e.reversal(), k.key(),
                k.occurrence(), status, v.duplicateOf(), rule.map(Rule::id).orElse(null),
                rule.map(r -> r.actions().categoryId()).orElse(null), rule.map(r -> r.actions().tags()).orElse(List.of()),
                rule.map(r -> r.actions().counterparty()).orElse(null), rule.map(r -> r.actions().description()).orElse(null)));
        }
        UUID id = UUID.randomUUID();
        store.saveImport(new ImportStore.NewImport(id, bookId, accountId, parsed.format(), sha256, lines.size(),
            duplicates, pending, userId, clock.instant()), parsed.statements(), lines);
        Statement first = parsed.statements().stream().min(Comparator.comparing(Statement::from)).orElseThrow();
        Statement last = parsed.statements().stream().max(Comparator.comparing(Statement::to)).orElseThrow();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("accountId", accountId.toString());
        payload.put("format", parsed.format().name());
        payload.put("statementFrom", from.toString());
        payload.put("statementTo", to.toString());
        payload.put("lines", lines.size());
        payload.put("duplicates", duplicates);
        audit.record(bookId, userId, "STATEMENT_IMPORTED", "StatementImport", id, payload);
        return new ImportResult(id, parsed.format(), from, to, first.openingBalance(), last.closingBalance(), lines.size(),
            duplicates, suspected, pending, matched);
    }

    /** The book's bank account; 404 for another book's or an unknown one, 422 for a cash box. */
    Account account(UUID bookId, UUID accountId) {
        Account account = access.context(bookId).accounts().get(accountId);
        if (account == null) {
            throw new NotFoundException("account-not-found", "No such account.");
        }
        if (account.isCash()) {
            throw new UnprocessableException("not-a-bank-account", "Statements are imported into bank accounts, not a cash box.");
        }
        return account;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Candidates grouped by amount, so that 10 000 lines do not each scan every entry. */
    static final class Suggestions {
        private final Map<Money, List<MatchScorer.Candidate>> byAmount = new java.util.HashMap<>();

        Suggestions(List<MatchScorer.Candidate> candidates) {
            for (MatchScorer.Candidate c : candidates) {
                byAmount.computeIfAbsent(c.effect(), a -> new ArrayList<>()).add(c);
            }
        }

        List<MatchScorer.Suggestion> of(LocalDate date, Money amount, String counterparty, String purpose) {
            List<MatchScorer.Candidate> same = byAmount.get(amount);
            return same == null ? List.of() : MatchScorer.suggest(date, amount, counterparty, purpose, same, 3);
        }
    }

}
