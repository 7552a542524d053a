package de.cet.books.domain;

import de.cet.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One set of books and its settings. Invariants: a name of 1–200 characters, currency EUR, a locale of
 * de or en; every change of settings bumps {@code version} (optimistic locking against silent
 * overwrites).
 */
@Entity
@Table(name = "books_book")
public class Book {

    public static final Set<String> LOCALES = Set.of("de", "en");
    public static final Set<String> CURRENCIES = Set.of("EUR");

    @Id
    private UUID id;
    @Column(name = "name", length = 200, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private BookKind kind;
    @Column(name = "currency", length = 3, nullable = false)
    private String currency;
    @Column(name = "require_approval", nullable = false)
    private boolean requireApproval;
    @Column(name = "four_eyes", nullable = false)
    private boolean fourEyes;
    @Column(name = "dual_approval_above", precision = 15, scale = 2)
    private Money dualApprovalAbove;
    @Column(name = "require_receipt", nullable = false)
    private boolean requireReceipt;
    @Column(name = "election_date")
    private LocalDate electionDate;
    @Column(name = "repay_unspent_public_funds", nullable = false)
    private boolean repayUnspentPublicFunds;
    @Column(name = "locale", length = 2, nullable = false)
    private String locale;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Book() {}

    private Book(UUID id, String name, BookKind kind, String currency, String locale, UUID createdBy, Instant now) {
        this.id = id;
        this.name = validName(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        if (!CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("currency must be EUR");
        }
        this.currency = currency;
        this.locale = validLocale(locale);
        this.createdBy = createdBy;
        this.createdAt = now;
        // A caucus handles public money: the careful defaults are on.
        boolean caucus = kind == BookKind.CAUCUS;
        this.requireApproval = caucus;
        this.fourEyes = caucus;
        this.requireReceipt = caucus;
    }

    public static Book create(String name, BookKind kind, String currency, String locale, UUID createdBy, Instant now) {
        return new Book(UUID.randomUUID(), name, kind, currency, locale, createdBy, now);
    }

    /** Changes the settings given (null = keep). {@code clearDualApproval}/{@code clearElectionDate} unset. */
    public void changeSettings(String name, Boolean requireApproval, Boolean fourEyes, Money dualApprovalAbove,
                               boolean clearDualApproval, Boolean requireReceipt, LocalDate electionDate,
                               boolean clearElectionDate, String locale) {
        if (name != null) {
            this.name = validName(name);
        }
        if (requireApproval != null) {
            this.requireApproval = requireApproval;
        }
        if (fourEyes != null) {
            this.fourEyes = fourEyes;
        }
        if (clearDualApproval) {
            this.dualApprovalAbove = null;
        } else if (dualApprovalAbove != null) {
            if (dualApprovalAbove.signum() <= 0) {
                throw new IllegalArgumentException("dualApprovalAbove must be positive");
            }
            this.dualApprovalAbove = dualApprovalAbove;
        }
        if (requireReceipt != null) {
            this.requireReceipt = requireReceipt;
        }
        if (clearElectionDate) {
            this.electionDate = null;
        } else if (electionDate != null) {
            this.electionDate = electionDate;
        }
        if (locale != null) {
            this.locale = validLocale(locale);
        }
    }

    /**
     * Whether unspent public money goes back to the municipality at the end of every period; when false it
     * is carried over until the end of the council's term.
     */
    public void repayUnspentPublicFunds(Boolean repay) {
        if (repay != null) {
            this.repayUnspentPublicFunds = repay;
        }
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("name must have 1 to 200 characters");
        }
        return name.strip();
    }

    private static String validLocale(String locale) {
        if (locale == null || !LOCALES.contains(locale)) {
            throw new IllegalArgumentException("locale must be de or en");
        }
        return locale;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public BookKind kind() { return kind; }
    public String currency() { return currency; }
    public boolean requireApproval() { return requireApproval; }
    public boolean fourEyes() { return fourEyes; }
    public Money dualApprovalAbove() { return dualApprovalAbove; }
    public boolean requireReceipt() { return requireReceipt; }
    public LocalDate electionDate() { return electionDate; }
    public boolean repayUnspentPublicFunds() { return repayUnspentPublicFunds; }
    public String locale() { return locale; }
    public Instant createdAt() { return createdAt; }
    public UUID createdBy() { return createdBy; }
    public long version() { return version; }
}
