/** The import's use cases: import a file, the inbox, matching, rules, profiles, reconciliation. */
package de.cet.importing.application;
