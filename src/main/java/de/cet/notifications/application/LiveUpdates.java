package de.cet.notifications.application;

/**
 * Hands a live event to every instance's open clients. Publishing joins the caller's transaction: the
 * event goes out when it commits and never when it rolls back (PostgreSQL NOTIFY, ADR 0018).
 */
public interface LiveUpdates {
    void publish(LiveEvent event);
}
