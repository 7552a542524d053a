-- Books: whether the municipality wants unspent public money back at the end of every period
-- (otherwise it is carried over, and repaid only at the end of the council's term). The transparency
-- report's disposition lines and the overview's repayment forecast follow it (docs/reporting.md).
alter table books_book add column repay_unspent_public_funds boolean not null default false;
