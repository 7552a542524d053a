/** {@code /admin/backups} and {@code /admin/restore} for instance administrators. */
package de.cet.backup.api;
