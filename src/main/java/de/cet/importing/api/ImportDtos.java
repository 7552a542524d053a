package de.cet.importing.api;

import de.cet.importing.application.BankLineService;
import de.cet.importing.application.ImportService;
import de.cet.importing.application.ImportStore;
import de.cet.importing.application.RuleService;
import de.cet.importing.domain.Condition;
import de.cet.importing.domain.LineStatus;
import de.cet.importing.domain.MatchScorer;
import de.cet.importing.domain.Reconciliation;
import de.cet.importing.domain.Rule;
import de.cet.importing.domain.RuleActions;
import de.cet.importing.domain.RuleField;
import de.cet.importing.domain.RuleOp;
import de.cet.importing.domain.format.CsvPresets;
import de.cet.importing.domain.format.CsvProfile;
import de.cet.importing.domain.format.StatementFormat;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the import's resources. */
final class ImportDtos {

    private ImportDtos() {}

    @Schema(name = "StatementImport", description = "What an import did. `lines`: new lines in the inbox; `duplicates`: lines already there (not stored again); `suspected`: new lines marked DUPLICATE_SUSPECTED; `pending`: announced (CAMT PDNG) entries left out; `matched`: new lines for which a ledger entry is suggested.")
    record ImportBody(UUID id, StatementFormat format, LocalDate statementFrom, LocalDate statementTo,
                      Money openingBalance, Money closingBalance, int lines, int duplicates, int suspected, int pending,
                      int matched) {
        static ImportBody of(ImportService.ImportResult r) {
            return new ImportBody(r.id(), r.format(), r.statementFrom(), r.statementTo(), r.openingBalance(),
                r.closingBalance(), r.lines(), r.duplicates(), r.suspected(), r.pending(), r.matched());
        }
    }

    @Schema(name = "MatchSuggestion")
    record SuggestionBody(UUID transactionId, BigDecimal score) {
        static SuggestionBody of(MatchScorer.Suggestion s) {
            return new SuggestionBody(s.transactionId(), s.score());
        }
    }

    @Schema(name = "BankLine", description = "A line of the inbox. `amount` signed (money in +, out −); `categoryId`, `tags`, `setCounterparty`, `setDescription`: what the applied rule proposes for the entry to be created.")
    record BankLineBody(UUID id, UUID accountId, LocalDate bookingDate, LocalDate valueDate, Money amount,
                        String counterparty, String counterpartyIban, String purpose, String bankReference,
                        boolean reversal, LineStatus status, UUID duplicateOf, UUID transactionId,
                        List<SuggestionBody> suggestions, UUID ruleApplied, UUID categoryId, List<String> tags,
                        String setCounterparty, String setDescription, UUID importId) {
        static BankLineBody of(ImportStore.Line l, List<MatchScorer.Suggestion> suggestions) {
            return new BankLineBody(l.id(), l.accountId(), l.bookingDate(), l.valueDate(), l.amount(), l.counterparty(),
                l.counterpartyIban(), l.purpose(), l.bankReference(), l.reversal(), l.status(), l.duplicateOf(),
                l.transactionId(), suggestions.stream().map(SuggestionBody::of).toList(), l.ruleId(), l.categoryId(),
                l.tags(), l.setCounterparty(), l.setDescription(), l.importId());
        }

        static BankLineBody of(BankLineService.LineView v) {
            return of(v.line(), v.suggestions());
        }
    }

    @Schema(name = "MatchBankLine", requiredProperties = "transactionId")
    record MatchBody(UUID transactionId) {}

    @Schema(name = "CreateFromBankLine", description = "Every field optional: the rule's proposal, else the line's own counterparty and purpose; a category is needed from here or from a rule.")
    record CreateBody(UUID categoryId, String counterparty, String description, List<String> tags) {}

    @Schema(name = "RuleCondition")
    record ConditionBody(
        @Schema(enumeration = {"counterparty", "purpose", "amount", "iban", "accountId"}) String field,
        @Schema(enumeration = {"equals", "contains", "startsWith", "regex", "between"}) String op,
        @Schema(description = "Text; for `between` \"min..max\" (signed amounts, e.g. \"-50.00..-10.00\"); `regex` is RE2 syntax") String value) {}

    @Schema(name = "RuleActions")
    record ActionsBody(UUID categoryId, List<String> tags, String counterparty, String description) {}

