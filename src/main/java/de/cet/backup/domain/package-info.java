/** Backup runs and the archive's manifest, and the rules on them (load order, schema compatibility). */
package de.cet.backup.domain;
