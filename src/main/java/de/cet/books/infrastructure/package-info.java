/** JPA persistence of books and memberships. */
package de.cet.books.infrastructure;
