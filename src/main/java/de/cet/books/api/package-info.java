/** REST resources for books and members ({@code /books}, {@code /books/{id}/members}). */
package de.cet.books.api;
