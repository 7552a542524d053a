package de.cet.ledger.domain.transaction;

import static de.cet.ledger.domain.transaction.ComplianceWarning.*;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.catalogue.OfficialCategory;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.common.BookRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Compliance hints on one entry (warnings, never blocks), as decided in docs/adr/0003-ledger-rules.md:
 * <ul>
 *   <li>EX-400 public relations dated within the book's pre-election window;</li>
 *   <li>EX-520 hospitality whose description has no attendee list — the words {@code Attendees:},
 *       {@code Teilnehmer:}, {@code Teilnehmende:} or {@code Teilnehmer/innen:} followed by at least one name;</li>
 *   <li>EX-800 payments to members, EX-510 travel, IN-400 member contributions: always flagged for review;</li>
 *   <li>IN-900 / EX-900 ("other") without a justification;</li>
 *   <li>the account's fund differs from the fund the official category implies (grants IN-1xx → PUBLIC,
 *       member contributions IN-400 → OWN), and transfers between a PUBLIC and an OWN account;</li>
 *   <li>an expense (not a reimbursement, not a reversal) without a receipt or an Eigenbeleg — in any
 *       status, so the member sees it while drafting.</li>
 * </ul>
 * A reversal gets no warnings: it only undoes an entry that was already checked.
 */
public final class CompliancePolicy {

    private static final Pattern ATTENDEES = Pattern.compile(
        "(?iu)\\b(attendees|teilnehmer(?:/innen|\\*innen|innen)?|teilnehmende)\\s*:\\s*\\p{L}");

    private CompliancePolicy() {}

    public static List<ComplianceWarning> warningsFor(Transaction t, LedgerContext context, OfficialCatalogue catalogue) {
        return warningsFor(t, context.accounts(), context.categories(), context.rules(), catalogue);
    }

    /** The same, from only what the warnings read: the book's accounts and categories by id, and its rules. */
    public static List<ComplianceWarning> warningsFor(Transaction t, Map<UUID, Account> accounts,
                                                      Map<UUID, Category> categories, BookRules rules,
                                                      OfficialCatalogue catalogue) {
        List<ComplianceWarning> warnings = new ArrayList<>();
        if (t.isReversal()) {
            return warnings;
        }
        Account account = accounts.get(t.accountId());
        Optional<OfficialCategory> official = Optional.ofNullable(t.categoryId())
            .map(categories::get)
            .map(Category::officialCode)
            .flatMap(catalogue::find);
        official.ifPresent(o -> categoryWarnings(t, o, rules, warnings));
        if (account != null && official.isPresent()) {
            official.get().impliedFund().filter(f -> f != account.fund()).ifPresent(f -> warnings.add(new ComplianceWarning(
                WRONG_FUND, official.get().nameEn() + " (" + official.get().code() + ") belong to the " + f
                    + " fund, but the account '" + account.name() + "' holds " + account.fund() + " money.")));
        }
        if (t.type() == TransactionType.TRANSFER && account != null) {
            Account target = accounts.get(t.toAccountId());
            if (target != null && target.fund() != account.fund()) {
                warnings.add(new ComplianceWarning(TRANSFER_BETWEEN_FUNDS, "The transfer moves money from the "
                    + account.fund() + " fund to the " + target.fund() + " fund; public and own funds are kept apart."));
            }
        }
        if (t.needsReceipt() && !t.hasReceiptOrEigenbeleg()) {
            warnings.add(new ComplianceWarning(MISSING_RECEIPT,
                "The expense has no receipt; attach one or write an Eigenbeleg (self-made receipt) with a justification."));
        }
        return warnings;
    }

    private static void categoryWarnings(Transaction t, OfficialCategory o, BookRules rules,
                                         List<ComplianceWarning> warnings) {
        switch (o.code()) {
            case OfficialCatalogue.EX_400 -> {
                if (rules.inPreElectionWindow(t.date())) {
                    warnings.add(new ComplianceWarning(PRE_ELECTION_PUBLIC_RELATIONS, "Public relations spending dated "
                        + rules.preElectionWindowDays() + " days or less before the election on "
                        + rules.electionDate() + " may count as campaigning, which public money must not pay for."));
                }
            }
            case OfficialCatalogue.EX_520 -> {
                if (t.description() == null || !ATTENDEES.matcher(t.description().toLowerCase(Locale.ROOT)).find()) {
                    warnings.add(new ComplianceWarning(HOSPITALITY_WITHOUT_ATTENDEES,
                        "Hospitality needs the occasion and a list of attendees; add a line 'Attendees: ...' to the description."));
                }
            }
            case OfficialCatalogue.EX_800 -> warnings.add(new ComplianceWarning(PAYMENT_TO_MEMBERS,
                "Payments to members for caucus functions are allowed only on the basis the local rules name; check the resolution."));
            case OfficialCatalogue.EX_510 -> warnings.add(new ComplianceWarning(TRAVEL_COSTS,
                "Travel costs must follow the applicable travel expense rules and must not duplicate the council's own compensation."));
            case OfficialCatalogue.IN_400 -> warnings.add(new ComplianceWarning(MEMBER_CONTRIBUTIONS,
                "Member contributions are own funds: keep them on an OWN account, apart from public money."));
            default -> { }
        }
        if (o.justify() && t.justification() == null) {
            warnings.add(new ComplianceWarning(JUSTIFICATION_MISSING,
                o.nameEn() + " (" + o.code() + ") needs a written justification of what was paid and why."));
        }
    }
}
