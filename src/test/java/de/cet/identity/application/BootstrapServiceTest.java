package de.cet.identity.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.Actors;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The positive path (empty database → invitation mailed and link logged) runs on the packaged jar in
 * bin/identity-smoke.py, since the shared test database always holds users.
 */
@QuarkusTest
class BootstrapServiceTest {

    @Inject
    BootstrapService bootstrap;

    @Test
    void noBootstrapInvitationOnceAUserExists() {
        Actors.user();
        assertTrue(bootstrap.inviteAdministratorIfNoUser("root@example.org").isEmpty());
    }
}
