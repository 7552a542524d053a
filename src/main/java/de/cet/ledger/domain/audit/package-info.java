/** The append-only, per-book hash chain of everything that changed, and its verifier. */
package de.cet.ledger.domain.audit;
