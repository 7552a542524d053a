/**
 * Use cases of the ledger: one transactional method per request, given the acting user's id. Each checks
 * membership and role itself (non-member 404, missing right 403, object of another book 404), loads the
 * aggregates, lets the domain decide and appends every change to the book's audit chain in the same
 * transaction.
 */
package de.cet.ledger.application;
