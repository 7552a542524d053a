-- Passkeys (WebAuthn credentials, ADR 0016): a user's registered public keys, signed in with instead of
-- password + TOTP. The credential id and COSE public key are base64url text, like the WebAuthn JSON,
-- so that a backup archive carries them as plain strings.
create table identity_passkey (
    id                 uuid primary key,
    user_id            uuid          not null references identity_user (id) on delete cascade
                                     deferrable initially immediate,
    credential_id      varchar(1400) not null,
    public_key_cose    varchar(2000) not null,
    -- The authenticator's signature counter as last seen; an assertion with a counter not above it
    -- (when either is non-zero) comes from a cloned authenticator and is refused.
    signature_count    bigint        not null check (signature_count >= 0),
    name               varchar(100)  not null,
    backup_eligible    boolean       not null,
    backed_up          boolean       not null,
    created_at         timestamptz   not null,
    last_used_at       timestamptz
);
-- One credential id belongs to one account (the browser answers only the id on sign-in).
create unique index identity_passkey_credential_uq on identity_passkey (credential_id);
create index identity_passkey_user_idx on identity_passkey (user_id);
