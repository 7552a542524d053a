-- Password-reset requests (issue 12). POST /auth/password-reset only stores one of these rows, the same
-- work for any address, so its timing tells nothing about accounts; a worker does the lookup, the
-- throttling, the token and the mail. A row whose request was mailed stays for the throttle window:
-- the mails of the last hour per address and per source are counted from these rows. Every other row
-- is deleted once processed.
create table identity_password_reset_request (
    id            uuid         primary key,
    email         varchar(320) not null,
    source        varchar(64)  not null,
    requested_at  timestamptz  not null,
    processed_at  timestamptz,
    mailed        boolean      not null default false
);
create index identity_password_reset_request_due on identity_password_reset_request (requested_at)
    where processed_at is null;
create index identity_password_reset_request_email on identity_password_reset_request (email, processed_at)
    where mailed;
create index identity_password_reset_request_source on identity_password_reset_request (source, processed_at)
    where mailed;
