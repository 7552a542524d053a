package de.cet.backup.infrastructure;

import de.cet.backup.application.InstanceAdminContacts;
import de.cet.backup.application.SetupTokenRestoreAuthorization;
import de.cet.identity.application.InstanceAdministration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Backup's view of the instance administration, answered by the identity context. */
@ApplicationScoped
public class IdentityInstanceAdmins implements InstanceAdminContacts, SetupTokenRestoreAuthorization {

    private final InstanceAdministration administration;

    IdentityInstanceAdmins(InstanceAdministration administration) {
        this.administration = administration;
    }

    @Override
    public List<String> emails() {
        return administration.administratorEmails();
    }

    @Override
    public boolean permitsRestore(String setupToken) {
        return administration.isOpenBootstrapInvitation(setupToken);
    }
}
