package de.cet.importing.application;

import de.cet.importing.domain.format.CsvPresets;
import de.cet.importing.domain.format.CsvProfile;
import de.cet.ledger.application.LedgerAccess;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The book's saved CSV mapping profiles and the presets for common German banks. */
@ApplicationScoped
public class ProfileService {

    private final LedgerAccess access;
    private final ImportStore store;
    private final Clock clock;

    ProfileService(LedgerAccess access, ImportStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    public List<CsvPresets.Preset> presets() {
        return CsvPresets.all();
    }

    @Transactional
    public List<ImportStore.SavedProfile> list(UUID bookId, UUID userId) {
        access.bookkeeper(bookId, userId);
        return store.profiles(bookId);
    }

    @Transactional
    public ImportStore.SavedProfile create(UUID bookId, UUID userId, CsvProfile profile) {
        access.bookkeeper(bookId, userId);
        ImportStore.SavedProfile saved = new ImportStore.SavedProfile(UUID.randomUUID(), profile);
        if (!store.saveProfile(bookId, saved, clock.instant())) {
            throw new ConflictException("profile-name-taken", "The book already has an import profile of that name.");
        }
        return saved;
    }

    /** A saved profile of the book (by id) or a preset (by its id, e.g. {@code sparkasse}); 404 otherwise. */
    CsvProfile resolve(UUID bookId, String profileId) {
        UUID id = null;
        try {
            id = UUID.fromString(profileId.strip());
        } catch (IllegalArgumentException notAnId) {
            // a preset's name
        }
        if (id != null) {
            return store.profile(bookId, id).map(ImportStore.SavedProfile::profile)
                .orElseThrow(ProfileService::notFound);
        }
        return CsvPresets.find(profileId.strip()).map(CsvPresets.Preset::profile).orElseThrow(ProfileService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("import-profile-not-found", "No such import profile or preset.");
    }
}
