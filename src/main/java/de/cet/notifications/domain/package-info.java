/** Kinds, channels and preferences, the digest cadence and the period-ending rule. Pure Java. */
package de.cet.notifications.domain;
