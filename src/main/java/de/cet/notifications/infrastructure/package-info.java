/** SQL over the V140 tables, the recipients answered by identity and books, PostgreSQL NOTIFY and LISTEN. */
package de.cet.notifications.infrastructure;
