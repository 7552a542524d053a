/**
 * The ledger's domain model: pure Java, no framework. Aggregates keep their own invariants; rules that
 * need several aggregates (periods never overlap, cash never negative, closing blockers) are named
 * policies that application services call before they save.
 */
package de.cet.ledger.domain;
