/**
 * The shared kernel: small, stable pieces every context uses — {@code Money}, the clock, the error
 * vocabulary and its single mapping to RFC 9457 problem documents, pagination, optimistic-concurrency
 * and idempotency support, and the transactional mail outbox. Nothing here knows about a context.
 */
package de.cet.shared;
