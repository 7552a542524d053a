-- Reporting: signatories' sign-offs of a closed period's transparency report (PRODUCT.md 3.5).
-- One sign-off per signatory and period covers both funds' reports of that period; two make them final.
create table reporting_sign_off (
    book_id   uuid        not null,
    period_id uuid        not null,
    user_id   uuid        not null,
    signed_at timestamptz not null,
    primary key (period_id, user_id),
    foreign key (book_id, period_id) references ledger_period (book_id, id)
);
create index reporting_sign_off_book_idx on reporting_sign_off (book_id, period_id);
