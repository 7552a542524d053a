package de.cet.ledger.application;

import de.cet.books.domain.BookCreated;
import de.cet.ledger.domain.catalogue.BookKindDefaults;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.category.CategoryRepository;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.PeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a new book its ledger in the creating transaction: the first period (the one asked for, else the
 * calendar year of the creation day) and the default categories of its kind — one per official category
 * for a caucus, a few everyday ones for a household or group.
 */
@ApplicationScoped
public class LedgerSetup {

    private final PeriodRepository periods;
    private final CategoryRepository categories;
    private final AuditTrail audit;
    private final Clock clock;
    private final EntityManager em;

    LedgerSetup(PeriodRepository periods, CategoryRepository categories, AuditTrail audit, Clock clock, EntityManager em) {
        this.periods = periods;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
        this.em = em;
    }

    void onBookCreated(@Observes BookCreated event) {
        // the book row must exist before the ledger rows that reference it
        em.flush();
        AccountingPeriod period;
        if (event.firstPeriod() != null) {
            period = AccountingPeriod.open(UUID.randomUUID(), event.bookId(), event.firstPeriod().name(),
                event.firstPeriod().startDate(), event.firstPeriod().endDate());
        } else {
            int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
            period = AccountingPeriod.open(UUID.randomUUID(), event.bookId(), String.valueOf(year),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        periods.save(period);
        audit.record(event.bookId(), event.createdBy(), "PERIOD_CREATED", "Period", period.id(), Payloads.period(period));
        OfficialCatalogue catalogue = OfficialCatalogue.current();
        int count = 0;
        for (BookKindDefaults.CategoryTemplate t : BookKindDefaults.forBookKind(event.kind().name()).categories(catalogue)) {
            categories.save(Category.create(UUID.randomUUID(), event.bookId(), t.name(), t.kind(), t.officialCode(),
                t.color(), t.emoji(), catalogue));
            count++;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", event.kind().name());
        payload.put("count", String.valueOf(count));
        audit.record(event.bookId(), event.createdBy(), "DEFAULT_CATEGORIES_CREATED", "Book", event.bookId(), payload);
    }
}
