/** The book's own categories, each mapped to an official category, with an optional parent. */
package de.cet.ledger.domain.category;
