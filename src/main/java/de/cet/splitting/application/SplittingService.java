package de.cet.splitting.application;

import de.cet.books.application.BookAccess;
import de.cet.books.application.MemberDirectory;
import de.cet.books.domain.BookRepository;
import de.cet.books.domain.BookRole;
import de.cet.books.domain.Membership;
import de.cet.ledger.application.AuditTrail;
import de.cet.ledger.application.EntrySplits;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.idempotency.Idempotency;
import de.cet.shared.money.Money;
import de.cet.splitting.domain.BalanceSheet;
import de.cet.splitting.domain.MemberBalance;
import de.cet.splitting.domain.Payer;
import de.cet.splitting.domain.SettleUp;
import de.cet.splitting.domain.Share;
import de.cet.splitting.domain.Split;
import de.cet.splitting.domain.SplitMethod;
import de.cet.splitting.domain.SplitRepository;
import de.cet.splitting.domain.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shared expenses: the split of a ledger entry (called by the ledger inside its transaction), balances per
 * member, the settle-up proposal and settlements. Every book-scoped call checks membership first
 * (non-members: 404).
 */
@ApplicationScoped
public class SplittingService implements EntrySplits {

    /** A value as the API takes it: digits and a decimal point. A comma is refused, never read as something else. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d+)?");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Who a balance row is: a member, or the book itself (what it owes members for their advances). */
    public enum Party { MEMBER, BOOK }

    public record BalanceView(UUID memberId, String displayName, Party party, Money paid, Money owes, Money net) {}

    public record TransferView(UUID fromMemberId, String fromDisplayName, UUID toMemberId, String toDisplayName,
                               Money amount) {}

    public record NewSettlement(UUID fromMemberId, UUID toMemberId, Money amount, LocalDate date) {}

    public record SettlementView(UUID id, UUID fromMemberId, UUID toMemberId, Money amount, LocalDate date,
                                 UUID createdBy, java.time.Instant createdAt) {}

    public record SplitView(UUID transactionId, Split split) {}

    private final BookAccess bookAccess;
    private final BookRepository books;
    private final MemberDirectory directory;
    private final LedgerAccess ledger;
    private final AuditTrail audit;
    private final SplitRepository splits;
    private final Idempotency idempotency;
    private final Clock clock;

