package de.cet.identity.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** The identity context's settings (application.properties, section "Identity and access"). */
@ConfigMapping(prefix = "cet.identity")
public interface IdentityConfig {

    Jwt jwt();

    /** Lifetime of access tokens; at most 15 minutes. */
    Duration accessTokenTtl();

    /** A session whose refresh token is not used for this long ends. */
    Duration refreshIdleTtl();

    /** A session ends this long after sign-in, whatever happens. */
    Duration refreshAbsoluteTtl();

    /** Optional policy: a new sign-in ends the user's other sessions. */
    boolean singleSession();

    /** Users without MFA get only a token that can enroll. */
    boolean mfaRequired();

    Duration invitationTtl();

    Duration verificationTtl();

    Duration passwordResetTtl();

    Duration mfaChallengeTtl();

    Argon2 argon2();

    /** Argon2 hashes computed at once; 0 = number of cores. */
    int hashConcurrency();

    /** How long a sign-in waits for a hashing slot before it is told to retry. */
    Duration hashWait();

    Throttle throttle();

    PasswordReset passwordReset();

    Passkeys passkeys();

    /** WebAuthn relying party (ADR 0016). */
    interface Passkeys {
        /** The RP ID (a host name, no port); empty = the host of {@code cet.public-url}. */
        Optional<String> rpId();

        /** The name authenticators show. */
        String rpName();

        /** Origins the browser may sign on (scheme, host, port); empty = the origin of {@code cet.public-url}. */
        Optional<java.util.List<String>> origins();

        /** Accept any port on the configured origins (dev and test run on changing ports). */
        boolean allowAnyPort();

        /** How long the options of a registration or sign-in stay usable. */
        Duration challengeTtl();
    }

    interface Jwt {
        String issuer();

        String audience();

        Optional<String> privateKeyLocation();

        Optional<String> publicKeyLocation();

        Duration clockSkew();
    }

    interface Argon2 {
        int memoryKib();

        int iterations();

        /** CET_ARGON2_NATIVE: use the native libargon2 when it is installed (ADR 0010). */
        @WithName("native")
        boolean useNative();
    }

    interface PasswordReset {
        /** Reset mails to one address within the window; further requests send nothing. */
        int mailsPerAddress();

        /** Reset mails caused by requests from one source address within the window. */
        int mailsPerSource();

        Duration window();

        /** How often the worker looks for requests that were not processed right after they came. */
        String pollInterval();
    }

    interface Throttle {
        /** Failures of one account allowed before delays start. */
        int freeFailures();

        /** Failures from one source address allowed before delays start (many users may share one). */
        int sourceFreeFailures();

        Duration baseDelay();

        Duration maxDelay();

        /** Failures older than this are forgotten. */
        Duration window();
    }
}
