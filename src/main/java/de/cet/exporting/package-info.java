/**
 * Exporting: what leaves CET for people outside the book. The DATEV EXTF Buchungsstapel a tax adviser
 * imports (with the book's mapping of its accounts and the official categories to SKR 03/04 accounts),
 * and the public transparency page a caucus may publish under a slug (the signed transparency reports of
 * the reporting context, without personal data). {@code domain} holds the DATEV rules and file format,
 * {@code application} the use cases and their ports, {@code infrastructure} the SQL, {@code api} the
 * resources and the public page's template. ADR 0020.
 */
package de.cet.exporting;
