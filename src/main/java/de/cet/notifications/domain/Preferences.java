package de.cet.notifications.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * One user's choices: channels per kind (every kind defaults to mail and inbox) and the digest cadence.
 * Security notices cannot be switched off: asking for it is refused, and they always go both ways.
 */
public final class Preferences {

    private final EnumMap<NotificationKind, Channels> choices;
    private final DigestCadence digest;

    private Preferences(EnumMap<NotificationKind, Channels> choices, DigestCadence digest) {
        this.choices = choices;
        this.digest = digest;
    }

    public static Preferences defaults() {
        return new Preferences(new EnumMap<>(NotificationKind.class), DigestCadence.NONE);
    }

    /**
     * The preferences from what was chosen; a kind not named keeps its default.
     *
     * @throws AlwaysOnException when a security kind is to be switched off, fully or by one channel
     */
    public static Preferences of(Map<NotificationKind, Channels> chosen, DigestCadence digest) {
        EnumMap<NotificationKind, Channels> choices = new EnumMap<>(NotificationKind.class);
        chosen.forEach((kind, channels) -> {
            if (kind.alwaysOn() && !channels.equals(Channels.BOTH)) {
                throw new AlwaysOnException(kind);
            }
            if (!kind.alwaysOn()) {
                choices.put(kind, channels);
            }
        });
        return new Preferences(choices, digest == null ? DigestCadence.NONE : digest);
    }

    public Channels channels(NotificationKind kind) {
        return kind.alwaysOn() ? Channels.BOTH : choices.getOrDefault(kind, Channels.BOTH);
    }

    public DigestCadence digest() {
        return digest;
    }

    /** The choices that differ from the default (what is stored). */
    public Map<NotificationKind, Channels> deviations() {
        EnumMap<NotificationKind, Channels> out = new EnumMap<>(NotificationKind.class);
        choices.forEach((kind, channels) -> {
            if (!channels.equals(Channels.BOTH)) {
                out.put(kind, channels);
            }
        });
        return out;
    }

    /** Asking to switch a security notice off. */
    public static final class AlwaysOnException extends RuntimeException {
        private final NotificationKind kind;

        public AlwaysOnException(NotificationKind kind) {
            super(kind + " notifications cannot be switched off");
            this.kind = kind;
        }

        public NotificationKind kind() {
            return kind;
        }
    }
}
