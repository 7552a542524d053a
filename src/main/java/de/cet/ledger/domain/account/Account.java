package de.cet.ledger.domain.account;

import jakarta.persistence.*;

import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An account of one book. Invariants: a {@code BANK} account has a valid IBAN, a {@code CASH} account has
 * none; a cash account's opening balance is never negative (a cash box cannot hold less than nothing —
 * bank accounts may open overdrawn); the name is 1–100 characters. Balances are derived from the opening
 * balance and booked entries ({@code BalanceCalculator}), never stored here.
 */
@Entity
@Table(name = "ledger_account")
public class Account {

    public static final int MAX_NAME = 100;

    @Id

    private UUID id;
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    @Column(name = "name", length = 100, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 8, nullable = false)
    private AccountType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "fund", length = 8, nullable = false)
    private Fund fund;
    @Column(name = "iban", length = 34)
    private String iban;
    @Column(name = "opening_balance", precision = 15, scale = 2, nullable = false)
    private Money openingBalance;
    @Column(name = "opening_date", nullable = false)
    private LocalDate openingDate;
    @Column(name = "archived", nullable = false)
    private boolean archived;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For the persistence layer only. */
    protected Account() {}

    private Account(UUID id, UUID bookId, String name, AccountType type, Fund fund, Iban iban,
                    Money openingBalance, LocalDate openingDate) {
        this.id = Objects.requireNonNull(id, "id");
        this.bookId = Objects.requireNonNull(bookId, "bookId");
        this.name = validName(name);
        this.type = required(type, "type");
        this.fund = required(fund, "fund");
        this.iban = checkedIban(type, iban);
        setOpening(openingBalance, openingDate);
    }

    public static Account open(UUID id, UUID bookId, String name, AccountType type, Fund fund, Iban iban,
                               Money openingBalance, LocalDate openingDate) {
        return new Account(id, bookId, name, type, fund, iban, openingBalance, openingDate);
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    public void changeIban(Iban newIban) {
        this.iban = checkedIban(type, newIban);
    }

    /**
     * Moves the account to the other fund. Only sound while nothing is booked on it; the application
     * service checks that, since the account does not see its entries.
     */
    public void changeFund(Fund newFund) {
        this.fund = required(newFund, "fund");
    }

    /** Corrects the opening balance and date (same caveat as {@link #changeFund}). */
    public void changeOpening(Money balance, LocalDate date) {
        setOpening(balance, date);
    }

    /** An archived account takes no new entries but keeps its history and balance. */
    public void archive() {
        this.archived = true;
    }

    public void unarchive() {
        this.archived = false;
    }

    private void setOpening(Money balance, LocalDate date) {
        required(balance, "openingBalance");
        required(date, "openingDate");
        if (type == AccountType.CASH && balance.isNegative()) {
            throw new InvalidInputException("openingBalance", "a cash account cannot open with a negative balance");
        }
        this.openingBalance = balance;
        this.openingDate = date;
    }

    private static String checkedIban(AccountType type, Iban iban) {
        if (type == AccountType.BANK && iban == null) {
            throw new InvalidInputException("iban", "is required for a bank account");
        }
        if (type == AccountType.CASH && iban != null) {
            throw new InvalidInputException("iban", "a cash account has no IBAN");
        }
        return iban == null ? null : iban.value();
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME + " characters");
        }
        return trimmed;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    public boolean isCash() {
        return type == AccountType.CASH;
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public String name() { return name; }
    public AccountType type() { return type; }
    public Fund fund() { return fund; }
    public Iban iban() { return iban == null ? null : new Iban(iban); }
    public Money openingBalance() { return openingBalance; }
    public LocalDate openingDate() { return openingDate; }
    public boolean archived() { return archived; }
    /** Optimistic-locking version, maintained by the persistence layer. */
    public long version() { return version; }
}
