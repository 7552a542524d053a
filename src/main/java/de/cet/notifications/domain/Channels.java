package de.cet.notifications.domain;

/** Where a notification of one kind goes: by mail, into the inbox, both or neither. */
public record Channels(boolean email, boolean inApp) {

    public static final Channels BOTH = new Channels(true, true);

    public boolean any() {
        return email || inApp;
    }
}