    SplittingService(BookAccess bookAccess, BookRepository books, MemberDirectory directory, LedgerAccess ledger,
                     AuditTrail audit, SplitRepository splits, Idempotency idempotency, Clock clock) {
        this.bookAccess = bookAccess;
        this.books = books;
        this.directory = directory;
        this.ledger = ledger;
        this.audit = audit;
        this.splits = splits;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    // --- the ledger's port ---------------------------------------------------------------------

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Change apply(Transaction entry, Actor actor, SplitRequest request, boolean remove) {
        Optional<Split> current = splits.find(entry.bookId(), entry.id());
        Map<String, Object> before = current.map(Split::snapshot).orElse(null);
        if (remove) {
            current.ifPresent(s -> splits.delete(entry.bookId(), entry.id()));
            return new Change(before, null);
        }
        Split next;
        if (request != null) {
            requireSplittable(entry);
            next = parse(entry.amount(), request, memberIds(entry.bookId()));
        } else if (current.isPresent()) {
            requireSplittable(entry);
            if (current.get().amount().equals(entry.amount())) {
                return new Change(before, before);
            }
            next = current.get().withAmount(entry.amount(), memberIds(entry.bookId()));
        } else {
            return new Change(null, null);
        }
        splits.save(entry.bookId(), entry.id(), next);
        return new Change(before, next.snapshot());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void copy(Transaction original, Transaction copy) {
        splits.copy(original.bookId(), original.id(), copy.id());
    }

    private static void requireSplittable(Transaction entry) {
        if (entry.type() == TransactionType.TRANSFER) {
            throw new InvalidInputException("split", "only an expense or an income (a refund) is shared among members");
        }
        if (entry.paidByMemberId() != null || entry.reimbursesMemberId() != null) {
            throw new InvalidInputException("split", "an advance or a reimbursement is not split; name who paid in split.payers instead");
        }
    }

    static Split parse(Money amount, SplitRequest request, Set<UUID> members) {
        List<FieldError> errors = new ArrayList<>();
        SplitMethod method = null;
        if (request.method() != null) {
            try {
                method = SplitMethod.valueOf(request.method());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("split.method", "must be EQUAL, EXACT, PERCENT or SHARES"));
            }
        }
        List<Payer> payers = request.payers() == null ? null : request.payers().stream()
            .map(p -> p == null ? null : new Payer(p.memberId(), p.amount())).toList();
        List<Share> shares = null;
        if (request.shares() != null) {
            shares = new ArrayList<>();
            for (int i = 0; i < request.shares().size(); i++) {
                ShareRequest s = request.shares().get(i);
                shares.add(s == null ? null : new Share(s.memberId(), decimal("split.shares[" + i + "].value", s.value(), errors)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Split.of(amount, method, payers, shares, members);
    }

    private static BigDecimal decimal(String field, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            errors.add(new FieldError(field, text.contains(",")
                ? "must be written with a decimal point, e.g. \"1.5\"; a comma is not accepted"
                : "must be a decimal number such as \"2\", \"1.5\" or \"33.33\""));
            return null;
        }
        return new BigDecimal(text);
    }

    private Set<UUID> memberIds(UUID bookId) {
        return books.members(bookId).stream().map(Membership::userId).collect(Collectors.toSet());
    }

    // --- queries --------------------------------------------------------------------------------

    @Transactional
    public SplitView split(UUID bookId, UUID userId, UUID transactionId) {
        bookAccess.requireMember(bookId, userId);
        return splits.find(bookId, transactionId).map(s -> new SplitView(transactionId, s))
            .orElseThrow(() -> new NotFoundException("split-not-found", "This entry has no split."));
    }

    /**
     * Everybody's balance at the end of {@code date} (default today): the book's members in the order of
     * their names, former members who still appear, and — where members advanced money — the book.
     */
    @Transactional
    public List<BalanceView> balances(UUID bookId, UUID userId, LocalDate date) {
        bookAccess.requireMember(bookId, userId);
        return balancesAt(bookId, date == null ? today() : date);
    }

    /** The fewest transfers that clear every balance at the end of {@code date} (default today). */
    @Transactional
    public List<TransferView> settleUp(UUID bookId, UUID userId, LocalDate date) {
        bookAccess.requireMember(bookId, userId);
        List<BalanceView> balances = balancesAt(bookId, date == null ? today() : date);
        Map<UUID, String> names = new HashMap<>();
        balances.forEach(b -> names.put(b.memberId(), b.displayName()));
        List<MemberBalance> nets = balances.stream().map(b -> new MemberBalance(b.memberId(), b.paid(), b.owes())).toList();
        List<TransferView> out = new ArrayList<>();
        for (Transfer t : SettleUp.propose(nets)) {
            out.add(new TransferView(t.from(), names.get(t.from()), t.to(), names.get(t.to()), t.amount()));
        }
        return out;
    }

    private List<BalanceView> balancesAt(UUID bookId, LocalDate date) {
        BalanceSheet sheet = new BalanceSheet();
        List<UUID> members = books.members(bookId).stream().map(Membership::userId).toList();
        Map<UUID, String> names = new HashMap<>();
        List<UUID> everyone = new ArrayList<>(members);
        List<SplitRepository.Sums> splitSums = splits.splitSums(bookId, date);
        List<SplitRepository.Sums> advances = splits.advanceSums(bookId, date);
        List<SplitRepository.PairSum> settlements = splits.settlementSums(bookId, date);
        splitSums.forEach(s -> addIfAbsent(everyone, s.memberId()));
        advances.forEach(s -> addIfAbsent(everyone, s.memberId()));
        settlements.forEach(s -> {
            addIfAbsent(everyone, s.from());
            addIfAbsent(everyone, s.to());
        });
        directory.profiles(everyone).forEach((id, p) -> names.put(id, p.displayName()));
        // members first, by name; then former members who still have something to settle
        Comparator<UUID> byName = Comparator.comparing((UUID id) -> names.getOrDefault(id, "").toLowerCase(java.util.Locale.ROOT))
            .thenComparing(UUID::toString);
        members.stream().sorted(byName).forEach(sheet::include);
        everyone.stream().filter(id -> !members.contains(id)).sorted(byName).forEach(sheet::include);
        for (SplitRepository.Sums s : splitSums) {
            sheet.paid(s.memberId(), s.paid()).owes(s.memberId(), s.owes());
        }
        for (SplitRepository.PairSum s : settlements) {
            sheet.transfer(s.from(), s.to(), s.amount());
        }
        // An advance: the member paid, the book owes it; a reimbursement: the book paid, the member received.
        boolean bookParty = !advances.isEmpty();
        for (SplitRepository.Sums a : advances) {
            sheet.paid(a.memberId(), a.paid()).owes(bookId, a.paid());
            sheet.paid(bookId, a.owes()).owes(a.memberId(), a.owes());
        }
        String bookName = bookParty ? bookAccess.settings(bookId).name() : null;
        List<BalanceView> out = new ArrayList<>();
        for (MemberBalance b : sheet.balances()) {
            boolean isBook = bookParty && b.memberId().equals(bookId);
            out.add(new BalanceView(b.memberId(), isBook ? bookName : names.get(b.memberId()),
                isBook ? Party.BOOK : Party.MEMBER, b.paid(), b.owes(), b.net()));
        }
        return out;
    }

    private static void addIfAbsent(List<UUID> list, UUID id) {
        if (!list.contains(id)) {
            list.add(id);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    // --- settlements ----------------------------------------------------------------------------

    /**
     * Records that one member paid another back. Treasurers and admins record any settlement; a member one
     * they paid or received; an auditor none.
     */
    @Transactional
    public SettlementView settle(UUID bookId, UUID userId, String idempotencyKey, NewSettlement in) {
        BookRole role = bookAccess.requireMember(bookId, userId);
        if (!role.writes()) {
            throw new ForbiddenException("An auditor reads the books but changes nothing.");
        }
        Set<UUID> members = memberIds(bookId);
        List<FieldError> errors = new ArrayList<>();
        member("fromMemberId", in.fromMemberId(), members, errors);
        member("toMemberId", in.toMemberId(), members, errors);
        if (in.fromMemberId() != null && in.fromMemberId().equals(in.toMemberId())) {
            errors.add(new FieldError("toMemberId", "must be another member than fromMemberId"));
        }
        if (in.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (!in.amount().isPositive()) {
            errors.add(new FieldError("amount", "must be greater than zero"));
        }
        if (in.date() == null) {
            errors.add(new FieldError("date", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!role.keepsTheBooks() && !userId.equals(in.fromMemberId()) && !userId.equals(in.toMemberId())) {
            throw new ForbiddenException("Members record only settlements they paid or received.");
        }
        ledger.periods(bookId).requireNotClosed(in.date());
        UUID id = idempotency.execute(userId + " POST /books/" + bookId + "/settlements", idempotencyKey, in, UUID.class, () -> {
            SplitRepository.Settlement s = new SplitRepository.Settlement(UUID.randomUUID(), bookId, in.fromMemberId(),
                in.toMemberId(), in.amount(), in.date(), userId, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            splits.saveSettlement(s);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("fromMemberId", s.from().toString());
            payload.put("toMemberId", s.to().toString());
            payload.put("amount", s.amount().toString());
            payload.put("date", s.date().toString());
            audit.record(bookId, userId, "SETTLEMENT_RECORDED", "Settlement", s.id(), payload);
            return s.id();
        }).result();
        // a repeated request answers the settlement it created the first time
        return view(splits.findSettlement(bookId, id).orElseThrow());
    }

    @Transactional
    public SettlementView settlement(UUID bookId, UUID userId, UUID id) {
        bookAccess.requireMember(bookId, userId);
        return splits.findSettlement(bookId, id).map(SplittingService::view)
            .orElseThrow(() -> new NotFoundException("settlement-not-found", "No such settlement."));
    }

    private static SettlementView view(SplitRepository.Settlement s) {
        return new SettlementView(s.id(), s.from(), s.to(), s.amount(), s.date(), s.createdBy(), s.createdAt());
    }

    private static void member(String field, UUID id, Set<UUID> members, List<FieldError> errors) {
        if (id == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (!members.contains(id)) {
            errors.add(new FieldError(field, "is not a member of this book"));
        }
    }
}
