/**
 * How archives are made and read: the PostgreSQL catalogue, the NDJSON table codec, the ZIP layout,
 * OpenPGP through Bouncy Castle, advisory locks and the backup directory.
 */
package de.cet.backup.infrastructure;
