/**
 * Identity use cases: sign-in with password and TOTP, sessions and refresh-token rotation, invitations
 * and bootstrap, account flows (password, email, reset, verification), throttling, security events.
 */
package de.cet.identity.application;
