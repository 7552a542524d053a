-- Identity context: users, credentials, MFA, sessions with rotating refresh tokens, one-time tokens,
-- invitations, throttling state and security events.

create table identity_user (
    id              uuid primary key,
    email           varchar(320) not null,
    display_name    varchar(200) not null,
    password_hash   varchar(300) not null,
    locale          varchar(2)   not null check (locale in ('de', 'en')),
    email_verified  boolean      not null,
    instance_admin  boolean      not null,
    disabled        boolean      not null default false,
    totp_secret     varchar(64),
    totp_enabled    boolean      not null default false,
    totp_last_step  bigint,
    created_at      timestamptz  not null,
    version         bigint       not null
);
create unique index identity_user_email_uq on identity_user (lower(email));

create table identity_recovery_code (
    id         uuid primary key,
    user_id    uuid        not null references identity_user (id) on delete cascade,
    code_hash  varchar(64) not null,
    used_at    timestamptz
);
create index identity_recovery_code_user_idx on identity_recovery_code (user_id);

-- A session is one signed-in device; its refresh tokens form one family.
create table identity_session (
    id                  uuid primary key,
    user_id             uuid         not null references identity_user (id) on delete cascade,
    created_at          timestamptz  not null,
    last_used_at        timestamptz  not null,
    idle_expires_at     timestamptz  not null,
    absolute_expires_at timestamptz  not null,
    revoked_at          timestamptz,
    revoke_reason       varchar(40),
    user_agent          varchar(300),
    ip                  varchar(64),
    mfa_complete        boolean      not null
);
create index identity_session_user_idx on identity_session (user_id);

create table identity_refresh_token (
    token_hash  varchar(64) primary key,
    session_id  uuid        not null references identity_session (id) on delete cascade,
    issued_at   timestamptz not null,
    used_at     timestamptz
);
create index identity_refresh_token_session_idx on identity_refresh_token (session_id);

-- Email verification, email change, password reset and the MFA step of a login.
create table identity_one_time_token (
    token_hash  varchar(64) primary key,
    purpose     varchar(30)  not null,
    user_id     uuid         not null references identity_user (id) on delete cascade,
    email       varchar(320),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index identity_one_time_token_user_idx on identity_one_time_token (user_id, purpose);

create table identity_invitation (
    id              uuid primary key,
    token_hash      varchar(64)  not null unique,
    email           varchar(320) not null,
    book_id         uuid,
    role            varchar(20),
    instance_admin  boolean      not null,
    invited_by      uuid,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    accepted_at     timestamptz,
    accepted_by     uuid,
    revoked_at      timestamptz
);
create index identity_invitation_book_idx on identity_invitation (book_id);

-- Failed attempts per account or source address; in the database so that instances agree.
create table identity_throttle (
    throttle_key   varchar(400) primary key,
    failures       integer      not null,
    window_start   timestamptz  not null,
    blocked_until  timestamptz
);

create table identity_security_event (
    id           uuid primary key,
    user_id      uuid         not null references identity_user (id) on delete cascade,
    type         varchar(40)  not null,
    occurred_at  timestamptz  not null,
    ip           varchar(64),
    detail       varchar(500)
);
create index identity_security_event_user_idx on identity_security_event (user_id, occurred_at desc);