    @Schema(name = "RuleInput", requiredProperties = {"name", "conditions", "actions"})
    record RuleInput(String name, Integer priority, List<ConditionBody> conditions, ActionsBody actions, Long version)
        implements RuleService.RuleDraft {
        @Override
        public Rule toRule(UUID id, UUID bookId, long v) {
            if (conditions == null || conditions.isEmpty()) {
                throw new InvalidInputException("conditions", "must hold 1 to 20 conditions");
            }
            List<Condition> cs = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                ConditionBody c = conditions.get(i);
                String where = "conditions[" + i + "]";
                if (c == null) {
                    throw new InvalidInputException(where, "is required");
                }
                cs.add(new Condition(RuleField.parse(c.field(), where + ".field"), RuleOp.parse(c.op(), where + ".op"),
                    c.value(), where));
            }
            if (actions == null) {
                throw new InvalidInputException("actions", "is required");
            }
            return new Rule(id, bookId, name, priority == null ? 100 : priority, cs,
                new RuleActions(actions.categoryId(), actions.tags(), actions.counterparty(), actions.description()), v);
        }
    }

    @Schema(name = "Rule")
    record RuleBody(UUID id, String name, int priority, List<ConditionBody> conditions, ActionsBody actions, long version) {
        static RuleBody of(Rule r) {
            RuleActions a = r.actions();
            return new RuleBody(r.id(), r.name(), r.priority(),
                r.conditions().stream().map(c -> new ConditionBody(c.field().json(), c.op().json(), c.value())).toList(),
                new ActionsBody(a.categoryId(), a.tags(), a.counterparty(), a.description()), r.version());
        }
    }

    @Schema(name = "ImportProfileColumns", description = "Header names of the export's columns. `amount` (signed) or `debit` and `credit`; `counterpartyIncoming`: the payer's column for money in where payer and payee have columns of their own; `accountIban`: the statement's own account, compared with the account imported into.")
    record ColumnsBody(String bookingDate, String valueDate, String amount, String debit, String credit,
                       String counterparty, String counterpartyIncoming, String iban, String purpose, String reference,
                       String accountIban) {
        CsvProfile.Columns toDomain() {
            return new CsvProfile.Columns(bookingDate, valueDate, amount, debit, credit, counterparty,
                counterpartyIncoming, iban, purpose, reference, accountIban);
        }

        static ColumnsBody of(CsvProfile.Columns c) {
            return new ColumnsBody(c.bookingDate(), c.valueDate(), c.amount(), c.debit(), c.credit(), c.counterparty(),
                c.counterpartyIncoming(), c.iban(), c.purpose(), c.reference(), c.accountIban());
        }
    }

    @Schema(name = "ImportProfileInput", requiredProperties = {"name", "delimiter", "encoding", "dateFormat", "decimalSeparator", "columns"})
    record ProfileInput(String name, String delimiter, String encoding, String dateFormat, String decimalSeparator,
                        Integer headerRows, ColumnsBody columns) {
        CsvProfile toDomain() {
            return new CsvProfile(name, delimiter, encoding, dateFormat, decimalSeparator,
                headerRows == null ? 0 : headerRows, columns == null ? null : columns.toDomain());
        }
    }

    @Schema(name = "ImportProfile", description = "`id`: a saved profile's id, or a preset's name (e.g. `sparkasse`); either goes into an import's `profileId`.")
    record ProfileBody(String id, boolean preset, String name, String delimiter, String encoding, String dateFormat,
                       String decimalSeparator, int headerRows, ColumnsBody columns) {
        static ProfileBody of(String id, boolean preset, CsvProfile p) {
            return new ProfileBody(id, preset, p.name(), p.delimiter(), p.encoding(), p.dateFormat(), p.decimalSeparator(),
                p.headerRows(), ColumnsBody.of(p.columns()));
        }

        static ProfileBody of(CsvPresets.Preset p) {
            return of(p.id(), true, p.profile());
        }
    }

    @Schema(name = "Reconciliation", description = "At the end of `date`: the bank's balance from the imported statements (null when none reaches back to the day), the ledger's booked balance, their difference (statement − ledger) and the open lines (NEW, DUPLICATE_SUSPECTED) booked up to the day.")
    record ReconciliationBody(UUID accountId, LocalDate date, Money statementBalance, Money ledgerBalance,
                              Money difference, long unmatchedLines, boolean reconciled) {
        static ReconciliationBody of(UUID accountId, Reconciliation r) {
            return new ReconciliationBody(accountId, r.date(), r.statementBalance(), r.ledgerBalance(), r.difference(),
                r.unmatchedLines(), r.reconciled());
        }
    }
}
