package de.cet.ledger.application;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountRepository;
import de.cet.ledger.domain.account.AccountType;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.account.Iban;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.transaction.TransactionRepository;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accounts of a book (bank accounts and cash boxes) and their balances at any date. */
@ApplicationScoped
public class AccountService {

    public record NewAccount(String name, AccountType type, Fund fund, String iban, Money openingBalance, LocalDate openingDate) {}

    /** Fields to change; null keeps the current value. */
    public record AccountChange(String name, Fund fund, String iban, Money openingBalance, LocalDate openingDate, Boolean archived) {}

    public record AccountView(Account account, Money balance, LocalDate balanceDate) {}

    public record FundBalances(LocalDate date, Map<UUID, Money> accounts, Map<Fund, Money> funds) {}

    private final LedgerAccess access;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final LedgerQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(LedgerAccess access, AccountRepository accounts, TransactionRepository transactions,
                   LedgerQueries queries, AuditTrail audit, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.transactions = transactions;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountView create(UUID bookId, UUID userId, NewAccount in) {
        Actor actor = access.bookkeeper(bookId, userId);
        Account account = Account.open(UUID.randomUUID(), bookId, in.name(), in.type(), in.fund(),
            in.iban() == null ? null : Iban.of(in.iban()), in.openingBalance(), in.openingDate());
        accounts.save(account);
        audit.record(bookId, actor.userId(), "ACCOUNT_CREATED", "Account", account.id(), Payloads.account(account));
        return view(bookId, account, null);
    }

    @Transactional
    public List<AccountView> list(UUID bookId, UUID userId, LocalDate asOf) {
        access.actor(bookId, userId);
        LocalDate date = asOf != null ? asOf : today();
        Map<UUID, Money> balances = queries.balances(bookId, date);
        return accounts.ofBook(bookId).stream()
            .map(a -> new AccountView(a, balances.getOrDefault(a.id(), a.openingBalance()), date))
            .sorted(Comparator.comparing(v -> v.account().name()))
            .toList();
    }

    @Transactional
    public AccountView get(UUID bookId, UUID userId, UUID accountId, LocalDate asOf) {
        access.actor(bookId, userId);
        return view(bookId, find(bookId, accountId), asOf);
    }

    @Transactional
    public AccountView change(UUID bookId, UUID userId, UUID accountId, ExpectedVersion expected, AccountChange in) {
        Actor actor = access.bookkeeper(bookId, userId);
        Account account = find(bookId, accountId);
        expected.check(account.version());
        if (in.name() != null) {
            account.rename(in.name());
        }
        if (in.fund() != null) {
            account.changeFund(in.fund());
        }
        if (in.iban() != null) {
            account.changeIban(Iban.of(in.iban()));
        }
        if (in.openingBalance() != null || in.openingDate() != null) {
            if (!transactions.bookedOnAccount(bookId, accountId).isEmpty()) {
                throw new ConflictException("account-in-use",
                    "The opening balance of an account with booked entries cannot change; book a correction instead.");
            }
            account.changeOpening(in.openingBalance() != null ? in.openingBalance() : account.openingBalance(),
                in.openingDate() != null ? in.openingDate() : account.openingDate());
        }
        if (Boolean.TRUE.equals(in.archived())) {
            account.archive();
        } else if (Boolean.FALSE.equals(in.archived())) {
            account.unarchive();
        }
        accounts.save(account);
        audit.record(bookId, actor.userId(), "ACCOUNT_CHANGED", "Account", account.id(), Payloads.account(account));
        return view(bookId, account, null);
    }

    /** Balance of every account and of each fund at the end of {@code asOf} (default today). */
    @Transactional
    public FundBalances balances(UUID bookId, UUID userId, LocalDate asOf) {
        access.actor(bookId, userId);
        LocalDate date = asOf != null ? asOf : today();
        Map<UUID, Money> byAccount = queries.balances(bookId, date);
        Map<Fund, Money> byFund = new EnumMap<>(Fund.class);
        for (Fund f : Fund.values()) {
            byFund.put(f, Money.ZERO);
        }
        for (Account a : accounts.ofBook(bookId)) {
            byFund.merge(a.fund(), byAccount.getOrDefault(a.id(), a.openingBalance()), Money::plus);
        }
        return new FundBalances(date, byAccount, byFund);
    }

    private AccountView view(UUID bookId, Account account, LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : today();
        accounts.save(account);
        Money balance = queries.balances(bookId, date).getOrDefault(account.id(), account.openingBalance());
        return new AccountView(account, balance, date);
    }

    private Account find(UUID bookId, UUID accountId) {
        return accounts.find(bookId, accountId).orElseThrow(() -> new NotFoundException("account-not-found", "No such account."));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
