package de.cet.exporting.application;

import de.cet.books.application.BookAccess;
import de.cet.books.domain.BookRole;
import de.cet.exporting.domain.PublicSlug;
import de.cet.reporting.application.TransparencyReports;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransparencyReport;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The public transparency page: a book's admin switches it on under a slug; then anyone reads the book's
 * final (signed by the required signatories) transparency reports, per closed period and fund. Nothing of a
 * book that has not opted in is visible: an unknown slug and a switched-off page both answer 404.
 */
@ApplicationScoped
public class Publications {

    /** The setting as the book's members see it. */
    public record Setting(boolean enabled, String slug, long version) {}

    /** The public page's content: the book's name and its signed reports (newest period first). */
    public record PublishedBook(String slug, String bookName, List<PublishedReport> reports) {}

    public record PublishedReport(UUID periodId, TransparencyReport report) {}

    private final BookAccess access;
    private final ExportingQueries queries;
    private final TransparencyReports transparency;
    private final Clock clock;

    Publications(BookAccess access, ExportingQueries queries, TransparencyReports transparency, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.transparency = transparency;
        this.clock = clock;
    }

    /** Every member sees whether and where the book publishes. */
    @Transactional
    public Setting setting(UUID bookId, UUID userId) {
        access.requireMember(bookId, userId);
        return queries.publicationOf(bookId).map(p -> new Setting(p.enabled(), p.slug(), p.version()))
            .orElse(new Setting(false, null, 0));
    }

    /** ADMIN only: switch the page on or off, choose its slug (unique in the instance). */
    @Transactional
    public Setting change(UUID bookId, UUID userId, ExpectedVersion expected, boolean enabled, String slug) {
        access.requireRole(bookId, userId, BookRole.ADMIN);
        Optional<ExportingQueries.Publication> current = queries.publicationOf(bookId);
        expected.check(current.map(ExportingQueries.Publication::version).orElse(0L));
        String chosen = slug == null || slug.isBlank() ? current.map(ExportingQueries.Publication::slug).orElse(null) : slug;
        if (chosen == null) {
            throw new InvalidInputException("slug", "is required");
        }
        String problem = PublicSlug.problem(chosen);
        if (problem != null) {
            throw new InvalidInputException("slug", problem);
        }
        Optional<ExportingQueries.Publication> holder = queries.publicationBySlug(chosen);
        if (holder.isPresent() && !holder.get().bookId().equals(bookId)) {
            throw new ConflictException("slug-taken", "Another book publishes under this address already; choose another.");
        }
        long version = current.map(ExportingQueries.Publication::version).orElse(0L) + 1;
        queries.savePublication(new ExportingQueries.Publication(bookId, chosen, enabled, clock.instant(), userId, version));
        return new Setting(enabled, chosen, version);
    }

    /**
     * The published book: its final reports, per closed period (or only {@code periodId}) and per fund the
     * book has accounts in; 404 when no book publishes under the slug (or the period is not one of its closed
     * ones).
     */
    @Transactional
    public PublishedBook published(String slug, UUID periodId, ReportLanguage language) {
        ExportingQueries.Publication publication = (slug == null || PublicSlug.problem(slug) != null ? null
            : queries.publicationBySlug(slug).filter(ExportingQueries.Publication::enabled).orElse(null));
        if (publication == null) {
            throw new NotFoundException("page-not-found", "No book publishes under this address.");
        }
        UUID bookId = publication.bookId();
        List<ExportingQueries.PeriodRef> periods = queries.closedPeriods(bookId);
        if (periodId != null) {
            periods = periods.stream().filter(p -> p.id().equals(periodId)).toList();
            if (periods.isEmpty()) {
                throw new NotFoundException("period-not-found", "No such published period.");
            }
        }
        Set<Fund> funds = EnumSet.noneOf(Fund.class);
        queries.moneyAccounts(bookId).forEach(a -> funds.add(Fund.valueOf(a.fund())));
        List<PublishedReport> reports = new ArrayList<>();
        for (ExportingQueries.PeriodRef period : periods) {
            for (Fund fund : funds) {
                TransparencyReport report = transparency.publishedReport(bookId, period.id(), fund, language);
                if (!report.draft()) {
                    reports.add(new PublishedReport(period.id(), report));
                }
            }
        }
        return new PublishedBook(publication.slug(), access.settings(bookId).name(), reports);
    }
}
