/** Use cases: run a backup (scheduled or on demand), list and download runs, restore an archive. */
package de.cet.backup.application;
