/** {@code /me/notifications}, {@code /me/notification-preferences} and the {@code /me/live} WebSocket. */
package de.cet.notifications.api;
