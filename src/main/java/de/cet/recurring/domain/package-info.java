/** Schedules (due dates across month ends and leap years) and the recurring template. Pure Java. */
package de.cet.recurring.domain;
