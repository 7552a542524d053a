/**
 * Identity model: users with credentials and TOTP, sessions with rotating refresh-token families,
 * invitations, one-time tokens, recovery codes, security events and the throttling store.
 */
package de.cet.identity.domain;
