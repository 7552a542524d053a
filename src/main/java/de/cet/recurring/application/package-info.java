/** Recurring use cases, authorization, and the catch-up that turns due dates into ledger entries exactly once. */
package de.cet.recurring.application;
