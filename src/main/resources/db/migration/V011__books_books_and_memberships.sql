-- Books context: the book with its settings, and who is a member with which role.

create table books_book (
    id                   uuid primary key,
    name                 varchar(200)  not null,
    kind                 varchar(20)   not null check (kind in ('CAUCUS', 'HOUSEHOLD', 'GROUP')),
    currency             varchar(3)    not null check (currency = 'EUR'),
    require_approval     boolean       not null,
    four_eyes            boolean       not null,
    dual_approval_above  numeric(15,2),
    require_receipt      boolean       not null,
    election_date        date,
    locale               varchar(2)    not null check (locale in ('de', 'en')),
    created_at           timestamptz   not null,
    created_by           uuid          not null,
    version              bigint        not null
);

create table books_membership (
    book_id    uuid        not null references books_book (id) on delete cascade,
    user_id    uuid        not null references identity_user (id) on delete cascade,
    role       varchar(20) not null check (role in ('ADMIN', 'TREASURER', 'MEMBER', 'AUDITOR')),
    signatory  boolean     not null,
    joined_at  timestamptz not null,
    primary key (book_id, user_id)
);
create index books_membership_user_idx on books_membership (user_id);
