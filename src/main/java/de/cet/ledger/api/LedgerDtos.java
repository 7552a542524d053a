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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of accounts, periods, categories and the official catalogue. */
final class LedgerDtos {
    private LedgerDtos() {}

    @Schema(name = "CreateAccountRequest")
    record CreateAccountBody(String name, AccountType type, Fund fund, String iban, Money openingBalance, LocalDate openingDate) {}

    @Schema(name = "UpdateAccountRequest", description = "Absent or null fields keep their value. Needs `If-Match` or `version`.")
    record ChangeAccountBody(String name, Fund fund, String iban, Money openingBalance, LocalDate openingDate,
                             Boolean archived, Long version) {}

    @Schema(name = "Account")
    record AccountBody(UUID id, String name, AccountType type, Fund fund, String iban, Money openingBalance,
                       LocalDate openingDate, boolean archived, Money balance, LocalDate balanceDate, long version) {
        static AccountBody of(AccountService.AccountView v) {
            var a = v.account();
            return new AccountBody(a.id(), a.name(), a.type(), a.fund(), a.iban() == null ? null : a.iban().value(),
                a.openingBalance(), a.openingDate(), a.archived(), v.balance(), v.balanceDate(), a.version());
        }
    }

    @Schema(name = "Balances")
    record BalancesBody(LocalDate date, List<AccountBalance> accounts, Money publicFund, Money ownFund, Money total) {}

    @Schema(name = "AccountBalance")
    record AccountBalance(UUID accountId, Money balance) {}

    @Schema(name = "CreatePeriodRequest")
    record CreatePeriodBody(String name, LocalDate startDate, LocalDate endDate) {}

    @Schema(name = "Period")
    record PeriodBody(UUID id, String name, LocalDate startDate, LocalDate endDate, PeriodStatus status,
                      Instant closedAt, UUID closedBy, long version) {
        static PeriodBody of(AccountingPeriod p) {
            return new PeriodBody(p.id(), p.name(), p.startDate(), p.endDate(), p.status(), p.closedAt(), p.closedBy(), p.version());
        }
    }

    @Schema(name = "ClosedPeriod", description = "The closed period, its closing balances and the next period they were carried into.")
    record ClosedPeriodBody(UUID id, String name, LocalDate startDate, LocalDate endDate, PeriodStatus status,
                            Instant closedAt, UUID closedBy, long version, List<AccountBalance> closingBalances,
                            PeriodBody nextPeriod) {}

    @Schema(name = "CreateCategoryRequest")
    record CreateCategoryBody(String name, CategoryKind kind, String officialCode, String color, String emoji, UUID parentId) {}

    @Schema(name = "UpdateCategoryRequest", description = "Absent fields keep their value; `parentId: null` moves the category to the top level. Needs `If-Match` or `version`.")
    record ChangeCategoryBody(String name, String officialCode, String color, String emoji,
                              @Schema(nullable = true, description = "`null` moves the category to the top level") UUID parentId,
                              Boolean archived, Long version) {}

    @Schema(name = "Category")
    record CategoryBody(UUID id, String name, CategoryKind kind, String officialCode, String color, String emoji,
                        UUID parentId, boolean archived, long version) {
        static CategoryBody of(Category c) {
            return new CategoryBody(c.id(), c.name(), c.kind(), c.officialCode(), c.color(), c.emoji(), c.parentId(),
                c.archived(), c.version());
        }
    }

    @Schema(name = "OfficialCategory")
    record OfficialCategoryBody(String code, String nameDe, String nameEn, CategoryKind kind, Set<CategoryFlag> flags) {}

    @Schema(name = "OfficialCatalogue")
    record CatalogueBody(String version, List<OfficialCategoryBody> items) {
        static CatalogueBody of(OfficialCatalogue c) {
            return new CatalogueBody(c.version(), c.items().stream()
                .map(o -> new OfficialCategoryBody(o.code(), o.nameDe(), o.nameEn(), o.kind(), o.flags())).toList());
        }
    }
}
