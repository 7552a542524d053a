package de.cet.backup.application;

import java.util.List;

/**
 * Extension point: the mail addresses of the instance administrators, who are told when a backup fails.
 * The identity context provides the real implementation; until then nobody but {@code CET_BACKUP_EMAIL_TO}
 * is told.
 */
public interface InstanceAdminContacts {
    List<String> emails();
}
