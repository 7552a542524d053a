/**
 * Books and membership: a book (a caucus's, a household's or a group's set of books) with its
 * settings, its members and their roles, and the access policy every book-scoped call goes through
 * (non-members see 404, members whose role lacks the right get 403).
 */
package de.cet.books;
