package de.cet.identity.application;

import de.cet.books.application.MemberDirectory;
import de.cet.identity.domain.IdentityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tells the books context who its members are. */
@ApplicationScoped
class IdentityMemberDirectory implements MemberDirectory {

    private final IdentityRepository repository;

    IdentityMemberDirectory(IdentityRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, Profile> profiles(Collection<UUID> userIds) {
        Map<UUID, Profile> result = new HashMap<>();
        repository.usersByIds(userIds).forEach(u -> result.put(u.id(), new Profile(u.displayName(), u.email())));
        return result;
    }
}
