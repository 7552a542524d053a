/** Budget windows, limits over time, the status arithmetic (rollover, spendable today) and the thresholds. Pure Java. */
package de.cet.budgeting.domain;
