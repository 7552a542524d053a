package de.cet.importing.application;

import de.cet.importing.domain.LineFacts;
import de.cet.importing.domain.Rule;
import de.cet.ledger.application.LedgerAccess;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Categorisation rules of a book: kept by ADMIN and TREASURER; applied to new lines on import, to the open
 * lines on demand, and tried out ("test") on the open lines before saving.
 */
@ApplicationScoped
public class RuleService {

    /** What a caller sends; the conditions and actions are checked by the domain. */
    public interface RuleDraft {
        Rule toRule(UUID id, UUID bookId, long version);
    }

    private final LedgerAccess access;
    private final ImportStore store;
    private final Clock clock;

    RuleService(LedgerAccess access, ImportStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public List<Rule> list(UUID bookId, UUID userId) {
        access.auditReader(bookId, userId);
        return store.rules(bookId).stream().sorted(Rule.ORDER).toList();
    }

    @Transactional
    public Rule create(UUID bookId, UUID userId, RuleDraft in) {
        access.bookkeeper(bookId, userId);
        Rule rule = in.toRule(UUID.randomUUID(), bookId, 0);
        requireCategory(bookId, rule);
        store.saveRule(rule, true, clock.instant());
        return rule;
    }

    @Transactional
    public Rule replace(UUID bookId, UUID userId, UUID ruleId, ExpectedVersion expected, RuleDraft in) {
        access.bookkeeper(bookId, userId);
        Rule current = find(bookId, ruleId);
        expected.check(current.version());
        Rule rule = in.toRule(ruleId, bookId, current.version() + 1);
        requireCategory(bookId, rule);
        store.saveRule(rule, false, clock.instant());
        return rule;
    }

    @Transactional
    public void delete(UUID bookId, UUID userId, UUID ruleId) {
        access.bookkeeper(bookId, userId);
        find(bookId, ruleId);
        store.deleteRule(bookId, ruleId);
    }

    /** The open lines the saved rule would touch (whether or not another rule comes first). */
    @Transactional
    public List<ImportStore.Line> test(UUID bookId, UUID userId, UUID ruleId) {
        access.bookkeeper(bookId, userId);
        Rule rule = find(bookId, ruleId);
        return store.openLines(bookId).stream().filter(l -> rule.matches(facts(l))).toList();
    }

    /** The open lines a rule not yet saved would touch. */
    @Transactional
    public List<ImportStore.Line> testDraft(UUID bookId, UUID userId, RuleDraft in) {
        access.bookkeeper(bookId, userId);
        Rule rule = in.toRule(UUID.randomUUID(), bookId, 0);
        return store.openLines(bookId).stream().filter(l -> rule.matches(facts(l))).toList();
    }

    /** Applies the rules by priority to every open line; answers the lines whose rule changed. */
    @Transactional
    public List<ImportStore.Line> apply(UUID bookId, UUID userId) {
        access.bookkeeper(bookId, userId);
        List<Rule> rules = store.rules(bookId);
        List<ImportStore.Line> changed = new ArrayList<>();
        for (ImportStore.Line l : store.openLines(bookId)) {
            Optional<Rule> rule = Rule.first(rules, facts(l));
            UUID id = rule.map(Rule::id).orElse(null);
            if (!java.util.Objects.equals(id, l.ruleId())) {
                store.setRule(l.id(), rule.orElse(null));
                changed.add(l);
            }
        }
        return changed;
    }

    static LineFacts facts(ImportStore.Line l) {
        return new LineFacts(l.accountId(), l.amount(), l.counterparty(), l.counterpartyIban(), l.purpose());
    }

    private void requireCategory(UUID bookId, Rule rule) {
        UUID category = rule.actions().categoryId();
        if (category != null && !access.context(bookId).categories().containsKey(category)) {
            throw new InvalidInputException("actions.categoryId", "is not a category of this book");
        }
    }

    private Rule find(UUID bookId, UUID ruleId) {
        return store.rule(bookId, ruleId).orElseThrow(() -> new NotFoundException("rule-not-found", "No such rule."));
    }
}
