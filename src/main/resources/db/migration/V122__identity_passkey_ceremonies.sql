-- The server half of a passkey registration or sign-in between its two calls: the options (with the
-- random challenge) handed to the browser, single-use and expiring. A registration is bound to the user
-- and the session that asked for it; a sign-in belongs to nobody until its assertion names the user.
create table identity_passkey_ceremony (
    id            uuid primary key,
    kind          varchar(20)  not null check (kind in ('REGISTRATION', 'AUTHENTICATION')),
    user_id       uuid         references identity_user (id) on delete cascade deferrable initially immediate,
    session_id    uuid         references identity_session (id) on delete cascade deferrable initially immediate,
    request_json  text         not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    used_at       timestamptz,
    check ((kind = 'REGISTRATION') = (user_id is not null and session_id is not null))
);
create index identity_passkey_ceremony_expiry_idx on identity_passkey_ceremony (expires_at);
