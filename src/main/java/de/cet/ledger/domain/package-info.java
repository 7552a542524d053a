/**
 * The ledger's domain model. Aggregates are JPA entities (jakarta.persistence annotations, field access) but
 * use no other framework — no Panache, JAX-RS or Quarkus API — and keep their own invariants; rules that
 * need several aggregates (periods never overlap, cash never negative, closing blockers) are named
 * policies that application services call before they save.
 */
package de.cet.ledger.domain;
