package de.cet.exporting.api;

import de.cet.exporting.application.DatevExports;
import de.cet.exporting.application.Publications;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The exporting context's request and response bodies. */
final class ExportingDtos {

    private ExportingDtos() {
    }

    @Schema(name = "DatevSettings", description = "The book's DATEV settings: chart, Berater- and Mandantennummer, and "
        + "the account of every official category, bank or cash account and of what the book owes members (advances), "
        + "each beside the chart's default.")
    record DatevSettingsView(@Schema(enumeration = {"SKR03", "SKR04"}) String chart, Integer consultantNumber,
                             Integer clientNumber, String memberAccount, String memberAccountDefault,
                             List<CategoryAccount> categories, List<MoneyAccount> accounts, long version) {
        static DatevSettingsView of(DatevExports.SettingsView v) {
            return new DatevSettingsView(v.chart().name(), v.consultantNumber(), v.clientNumber(), v.memberAccount(),
                v.memberAccountDefault(),
                v.categories().stream().map(c -> new CategoryAccount(c.officialCode(), c.account(), c.defaultAccount())).toList(),
                v.accounts().stream().map(a -> new MoneyAccount(a.accountId(), a.name(), a.type(), a.fund(), a.account(),
                    a.defaultAccount())).toList(),
                v.version());
        }
    }

    @Schema(name = "DatevCategoryAccount")
    record CategoryAccount(String officialCode, String account, String defaultAccount) {}

    @Schema(name = "DatevMoneyAccount")
    record MoneyAccount(UUID accountId, String name, String type, String fund, String account, String defaultAccount) {}

    @Schema(name = "ChangeDatevSettingsRequest", description = "Replaces the DATEV settings. `categories` (official code → "
        + "four-digit account) and `accounts` (account id → four-digit account) list the overrides; an absent entry, "
        + "`null` or the chart's default means the default. Needs `If-Match` or `version` (0 before the first save).")
    record ChangeDatevSettings(@Schema(enumeration = {"SKR03", "SKR04"}) String chart, Integer consultantNumber,
                               Integer clientNumber, @Schema(nullable = true) String memberAccount,
                               Map<String, String> categories, Map<UUID, String> accounts, Long version) {}

    @Schema(name = "PublicationSetting", description = "Whether the book publishes its signed transparency reports, "
        + "and under which address (`/api/v1/public/books/{slug}`).")
    record PublicationView(boolean enabled, String slug, String pagePath, String jsonPath, long version) {
        static PublicationView of(Publications.Setting s) {
            return new PublicationView(s.enabled(), s.slug(),
                s.slug() == null ? null : "/api/v1/public/books/" + s.slug(),
                s.slug() == null ? null : "/api/v1/public/books/" + s.slug() + "/transparency", s.version());
        }
    }

    @Schema(name = "ChangePublicationRequest", description = "ADMIN only. `slug`: 3–60 lower-case letters, digits and "
        + "hyphens, unique in the instance (absent keeps the current one). Needs `If-Match` or `version`.")
    record ChangePublication(Boolean enabled, String slug, Long version) {}
}
