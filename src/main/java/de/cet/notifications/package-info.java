/**
 * Notifications and live updates (PRODUCT.md 3.6, ADR 0018): what a user should know about — an approval
 * waiting, a claim approved, rejected or paid back, a budget at 80 % or 100 %, a period about to end, a
 * failed backup, a security event — stored in their inbox and mailed through the outbox, per their
 * preferences, in the transaction of the cause; a daily or weekly digest; and the {@code /me/live}
 * WebSocket that tells open clients what changed in their books, fanned out through PostgreSQL
 * LISTEN/NOTIFY across instances.
 */
package de.cet.notifications;
