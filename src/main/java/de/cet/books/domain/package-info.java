/** The book aggregate with its settings, memberships with roles, and the event fired when a book is created. */
package de.cet.books.domain;
