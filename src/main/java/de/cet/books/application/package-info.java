/**
 * Book use cases and {@link de.cet.books.application.BookAccess}, the one authorization entry point for
 * every book-scoped call in every context.
 */
package de.cet.books.application;
