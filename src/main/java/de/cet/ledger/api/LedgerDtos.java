package de.cet.ledger.api;

import de.cet.ledger.application.AccountService;
import de.cet.ledger.domain.account.AccountType;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.catalogue.CategoryFlag;
import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.PeriodStatus;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of accounts, periods, categories and the official catalogue. */
final class LedgerDtos {
    private LedgerDtos() {}

    record CreateAccountBody(String name, AccountType type, Fund fund, String iban, Money openingBalance, LocalDate openingDate) {}

    record ChangeAccountBody(String name, Fund fund, String iban, Money openingBalance, LocalDate openingDate,
                             Boolean archived, Long version) {}

    record AccountBody(UUID id, String name, AccountType type, Fund fund, String iban, Money openingBalance,
                       LocalDate openingDate, boolean archived, Money balance, LocalDate balanceDate, long version) {
        static AccountBody of(AccountService.AccountView v) {
            var a = v.account();
            return new AccountBody(a.id(), a.name(), a.type(), a.fund(), a.iban() == null ? null : a.iban().value(),
                a.openingBalance(), a.openingDate(), a.archived(), v.balance(), v.balanceDate(), a.version());
        }
    }

    record BalancesBody(LocalDate date, List<AccountBalance> accounts, Money publicFund, Money ownFund, Money total) {}

    record AccountBalance(UUID accountId, Money balance) {}

    record CreatePeriodBody(String name, LocalDate startDate, LocalDate endDate) {}

    record PeriodBody(UUID id, String name, LocalDate startDate, LocalDate endDate, PeriodStatus status,
                      Instant closedAt, UUID closedBy, long version) {
        static PeriodBody of(AccountingPeriod p) {
            return new PeriodBody(p.id(), p.name(), p.startDate(), p.endDate(), p.status(), p.closedAt(), p.closedBy(), p.version());
        }
    }

    record ClosedPeriodBody(UUID id, String name, LocalDate startDate, LocalDate endDate, PeriodStatus status,
                            Instant closedAt, UUID closedBy, long version, List<AccountBalance> closingBalances,
                            PeriodBody nextPeriod) {}

    record CreateCategoryBody(String name, CategoryKind kind, String officialCode, String color, String emoji, UUID parentId) {}

    record ChangeCategoryBody(String name, String officialCode, String color, String emoji, UUID parentId,
                              Boolean archived, Long version) {}

    record CategoryBody(UUID id, String name, CategoryKind kind, String officialCode, String color, String emoji,
                        UUID parentId, boolean archived, long version) {
        static CategoryBody of(Category c) {
            return new CategoryBody(c.id(), c.name(), c.kind(), c.officialCode(), c.color(), c.emoji(), c.parentId(),
                c.archived(), c.version());
        }
    }

    record OfficialCategoryBody(String code, String nameDe, String nameEn, CategoryKind kind, Set<CategoryFlag> flags) {}

    record CatalogueBody(String version, List<OfficialCategoryBody> items) {
        static CatalogueBody of(OfficialCatalogue c) {
            return new CatalogueBody(c.version(), c.items().stream()
                .map(o -> new OfficialCategoryBody(o.code(), o.nameDe(), o.nameEn(), o.kind(), o.flags())).toList());
        }
    }
}
