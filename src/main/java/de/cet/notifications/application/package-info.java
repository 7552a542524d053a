/**
 * The notifier (the port every context calls or whose events it observes), the inbox and preferences,
 * the scheduled checks (period ending, digests) and the live-update hub. Transactions live here.
 */
package de.cet.notifications.application;
