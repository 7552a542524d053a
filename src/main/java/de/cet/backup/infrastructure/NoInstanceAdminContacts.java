package de.cet.backup.infrastructure;

import de.cet.backup.application.InstanceAdminContacts;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Used until a context that knows the administrators (identity) provides {@link InstanceAdminContacts}. */
@DefaultBean
@ApplicationScoped
public class NoInstanceAdminContacts implements InstanceAdminContacts {
    @Override
    public List<String> emails() {
        return List.of();
    }
}
