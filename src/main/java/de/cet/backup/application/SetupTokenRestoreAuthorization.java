package de.cet.backup.application;

/**
 * Extension point for identity: while no user exists, {@code POST /admin/restore} may be authorised by
 * the bootstrap invitation's token (form field {@code setupToken}) instead of an administrator's bearer
 * token. Identity implements this; until then, no setup token is accepted.
 */
public interface SetupTokenRestoreAuthorization {
    /** True if {@code setupToken} is the valid, unused bootstrap invitation token of an instance without users. */
    boolean permitsRestore(String setupToken);
}
