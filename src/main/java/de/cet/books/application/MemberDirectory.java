package de.cet.books.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who the members are (names, addresses). Implemented by the identity context, so that the books
 * context does not depend on it.
 */
public interface MemberDirectory {

    Map<UUID, Profile> profiles(Collection<UUID> userIds);

    record Profile(String displayName, String email) {}
}
