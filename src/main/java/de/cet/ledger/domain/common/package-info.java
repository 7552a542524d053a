/** Values every ledger aggregate takes in: the acting user, the book's rules, the ledger's problem types. */
package de.cet.ledger.domain.common;
