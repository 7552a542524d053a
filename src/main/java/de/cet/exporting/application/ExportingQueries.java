package de.cet.exporting.application;

import de.cet.exporting.domain.LedgerEntry;
import de.cet.exporting.domain.SkrChart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the exporting use cases read and store (one SQL statement each). */
public interface ExportingQueries {

    /** The book's BOOKED entries dated in [from, to], by date and booking time, with their first receipt number. */
    List<LedgerEntry> bookedEntries(UUID bookId, LocalDate from, LocalDate to);

    /** The book's bank and cash accounts, by name. */
    List<MoneyAccount> moneyAccounts(UUID bookId);

    Optional<StoredDatevSettings> datevSettings(UUID bookId);

    /** Replaces the book's DATEV settings; {@code version} is the new version. */
    void saveDatevSettings(UUID bookId, StoredDatevSettings settings);

    Optional<Publication> publicationOf(UUID bookId);

    /** The publication with this slug, whether enabled or not. */
    Optional<Publication> publicationBySlug(String slug);

    void savePublication(Publication publication);

    /** The closed periods of the book, newest first. */
    List<PeriodRef> closedPeriods(UUID bookId);

    record MoneyAccount(UUID id, String name, String type, String fund) {}

    record StoredDatevSettings(SkrChart chart, Integer consultantNumber, Integer clientNumber, String memberAccount,
                               Map<String, String> categories, Map<UUID, String> accounts, long version) {}

    record Publication(UUID bookId, String slug, boolean enabled, Instant changedAt, UUID changedBy, long version) {}

    record PeriodRef(UUID id, String name, LocalDate start, LocalDate end) {}
}
