/** The ledger's REST resources (API.md "Books and membership" ledger parts and "Ledger"): DTO in, one application call, DTO out. */
package de.cet.ledger.api;
