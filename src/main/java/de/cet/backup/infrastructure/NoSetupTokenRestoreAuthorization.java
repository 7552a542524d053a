package de.cet.backup.infrastructure;

import de.cet.backup.application.SetupTokenRestoreAuthorization;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Until identity provides bootstrap invitations, setup tokens authorise nothing. */
@DefaultBean
@ApplicationScoped
public class NoSetupTokenRestoreAuthorization implements SetupTokenRestoreAuthorization {
    @Override
    public boolean permitsRestore(String setupToken) {
        return false;
    }
}
