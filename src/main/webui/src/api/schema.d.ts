// Generated from CET's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/v1/admin/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup runs
         * @description Instance administrators only; newest first, with size, SHA-256 and result.
         */
        get: operations["listBackups"];
        put?: never;
        /**
         * Run a backup now
         * @description Instance administrators only. Answers when the backup has finished, with its result (SUCCEEDED or FAILED).
         */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/backups/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a backup archive
         * @description Instance administrators only. The OpenPGP-encrypted archive as an attachment; the `Digest` header carries its SHA-256.
         */
        get: operations["downloadBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup into this instance
         * @description Into an instance without data: an instance administrator, or on a fresh instance without users the bootstrap invitation's token (`setupToken`). Multipart: `archive` with `passphrase`, or with `privateKey` (armored) and an optional `privateKeyPassphrase`. 409 on an instance with data or while a backup runs; 422 for a damaged, undecryptable or newer archive.
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all users
         * @description Instance administrators only.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable or enable a user
         * @description Instance administrators only. Disabling ends all of the user's sessions at once.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's security events
         * @description Instance administrators only; newest first.
         */
        get: operations["listUserSecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email-verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address
         * @description With the token of the verification mail.
         */
        post: operations["confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Answers the tokens, or `mfaRequired` with an `mfaToken` for the second step (POST /auth/login/mfa). Failed attempts are throttled per account and per source address (429).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a sign-in with a second factor
         * @description The `mfaToken` of the first step and a TOTP or recovery code.
         */
        post: operations["loginWithMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the session of the refresh token.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a passkey
         * @description The browser's answer to the options of `beginPasskeySignIn`. Answers the tokens as a completed password + TOTP sign-in does (a session is opened, the sign-in recorded). The ceremony is spent by this call whatever its outcome. 401 `invalid-passkey` for every refusal (unknown, used or expired ceremony, unknown or removed passkey, disabled account, wrong origin, bad signature, signature counter not increased); failures are throttled per source address (429).
         */
        post: operations["signInWithPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passkey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a sign-in with a passkey
         * @description Answers the options for `navigator.credentials.get` (any passkey of this site, user verification required), usable once for `cet.identity.passkeys.challenge-ttl`.
         */
        post: operations["beginPasskeySignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password-reset link
         * @description The same answer for unknown addresses, so that the answer tells nobody whether an account exists.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a mailed reset token
         * @description Ends all sessions of the account and signs nobody in.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description The refresh token is spent; reusing a spent one ends the whole session.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my books
         * @description The books the caller is a member of, with the role in each; sortable by name or kind.
         */
        get: operations["listBooks"];
        put?: never;
        /**
         * Create a book
         * @description The caller becomes its ADMIN; `firstPeriod` optionally creates its first accounting period.
         */
        post: operations["createBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a book
         * @description A book and its settings; the `ETag` header carries its version for `If-Match`.
         */
        get: operations["getBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a book's settings
         * @description ADMIN only; `If-Match` or `version` required. Absent fields keep their value; an explicit `null` clears `dualApprovalAbove` or `electionDate`.
         */
        patch: operations["updateBook"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's accounts
         * @description With each balance at the end of `date` (default today).
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Open an account
         * @description ADMIN or TREASURER. A bank account, cash box or other money store of the book, with its fund and opening balance.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account
         * @description With its balance at the end of `date` (default today); `ETag` header.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or archive an account
         * @description ADMIN or TREASURER; `If-Match` or `version` required. Absent or null fields keep their value.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/accounts/{accountId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bank statement
         * @description ADMIN or TREASURER. Multipart `file` (CAMT.053 .001.02–.08 XML or a ZIP of them, MT940, CSV) and, for a CSV, `profileId`. The format is detected from the content. All or nothing: a refused file stores no line. The same or an overlapping file again adds only what is new; lines resembling ones already in the inbox are kept as DUPLICATE_SUSPECTED. 415 for a file that is no statement, 413 over the size or ZIP limits, 422 for an unreadable file (with `row` where it has one), a statement for another IBAN, or XML with a DOCTYPE.
         */
        post: operations["importStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/accounts/{accountId}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reconcile an account with its statements
         * @description ADMIN, TREASURER, AUDITOR. At the end of `date` (default today).
         */
        get: operations["getReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/advances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open advances per member
         * @description What the book owes each member who paid from their own pocket, until it is reimbursed.
         */
        get: operations["listAdvances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's audit log
         * @description ADMIN, TREASURER or AUDITOR; oldest first. Every entry is chained to the previous one by its hash. Optional filters: `action`, `entityType`, `entityId` (exact), `actorId`, `from`/`to` (UTC days, both included).
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/audit-log/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the audit log
         * @description Recomputes the hash chain: whether it is intact, how many entries it has, and the first broken entry.
         */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the balances of a book
         * @description Every account and each fund (PUBLIC, OWN) at the end of `date` (default today).
         */
        get: operations["getBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/bank-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox of bank lines
         * @description ADMIN, TREASURER, AUDITOR. Filter by `status` and `accountId`; ordered by booking date. Open lines (NEW, DUPLICATE_SUSPECTED) carry up to three suggested entries with a score from 0 to 1.
         */
        get: operations["listBankLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/bank-lines/{lineId}/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a booked entry from a line
         * @description ADMIN or TREASURER. An expense for money out, an income for money in, booked on the line's date through the ledger's rules (a book requiring approval refuses it: record and approve the entry, then match it).
         */
        post: operations["createFromBankLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/bank-lines/{lineId}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ignore a line
         * @description ADMIN or TREASURER.
         */
        post: operations["ignoreBankLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/bank-lines/{lineId}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Match a line to an entry
         * @description ADMIN or TREASURER. The entry must move the line's account by the line's amount and have no line yet (409 otherwise, also when another line took it at the same moment). An entry not yet booked is booked on the line's account and date where the book's approval rules allow it.
         */
        post: operations["matchBankLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/bank-lines/{lineId}/not-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a suspected duplicate is a payment of its own
         * @description ADMIN or TREASURER. The line becomes NEW.
         */
        post: operations["confirmBankLineNotDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's budgets
         * @description Every member. In the order they were created (`sort=name` by name).
         */
        get: operations["listBudgets"];
        put?: never;
        /**
         * Create a budget
         * @description ADMIN or TREASURER. `Idempotency-Key` honoured.
         */
        post: operations["createBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/budgets/{budgetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a budget
         * @description `ETag` header.
         */
        get: operations["getBudget"];
        put?: never;
        post?: never;
        /**
         * Delete a budget
         * @description ADMIN or TREASURER. Deletes the budget only: no transaction is deleted or changed.
         */
        delete: operations["deleteBudget"];
        options?: never;
        head?: never;
        /**
         * Change a budget
         * @description ADMIN or TREASURER; `If-Match` or `version` required. Absent fields keep their value; a new limit holds from the current window on, recalculated at once.
         */
        patch: operations["updateBudget"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/budgets/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get every budget's status
         * @description Every member. Per budget the window of its cadence containing `date` (default today): limit, carried in, spent, remaining, spendable today, days left, percent used. Budgets without a window on that day (not started yet; PERIOD and the day in no period) are left out.
         */
        get: operations["getBudgetStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's categories
         * @description Sortable by officialCode or name.
         */
        get: operations["listCategories"];
        put?: never;
        /**
         * Create a category
         * @description ADMIN or TREASURER. Maps to an official category; may be a sub-category of another.
         */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a category
         * @description `ETag` header.
         */
        get: operations["getCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or archive a category
         * @description ADMIN or TREASURER; `If-Match` or `version` required. Absent fields keep their value; `parentId: null` moves the category to the top level.
         */
        patch: operations["updateCategory"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/exports/datev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the DATEV Buchungsstapel of a period
         * @description ADMIN, TREASURER or AUDITOR. DATEV-Format EXTF (header version 700, category 21 Buchungsstapel, format version 13): the period's booked entries with the book's account mapping (`/settings/datev`), Windows-1252, `;`, CRLF, file name `EXTF_Buchungsstapel_<from>_<to>.csv`.
         */
        get: operations["exportDatev"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/import-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The book's CSV import profiles
         * @description ADMIN or TREASURER.
         */
        get: operations["listImportProfiles"];
        put?: never;
        /**
         * Save a CSV import profile
         * @description ADMIN or TREASURER. 409 when the book has a profile of that name.
         */
        post: operations["createImportProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the inventory register
         * @description The items bought with booked expenses of the official inventory category (EX-700).
         */
        get: operations["listInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/inventory/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inventory item
         * @description `ETag` header.
         */
        get: operations["getInventoryItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Describe, relocate or dispose of an inventory item
         * @description ADMIN or TREASURER; `If-Match` or `version` required. Absent or null fields keep their value.
         */
        patch: operations["updateInventoryItem"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's open invitations
         * @description ADMIN only.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite an address into the book
         * @description ADMIN only. The invitation link with the role is mailed to the address.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an open invitation
         * @description ADMIN only; the link stops working at once.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a book
         * @description Members with their roles and signatory flags; sortable by joinedAt, displayName or role.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member or leave the book
         * @description An ADMIN removes anyone; every member may remove themselves (leave). The last ADMIN stays.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role or signatory flag
         * @description ADMIN only. Absent or null fields keep their value.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the dashboard overview of a book
         * @description Every member: balances per account and fund, totals per category and month, open approvals, open advances, the forecast of the period-end balance (run-rate plus the recurring transactions still to come) and the public money to repay, and every budget's status on `asOf`.
         */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's periods
         * @description Oldest first by default.
         */
        get: operations["listPeriods"];
        put?: never;
        /**
         * Create an accounting period
         * @description ADMIN or TREASURER. The periods of a book never overlap (409).
         */
        post: operations["createPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/periods/{periodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a period
         * @description `ETag` header.
         */
        get: operations["getPeriod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/periods/{periodId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a period
         * @description ADMIN or TREASURER. 409 with the blockers (e.g. open approvals); otherwise the closing balances are carried into the next period.
         */
        post: operations["closePeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/periods/{periodId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a closed period's transparency report
         * @description A signatory signs; two signatures make the report final (no longer a draft).
         */
        post: operations["signOffPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a receipt
         * @description Multipart field `file`. 201 with the new receipt, or 200 with the stored one when the same file is already in the book. The type is detected from the content: PDF, JPEG, PNG, WebP, HEIC or XML (XRechnung); others are refused with 415, files above the limit with 413. `Idempotency-Key` honoured.
         */
        post: operations["uploadReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/receipts/{receiptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a receipt's metadata
         * @description Number, file name, detected content type, size, SHA-256, period and who uploaded it when.
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/receipts/{receiptId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the receipt file
         * @description The file itself as an attachment, with its detected content type; members of the book only.
         */
        get: operations["downloadReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/receipts/{receiptId}/extraction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a receipt's data to prefill an expense
         * @description Every member. ZUGFeRD / Factur-X PDFs (MINIMUM to EXTENDED) and XRechnung XML (CII or UBL): gross amount, VAT, invoice date, seller, invoice number, IBAN (confidence 1). Photos (JPEG, PNG, WebP) and scanned PDFs are read by OCR (`OCR`: the total, the date, the merchant, perhaps the VAT; a confidence below 1); the first call may take a few seconds, later ones answer from the cache. `NONE` when nothing was found, for HEIC, or where OCR is not installed. 422 `receipt-unreadable` for a damaged file, 422 `image-too-large` for an image declaring too many pixels, 415 `xml-refused` for XML with a DOCTYPE, 503 `ocr-busy` with `Retry-After` when the OCR queue is full.
         */
        get: operations["getReceiptExtraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/receipts/{receiptId}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A small picture of the receipt
         * @description Every member. A JPEG at most 320 pixels wide and high of a photo (JPEG, PNG) or of a PDF's first page; `ETag` and `Cache-Control: private`, `If-None-Match` answers 304. 415 `thumbnail-unsupported` for WebP, HEIC and XML receipts, 422 `image-too-large` for an image that declares too many pixels, 422 `receipt-unreadable` for a damaged file.
         */
        get: operations["getReceiptThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/recurring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the book's recurring transactions
         * @description Every member. In the order they were created.
         */
        get: operations["listRecurring"];
        put?: never;
        /**
         * Create a recurring transaction
         * @description ADMIN or TREASURER. Due dates from the day of creation on become entries; one due today is made at once. `Idempotency-Key` honoured.
         */
        post: operations["createRecurring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/recurring/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recurring transaction
         * @description `ETag` header.
         */
        get: operations["getRecurring"];
        put?: never;
        post?: never;
        /**
         * Delete a recurring transaction
         * @description ADMIN or TREASURER. The entries it made stay in the ledger.
         */
        delete: operations["deleteRecurring"];
        options?: never;
        head?: never;
        /**
         * Change a recurring transaction
         * @description ADMIN or TREASURER; `If-Match` or `version` required.
         */
        patch: operations["updateRecurring"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/reports/audit-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the audit package of a period
         * @description ADMIN, TREASURER or AUDITOR. A ZIP, streamed: the period's reports, its entries as CSV, the receipts and a SHA256SUMS file.
         */
        get: operations["downloadAuditPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/reports/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the expense report of a date range
         * @description Every member. The filters of the transactions search; booked entries unless `status` is given; grouped by category with receipt numbers and subtotals. `format=json` (default), `csv` or `pdf`; `lang=de` (default) or `en`.
         */
        get: operations["getExpenseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/reports/transparency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the transparency report of a period
         * @description Every member; one fund (`fund=PUBLIC` default, or `OWN`). `format=json` (default), `csv` or `pdf`; `lang=de` (default) or `en`. Draft until two signatories have signed the closed period.
         */
        get: operations["getTransparencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The book's rules
         * @description ADMIN, TREASURER, AUDITOR. In the order they are tried: ascending priority, then name.
         */
        get: operations["listRules"];
        put?: never;
        /**
         * Create a rule
         * @description ADMIN or TREASURER. All conditions must hold; the first rule by priority (default 100) that holds sets its actions on a line. Text comparisons ignore case; `regex` is RE2 syntax (linear-time matching, found anywhere in the text).
         */
        post: operations["createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rule
         * @description ADMIN or TREASURER. Lines it categorised keep what it set.
         */
        delete: operations["deleteRule"];
        options?: never;
        head?: never;
        /**
         * Change a rule
         * @description ADMIN or TREASURER. The whole rule as on create, with `version` (or `If-Match`); 412 when it changed meanwhile.
         */
        patch: operations["replaceRule"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/rules/{ruleId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which open lines a rule touches
         * @description ADMIN or TREASURER. Changes nothing.
         */
        post: operations["testRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/rules/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply the rules to the open lines
         * @description ADMIN or TREASURER. Answers the lines whose rule changed.
         */
        post: operations["applyRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/rules/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which open lines an unsaved rule would touch
         * @description ADMIN or TREASURER. Changes nothing.
         */
        post: operations["testRuleDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/settings/datev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the book's DATEV settings and account mapping
         * @description ADMIN, TREASURER or AUDITOR; the `ETag` header carries the version for `If-Match`.
         */
        get: operations["getDatevSettings"];
        /**
         * Change the book's DATEV settings and account mapping
         * @description ADMIN or TREASURER; `If-Match` or `version` required. Replaces chart, numbers and overrides.
         */
        put: operations["changeDatevSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/settings/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the book's public-page setting
         * @description Every member; off (and without a slug) until an ADMIN switches it on. `ETag` header for `If-Match`.
         */
        get: operations["getPublication"];
        /**
         * Switch the public page on or off and set its slug
         * @description ADMIN only; `If-Match` or `version` required (0 before the first save). 409 `slug-taken` when another book publishes under the slug.
         */
        put: operations["changePublication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/settle-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Propose how to settle up
         * @description The fewest transfers that bring every balance at the end of `date` (default today) to 0.00.
         */
        get: operations["getSettleUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a settlement
         * @description One member paid another back. A MEMBER records settlements they paid or received; TREASURER and ADMIN any. `Idempotency-Key` honoured.
         */
        post: operations["createSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/settlements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a settlement
         * @description Who paid whom how much back, on which day, recorded by whom.
         */
        get: operations["getSettlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/split-balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get who owes whom
         * @description Every member's `paid`, `owes` and `net` at the end of `date` (default today) over the booked entries with a split, their reversals and the settlements; the nets sum to 0.00. Where members advanced money for the book, the book appears as a party owing it.
         */
        get: operations["getSplitBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/splits/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the split of an entry
         * @description Who paid and each member's part; 404 when the entry has no split.
         */
        get: operations["getEntrySplit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search entries
         * @description Filters from, to, type, status, accountId, categoryId, memberId, minAmount, maxAmount and q (text); sort by date, amount, createdAt, status, type or counterparty (ties by id). Answers the totals of the whole filtered set and, when more entries follow, `nextCursor` for the next page.
         */
        get: operations["listTransactions"];
        put?: never;
        /**
         * Record an entry
         * @description An income, expense or transfer, as DRAFT (default), SUBMITTED or BOOKED, optionally with a `split` among members (expenses and incomes). `Idempotency-Key` honoured.
         */
        post: operations["createTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entry
         * @description With its compliance warnings; `ETag` header.
         */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        /**
         * Delete a draft
         * @description Only drafts: any other status answers 409 (booked entries are reversed instead).
         */
        delete: operations["deleteTransaction"];
        options?: never;
        head?: never;
        /**
         * Edit an entry
         * @description A draft (own, or any as TREASURER) or a submitted entry (TREASURER); `If-Match` or `version` required. Absent fields keep their value; an explicit `null` clears an optional field.
         */
        patch: operations["updateTransaction"];
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted entry
         * @description A four-eyes breach (approving one's own entry where the book requires four eyes) answers 403.
         */
        post: operations["approveTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book an entry
         * @description TREASURER or ADMIN; optionally on another account and date.
         */
        post: operations["bookTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entry's change history
         * @description Every change: who, when, which fields, before and after.
         */
        get: operations["getTransactionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a submitted entry
         * @description With a reason.
         */
        post: operations["rejectTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a booked entry
         * @description Creates a linked reversal entry (`reversalOf`) and answers it; the original links to it by `reversedBy`.
         */
        post: operations["reverseTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/rework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rework a rejected entry
         * @description Creates a new draft linked to the rejected entry (`reworkOf`).
         */
        post: operations["reworkTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/transactions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft for approval
         * @description DRAFT to SUBMITTED.
         */
        post: operations["submitTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-profiles/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV presets for German banks
         * @description Sparkasse, Volksbank/Raiffeisenbank, GLS, DKB, ING, Commerzbank, Deutsche Bank, N26 — from the banks' documented export columns.
         */
        get: operations["listImportProfilePresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview an invitation
         * @description What an invitation link offers (address, book, role). Unknown, used, revoked or expired links answer 404.
         */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Without a bearer token, `displayName` and `password` create the invited account (201); with the bearer token of the invited account, the membership is added to it (200).
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my account
         * @description My account with my books and roles. Also allowed with an enrollment-only token.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my display name or language
         * @description `locale` is `de` or `en` (the language of my mails). Absent or null fields keep their value.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my email address
         * @description The current password is required; a verification link goes to the new address.
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP enrollment
         * @description Answers the secret, the otpauth URI and a QR code (PNG, base64). Also allowed with an enrollment-only token.
         */
        post: operations["beginTotpEnrollment"];
        /**
         * Remove TOTP
         * @description Needs the password and a current code.
         */
        delete: operations["removeTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm TOTP enrollment with a code
         * @description Answers ten single-use recovery codes, shown only once.
         */
        post: operations["confirmTotpEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notification preferences
         * @description Every kind with `email` and `inApp`, and the digest (NONE, DAILY, WEEKLY). SECURITY is always on.
         */
        get: operations["getNotificationPreferences"];
        /**
         * Replace my notification preferences
         * @description Kinds not listed go back to their default (mail and inbox). Switching SECURITY off, fully or by one channel, is a 400; `alwaysOn` is read-only and ignored.
         */
        put: operations["updateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My inbox
         * @description Newest first; `unread=true` lists the unread ones only. `unread` in the answer counts all unread.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notifications read
         * @description Marking a read one again keeps its first read time. Another user's notification is a 404.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notifications read
         * @description Answers how many were unread and are read now.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of my notifications are unread
         * @description What the bell shows.
         */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my passkeys
         * @description Oldest first.
         */
        get: operations["listMyPasskeys"];
        put?: never;
        /**
         * Finish registering a passkey
         * @description The browser's answer to the options of `beginPasskeyRegistration`. The ceremony is spent by this call whatever its outcome. 400 `passkey-rejected` when the answer does not verify (challenge, origin, RP ID, user verification), 409 when the passkey is registered already.
         */
        post: operations["registerPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove one of my passkeys
         * @description It can no longer sign in. Another user's passkey is 404.
         */
        delete: operations["removeMyPasskey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys/registration-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start registering a passkey
         * @description Needs my current password (400 on `currentPassword` when wrong, throttled). Answers the options for `navigator.credentials.create` (a discoverable credential with user verification) bound to me and this session, usable once for `cet.identity.passkeys.challenge-ttl`.
         */
        post: operations["beginPasskeyRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description The current password is required; `endOtherSessions` ends my other sessions.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the security events of my account
         * @description Newest first.
         */
        get: operations["listMySecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my active sessions
         * @description One per signed-in device; `current` marks the caller's.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of my sessions
         * @description Its tokens stop working at once.
         */
        delete: operations["revokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the official category catalogue
         * @description The official categories every book's own categories map to.
         */
        get: operations["getOfficialCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/books/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a book's public transparency page (HTML)
         * @description No sign-in. The same content as `/transparency`, as a page with a strict CSP (no script).
         */
        get: operations["getPublicPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/books/{slug}/transparency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a book's published transparency reports
         * @description No sign-in. Only books whose admin switched the page on (otherwise 404, as for an unknown slug); only reports of closed periods signed by the required signatories; `periodId` narrows to one period.
         */
        get: operations["getPublicTransparency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A new account gives `displayName`, `password` and optionally `locale`; a signed-in invitee gives only `token`. */
        AcceptInvitationRequest: {
            displayName?: string;
            locale?: string;
            password?: string;
            token?: string;
        };
        Account: {
            archived?: boolean;
            balance?: components["schemas"]["Money"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            balanceDate?: string;
            fund?: components["schemas"]["Fund"];
            iban?: string;
            /** Format: uuid */
            id?: string;
            name?: string;
            openingBalance?: components["schemas"]["Money"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            openingDate?: string;
            type?: components["schemas"]["AccountType"];
            /** Format: int64 */
            version?: number;
        };
        AccountBalance: {
            /** Format: uuid */
            accountId?: string;
            balance?: components["schemas"]["Money"];
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        AccountPage: {
            items?: components["schemas"]["Account"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @enum {string} */
        AccountType: "BANK" | "CASH";
        /** @description What the book owes a member who paid from their own pocket, until reimbursed. */
        Advance: {
            amount?: components["schemas"]["Money"];
            displayName?: string;
            /** Format: uuid */
            memberId?: string;
        };
        Approval: {
            /** Format: uuid */
            approverId?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            at?: string;
        };
        AuditEntry: {
            action?: string;
            /** Format: uuid */
            actorId?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            at?: string;
            entityId?: string;
            entityType?: string;
            hash?: string;
            payload?: string;
            prevHash?: string;
            /** Format: int64 */
            sequence?: number;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        AuditEntryPage: {
            items?: components["schemas"]["AuditEntry"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @description The result of recomputing the hash chain; `firstBrokenAt` is the sequence of the first entry that does not match. */
        AuditVerification: {
            /** Format: int64 */
            entries?: number;
            /** Format: int64 */
            firstBrokenAt?: number;
            valid?: boolean;
        };
        /** @description A backup run: when, how large, the SHA-256 of the encrypted file, and its result. */
        BackupRun: {
            error?: string;
            fileName?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            finishedAt?: string;
            /** Format: uuid */
            id?: string;
            sha256?: string;
            /** Format: int64 */
            sizeBytes?: number;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            startedAt?: string;
            status?: string;
            trigger?: string;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        BackupRunPage: {
            items?: components["schemas"]["BackupRun"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        Balances: {
            accounts?: components["schemas"]["AccountBalance"][];
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            ownFund?: components["schemas"]["Money"];
            publicFund?: components["schemas"]["Money"];
            total?: components["schemas"]["Money"];
        };
        /** @description A line of the inbox. `amount` signed (money in +, out −); `categoryId`, `tags`, `setCounterparty`, `setDescription`: what the applied rule proposes for the entry to be created. */
        BankLine: {
            /** Format: uuid */
            accountId?: string;
            amount?: components["schemas"]["Money"];
            bankReference?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            bookingDate?: string;
            /** Format: uuid */
            categoryId?: string;
            counterparty?: string;
            counterpartyIban?: string;
            /** Format: uuid */
            duplicateOf?: string;
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            importId?: string;
            purpose?: string;
            reversal?: boolean;
            /** Format: uuid */
            ruleApplied?: string;
            setCounterparty?: string;
            setDescription?: string;
            status?: components["schemas"]["LineStatus"];
            suggestions?: components["schemas"]["MatchSuggestion"][];
            tags?: string[];
            /** Format: uuid */
            transactionId?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            valueDate?: string;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        BankLinePage: {
            items?: components["schemas"]["BankLine"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @description A book with its settings, and the caller's role and signatory flag in it. */
        Book: {
            currency?: string;
            dualApprovalAbove?: components["schemas"]["PositiveMoney"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            electionDate?: string;
            fourEyes?: boolean;
            /** Format: uuid */
            id?: string;
            kind?: components["schemas"]["BookKind"];
            locale?: string;
            name?: string;
            repayUnspentPublicFunds?: boolean;
            requireApproval?: boolean;
            requireReceipt?: boolean;
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
            /** Format: int64 */
            version?: number;
        };
        /** @enum {string} */
        BookKind: "CAUCUS" | "HOUSEHOLD" | "GROUP";
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        BookPage: {
            items?: components["schemas"]["Book"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @enum {string} */
        BookRole: "ADMIN" | "TREASURER" | "MEMBER" | "AUDITOR";
        /** @description Both optional: book on another account or date than the entry has. */
        BookTransactionRequest: {
            /** Format: uuid */
            accountId?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
        };
        /** @description A limit on a category per window (MONTHLY: a calendar month; PERIOD: the accounting period). `limit` is the one that holds today. `categoryArchived`: the category was archived since; the budget still counts what is booked on it. */
        Budget: {
            cadence?: components["schemas"]["Cadence"];
            categoryArchived?: boolean;
            /** Format: uuid */
            categoryId?: string;
            color?: string;
            emoji?: string;
            /** Format: uuid */
            id?: string;
            limit?: components["schemas"]["Money"];
            name?: string;
            rollover?: boolean;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startsOn?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        BudgetPage: {
            items?: components["schemas"]["Budget"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @description A budget in the window containing the asked day. `remaining` = limit + carriedIn − spent (negative when overspent); `spendableToday` = remaining ÷ daysLeft (today counts), rounded down to the cent, never below 0.00; `percentUsed` = spent ÷ (limit + carriedIn), whole per cent rounded down. `spent` counts booked entries only (drafts and entries awaiting approval do not). */
        BudgetStatus: {
            /** Format: uuid */
            budgetId?: string;
            cadence?: components["schemas"]["Cadence"];
            carriedIn?: components["schemas"]["Money"];
            categoryArchived?: boolean;
            /** Format: uuid */
            categoryId?: string;
            color?: string;
            /** Format: int64 */
            daysLeft?: number;
            emoji?: string;
            limit?: components["schemas"]["Money"];
            name?: string;
            /** Format: int32 */
            percentUsed?: number;
            remaining?: components["schemas"]["Money"];
            rollover?: boolean;
            spendableToday?: components["schemas"]["Money"];
            spent?: components["schemas"]["Money"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            windowEnd?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            windowStart?: string;
        };
        /** @enum {string} */
        Cadence: "MONTHLY" | "PERIOD";
        Category: {
            archived?: boolean;
            color?: string;
            emoji?: string;
            /** Format: uuid */
            id?: string;
            kind?: components["schemas"]["CategoryKind"];
            name?: string;
            officialCode?: string;
            /** Format: uuid */
            parentId?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @enum {string} */
        CategoryFlag: "REVIEW" | "JUSTIFY";
        /** @enum {string} */
        CategoryKind: "INCOME" | "EXPENSE";
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        CategoryPage: {
            items?: components["schemas"]["Category"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @description Replaces the DATEV settings. `categories` (official code → four-digit account) and `accounts` (account id → four-digit account) list the overrides; an absent entry, `null` or the chart's default means the default. Needs `If-Match` or `version` (0 before the first save). */
        ChangeDatevSettingsRequest: {
            accounts?: {
                [key: string]: string;
            };
            categories?: {
                [key: string]: string;
            };
            /** @enum {string} */
            chart?: "SKR03" | "SKR04";
            /** Format: int32 */
            clientNumber?: number;
            /** Format: int32 */
            consultantNumber?: number;
            memberAccount?: string | null;
            /** Format: int64 */
            version?: number;
        };
        ChangeEmailRequest: {
            currentPassword?: string;
            newEmail?: string;
        };
        ChangePasswordRequest: {
            currentPassword?: string;
            endOtherSessions?: boolean;
            newPassword?: string;
        };
        /** @description ADMIN only. `slug`: 3–60 lower-case letters, digits and hyphens, unique in the instance (absent keeps the current one). Needs `If-Match` or `version`. */
        ChangePublicationRequest: {
            enabled?: boolean;
            slug?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @description The closed period, its closing balances and the next period they were carried into. */
        ClosedPeriod: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            closedAt?: string;
            /** Format: uuid */
            closedBy?: string;
            closingBalances?: components["schemas"]["AccountBalance"][];
            /**
             * Format: date
             * @example 2022-03-10
             */
            endDate?: string;
            /** Format: uuid */
            id?: string;
            name?: string;
            nextPeriod?: components["schemas"]["Period"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            startDate?: string;
            status?: components["schemas"]["PeriodStatus"];
            /** Format: int64 */
            version?: number;
        };
        ComplianceWarning: {
            code?: string;
            message?: string;
        };
        CreateAccountRequest: {
            fund?: components["schemas"]["Fund"];
            iban?: string;
            name?: string;
            openingBalance?: components["schemas"]["Money"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            openingDate?: string;
            type?: components["schemas"]["AccountType"];
        };
        CreateBookRequest: {
            currency?: string;
            firstPeriod?: components["schemas"]["FirstPeriod"];
            kind?: components["schemas"]["BookKind"];
            locale?: string;
            name?: string;
        };
        /** @description `categoryId` (an expense category of the book, not archived) and `limit` (≥ 0.00) are required. `name`, `emoji` and `color` default to the category's, `cadence` to MONTHLY, `rollover` to false, `startsOn` to the first day of the current month. */
        CreateBudgetRequest: {
            cadence?: components["schemas"]["Cadence"];
            /** Format: uuid */
            categoryId?: string;
            color?: string;
            emoji?: string;
            limit?: components["schemas"]["Money"];
            name?: string;
            rollover?: boolean;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startsOn?: string;
        };
        CreateCategoryRequest: {
            color?: string;
            emoji?: string;
            kind?: components["schemas"]["CategoryKind"];
            name?: string;
            officialCode?: string;
            /** Format: uuid */
            parentId?: string;
        };
        /** @description Every field optional: the rule's proposal, else the line's own counterparty and purpose; a category is needed from here or from a rule. */
        CreateFromBankLine: {
            /** Format: uuid */
            categoryId?: string;
            counterparty?: string;
            description?: string;
            tags?: string[];
        };
        CreateInvitationRequest: {
            email?: string;
            role?: components["schemas"]["BookRole"];
        };
        CreatePeriodRequest: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            endDate?: string;
            name?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startDate?: string;
        };
        /** @description `template` and `schedule` required; `autoBook` default false (BOOKED only where the book needs no approval and the creator keeps the books, else DRAFT). */
        CreateRecurringRequest: {
            autoBook?: boolean;
            schedule?: components["schemas"]["RecurringSchedule"];
            template?: components["schemas"]["RecurringTemplate"];
        };
        /** @description `fromMemberId` paid `amount` back to `toMemberId` on `date`. */
        CreateSettlementRequest: {
            amount?: components["schemas"]["PositiveMoney"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            /** Format: uuid */
            fromMemberId?: string;
            /** Format: uuid */
            toMemberId?: string;
        };
        CreateTransactionRequest: {
            /** Format: uuid */
            accountId?: string;
            amount?: components["schemas"]["PositiveMoney"];
            /** Format: uuid */
            categoryId?: string;
            counterparty?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string;
            eigenbeleg?: string;
            justification?: string;
            /** Format: uuid */
            paidByMemberId?: string;
            receiptIds?: string[];
            reference?: string;
            /** Format: uuid */
            reimbursesMemberId?: string;
            /** @description Optional: the members who share the entry. */
            split?: components["schemas"]["Split"];
            status?: components["schemas"]["TransactionStatus"];
            tags?: string[];
            /** Format: uuid */
            toAccountId?: string;
            type?: components["schemas"]["TransactionType"];
        };
        DatevCategoryAccount: {
            account?: string;
            defaultAccount?: string;
            officialCode?: string;
        };
        DatevMoneyAccount: {
            account?: string;
            /** Format: uuid */
            accountId?: string;
            defaultAccount?: string;
            fund?: string;
            name?: string;
            type?: string;
        };
        /** @description The book's DATEV settings: chart, Berater- and Mandantennummer, and the account of every official category, bank or cash account and of what the book owes members (advances), each beside the chart's default. */
        DatevSettings: {
            accounts?: components["schemas"]["DatevMoneyAccount"][];
            categories?: components["schemas"]["DatevCategoryAccount"][];
            /** @enum {string} */
            chart?: "SKR03" | "SKR04";
            /** Format: int32 */
            clientNumber?: number;
            /** Format: int32 */
            consultantNumber?: number;
            memberAccount?: string;
            memberAccountDefault?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @enum {string} */
        DigestCadence: "NONE" | "DAILY" | "WEEKLY";
        EmailVerificationRequest: {
            token?: string;
        };
        /** @description The split of an entry with each member's part. */
        EntrySplit: {
            amount?: components["schemas"]["PositiveMoney"];
            method?: string;
            payers?: components["schemas"]["SplitPayerPart"][];
            shares?: components["schemas"]["SplitSharePart"][];
            /** Format: uuid */
            transactionId?: string;
        };
        ExpenseReport: {
            balance?: components["schemas"]["Money"];
            bookName?: string;
            filters?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            from?: string;
            groups?: components["schemas"]["ExpenseReportGroup"][];
            language?: string;
            /** Format: int32 */
            lineCount?: number;
            /**
             * Format: date
             * @example 2022-03-10
             */
            to?: string;
            totalExpense?: components["schemas"]["Money"];
            totalIncome?: components["schemas"]["Money"];
        };
        ExpenseReportGroup: {
            categoryName?: string;
            lines?: components["schemas"]["ExpenseReportLine"][];
            officialCode?: string;
            subtotal?: components["schemas"]["Money"];
        };
        /** @description `amount` is the ledger's positive amount, `signedAmount` its effect on the balance. */
        ExpenseReportLine: {
            advancedBy?: string;
            amount?: components["schemas"]["PositiveMoney"];
            counterparty?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string;
            receiptNumbers?: string[];
            reference?: string;
            reversal?: boolean;
            signedAmount?: components["schemas"]["Money"];
            type?: components["schemas"]["TransactionType"];
        };
        /** @description One invalid field of a request. */
        FieldError: {
            /**
             * @description JSON path of the value, e.g. `amount` or `items[2].amount`; `body` for the body as a whole.
             * @example amount
             */
            field: string;
            /** @example must be greater than zero */
            message: string;
        };
        /** @description The book's first accounting period, created with it. */
        FirstPeriod: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            endDate?: string;
            name?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startDate?: string;
        };
        Forecast: {
            accountsOpenedInPeriod?: components["schemas"]["Money"];
            currentBalance?: components["schemas"]["Money"];
            /** Format: int64 */
            daysElapsed?: number;
            /** Format: int64 */
            daysRemaining?: number;
            fund?: components["schemas"]["Fund"];
            openingBalance?: components["schemas"]["Money"];
            projectedClosingBalance?: components["schemas"]["Money"];
            /** @description What recurring transactions will add (+) or take (−) after `asOf` up to the period's end; part of `projectedClosingBalance` */
            recurring?: components["schemas"]["Money"];
        };
        /** @enum {string} */
        Frequency: "WEEKLY" | "MONTHLY" | "QUARTERLY" | "YEARLY";
        /** @enum {string} */
        Fund: "PUBLIC" | "OWN";
        /** @description `id`: a saved profile's id, or a preset's name (e.g. `sparkasse`); either goes into an import's `profileId`. */
        ImportProfile: {
            columns?: components["schemas"]["ImportProfileColumns"];
            dateFormat?: string;
            decimalSeparator?: string;
            delimiter?: string;
            encoding?: string;
            /** Format: int32 */
            headerRows?: number;
            id?: string;
            name?: string;
            preset?: boolean;
        };
        /** @description Header names of the export's columns. `amount` (signed) or `debit` and `credit`; `counterpartyIncoming`: the payer's column for money in where payer and payee have columns of their own; `accountIban`: the statement's own account, compared with the account imported into. */
        ImportProfileColumns: {
            accountIban?: string;
            amount?: string;
            bookingDate?: string;
            counterparty?: string;
            counterpartyIncoming?: string;
            credit?: string;
            debit?: string;
            iban?: string;
            purpose?: string;
            reference?: string;
            valueDate?: string;
        };
        ImportProfileInput: {
            columns: components["schemas"]["ImportProfileColumns"];
            dateFormat: string;
            decimalSeparator: string;
            delimiter: string;
            encoding: string;
            /** Format: int32 */
            headerRows?: number;
            name: string;
        };
        InventoryItem: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            disposedOn?: string;
            /** Format: uuid */
            id?: string;
            location?: string;
            price?: components["schemas"]["Money"];
            /** Format: uuid */
            transactionId?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        InventoryItemPage: {
            items?: components["schemas"]["InventoryItem"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        Invitation: {
            /** Format: uuid */
            bookId?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            email?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            expiresAt?: string;
            /** Format: uuid */
            id?: string;
            role?: components["schemas"]["BookRole"];
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        InvitationPage: {
            items?: components["schemas"]["Invitation"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        InvitationPreview: {
            bookName?: string;
            email?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            expiresAt?: string;
            instanceAdmin?: boolean;
            role?: components["schemas"]["BookRole"];
        };
        /** @enum {string} */
        LineStatus: "NEW" | "MATCHED" | "IGNORED" | "DUPLICATE_SUSPECTED";
        LoginRequest: {
            email?: string;
            password?: string;
        };
        MatchBankLine: {
            /** Format: uuid */
            transactionId: string;
        };
        MatchSuggestion: {
            score?: number;
            /** Format: uuid */
            transactionId?: string;
        };
        Member: {
            displayName?: string;
            email?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            joinedAt?: string;
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
            /** Format: uuid */
            userId?: string;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        MemberPage: {
            items?: components["schemas"]["Member"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        Membership: {
            /** Format: uuid */
            bookId?: string;
            bookName?: string;
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
        };
        MfaLoginRequest: {
            code?: string;
            mfaToken?: string;
        };
        /**
         * @description An amount of money: a JSON string with exactly two fraction digits, never a number.
         * @example 12.34
         */
        Money: string;
        MyAccount: {
            displayName?: string;
            email?: string;
            emailVerified?: boolean;
            /** Format: uuid */
            id?: string;
            instanceAdmin?: boolean;
            locale?: string;
            memberships?: components["schemas"]["Membership"][];
            mfaEnabled?: boolean;
        };
        /** @description One entry of my inbox; title and body are in my language. */
        Notification: {
            body?: string;
            /** Format: uuid */
            bookId?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            /** Format: uuid */
            id?: string;
            kind?: components["schemas"]["NotificationKind"];
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            readAt?: string;
            /** Format: uuid */
            subjectId?: string;
            title?: string;
        };
        /** @enum {string} */
        NotificationKind: "APPROVAL_REQUESTED" | "CLAIM_APPROVED" | "CLAIM_REJECTED" | "CLAIM_REIMBURSED" | "BUDGET_80" | "BUDGET_100" | "PERIOD_ENDING" | "BACKUP_FAILED" | "SECURITY";
        NotificationKindPreference: {
            /** @description true for kinds that cannot be switched off (SECURITY) */
            readonly alwaysOn?: boolean;
            email: boolean;
            inApp: boolean;
            kind: components["schemas"]["NotificationKind"];
        };
        /** @description A page of my inbox, newest first, with how many are unread in all. */
        NotificationPage: {
            items?: components["schemas"]["Notification"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            unread?: number;
        };
        /** @description Per kind: by mail, in the inbox; and the digest. A kind not listed goes back to its default (both on). */
        NotificationPreferences: {
            digest: components["schemas"]["DigestCadence"];
            kinds: components["schemas"]["NotificationKindPreference"][];
        };
        OfficialCatalogue: {
            items?: components["schemas"]["OfficialCategory"][];
            version?: string;
        };
        OfficialCategory: {
            code?: string;
            flags?: components["schemas"]["CategoryFlag"][];
            kind?: components["schemas"]["CategoryKind"];
            nameDe?: string;
            nameEn?: string;
        };
        Overview: {
            accounts?: components["schemas"]["OverviewAccount"][];
            /**
             * Format: date
             * @example 2022-03-10
             */
            asOf?: string;
            budgets?: components["schemas"]["BudgetStatus"][];
            /**
             * Format: date
             * @example 2022-03-10
             */
            endDate?: string;
            forecasts?: components["schemas"]["Forecast"][];
            months?: components["schemas"]["OverviewMonth"][];
            openAdvances?: components["schemas"]["OverviewAdvance"][];
            openApprovals?: components["schemas"]["OverviewApprovals"];
            ownFund?: components["schemas"]["Money"];
            /** Format: uuid */
            periodId?: string;
            periodName?: string;
            publicDisposition?: string;
            publicFund?: components["schemas"]["Money"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            startDate?: string;
            unspentPublicMoney?: components["schemas"]["Money"];
            unspentPublicMoneyToRepay?: components["schemas"]["Money"];
        };
        OverviewAccount: {
            /** Format: uuid */
            accountId?: string;
            archived?: boolean;
            balance?: components["schemas"]["Money"];
            fund?: components["schemas"]["Fund"];
            name?: string;
            type?: string;
        };
        OverviewAdvance: {
            amount?: components["schemas"]["Money"];
            displayName?: string;
            /** Format: uuid */
            memberId?: string;
        };
        OverviewApproval: {
            amount?: components["schemas"]["Money"];
            counterparty?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string;
            /** Format: uuid */
            id?: string;
            status?: string;
            type?: string;
        };
        OverviewApprovals: {
            /** Format: int64 */
            count?: number;
            items?: components["schemas"]["OverviewApproval"][];
        };
        OverviewMonth: {
            amount?: components["schemas"]["Money"];
            fund?: components["schemas"]["Fund"];
            month?: string;
            name?: string;
            officialCode?: string;
        };
        /** @enum {string} */
        Party: "MEMBER" | "BOOK";
        Passkey: {
            backedUp?: boolean;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            /** Format: uuid */
            id?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            lastUsedAt?: string | null;
            name?: string;
        };
        /** @description `publicKey` goes to `navigator.credentials.create` or `.get` (binary members base64url, as `PublicKeyCredential.parseCreationOptionsFromJSON` reads them); `ceremonyId` comes back with the answer. Usable once, for a few minutes. */
        PasskeyOptions: {
            /** Format: uuid */
            ceremonyId?: string;
            /** @description PublicKeyCredentialCreationOptions or PublicKeyCredentialRequestOptions as JSON */
            publicKey?: {
                [key: string]: unknown;
            };
        };
        /** @description The current password: registering a passkey needs a fresh proof of who I am. */
        PasskeyRegistrationOptionsRequest: {
            currentPassword?: string;
        };
        /** @description `credential` is the browser's `PublicKeyCredential` as JSON (`toJSON()`: `id`, `rawId`, `type`, `response` with `clientDataJSON` and `attestationObject`, `clientExtensionResults`). `name` is optional (default "Passkey", at most 100 characters). */
        PasskeyRegistrationRequest: {
            /** Format: uuid */
            ceremonyId?: string;
            /** @description PublicKeyCredential (registration) as JSON */
            credential?: {
                [key: string]: unknown;
            };
            name?: string;
        };
        /** @description `credential` is the browser's `PublicKeyCredential` as JSON (`response` with `clientDataJSON`, `authenticatorData`, `signature`, `userHandle`). */
        PasskeySignInRequest: {
            /** Format: uuid */
            ceremonyId?: string;
            /** @description PublicKeyCredential (assertion) as JSON */
            credential?: {
                [key: string]: unknown;
            };
        };
        PasswordResetConfirmation: {
            newPassword?: string;
            token?: string;
        };
        PasswordResetRequest: {
            email?: string;
        };
        Period: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            closedAt?: string;
            /** Format: uuid */
            closedBy?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            endDate?: string;
            /** Format: uuid */
            id?: string;
            name?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startDate?: string;
            status?: components["schemas"]["PeriodStatus"];
            /** Format: int64 */
            version?: number;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        PeriodPage: {
            items?: components["schemas"]["Period"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        /** @enum {string} */
        PeriodStatus: "OPEN" | "CLOSED";
        /**
         * @description An amount greater than zero: a JSON string with exactly two fraction digits, never a number.
         * @example 12.34
         */
        PositiveMoney: string;
        /** @description An RFC 9457 problem document, the body of every 4xx and 5xx answer (`application/problem+json`). Problems may carry further members, e.g. `blockers` of a period that cannot be closed. */
        Problem: {
            /**
             * @description A sentence for people; never internals.
             * @example amount: must be greater than zero
             */
            detail?: string;
            /** @description Validation failures, one per field. */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description The path of the request.
             * @example /api/v1/books
             */
            instance?: string;
            /**
             * @description Also in the `X-Request-Id` header and the server's log.
             * @example 2f1c0d4e-8a34-4a5e-9a59-0d7f3b1a6c21
             */
            requestId?: string;
            /**
             * Format: int32
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /** @example Invalid input */
            title: string;
            /**
             * Format: uri
             * @description Identifies the kind of problem: `urn:cet:problem:<slug>`, or `about:blank` for plain HTTP failures.
             * @example urn:cet:problem:validation
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Whether the book publishes its signed transparency reports, and under which address (`/api/v1/public/books/{slug}`). */
        PublicationSetting: {
            enabled?: boolean;
            jsonPath?: string;
            pagePath?: string;
            slug?: string;
            /** Format: int64 */
            version?: number;
        };
        PublicSignOff: {
            displayName?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            signedAt?: string;
        };
        /** @description A book's published (signed) transparency reports, newest period first. */
        PublicTransparency: {
            bookName?: string;
            language?: string;
            reports?: components["schemas"]["PublicTransparencyReport"][];
            slug?: string;
        };
        PublicTransparencyReport: {
            balanceLines?: components["schemas"]["TransparencyReportBalance"][];
            closingBalance?: components["schemas"]["Money"];
            expenses?: components["schemas"]["TransparencyReportLine"][];
            fund?: components["schemas"]["Fund"];
            income?: components["schemas"]["TransparencyReportLine"][];
            inventoryTotal?: components["schemas"]["Money"];
            openingBalance?: components["schemas"]["Money"];
            period?: components["schemas"]["TransparencyReportPeriod"];
            /** Format: uuid */
            periodId?: string;
            signOffs?: components["schemas"]["PublicSignOff"][];
            statementOfProperUse?: string;
            totalExpenses?: components["schemas"]["Money"];
            totalIncome?: components["schemas"]["Money"];
        };
        ReadAllResult: {
            /** Format: int32 */
            marked?: number;
        };
        Receipt: {
            contentType?: string;
            fileName?: string;
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            periodId?: string;
            sha256?: string;
            /** Format: int64 */
            size?: number;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            uploadedAt?: string;
            /** Format: uuid */
            uploadedBy?: string;
        };
        /** @description What the receipt says about itself, to prefill an expense; nothing is stored. `source` NONE: nothing found (every field null, confidence 0). */
        ReceiptExtraction: {
            amount?: components["schemas"]["Money"];
            confidence?: number;
            counterparty?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            iban?: string;
            invoiceNumber?: string;
            /** @enum {string} */
            source?: "ZUGFERD" | "XRECHNUNG" | "OCR" | "NONE";
            vatAmount?: components["schemas"]["Money"];
        };
        ReceiptUpload: {
            /**
             * Format: binary
             * @description The receipt file
             */
            file: string;
        };
        /** @description At the end of `date`: the bank's balance from the imported statements (null when none reaches back to the day), the ledger's booked balance, their difference (statement − ledger) and the open lines (NEW, DUPLICATE_SUSPECTED) booked up to the day. */
        Reconciliation: {
            /** Format: uuid */
            accountId?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            difference?: components["schemas"]["Money"];
            ledgerBalance?: components["schemas"]["Money"];
            reconciled?: boolean;
            statementBalance?: components["schemas"]["Money"];
            /** Format: int64 */
            unmatchedLines?: number;
        };
        RecoveryCodes: {
            recoveryCodes?: string[];
        };
        /** @description A due date handled: the entry made for it, or why none could be made. */
        RecurringOccurrence: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            dueDate?: string;
            failure?: string;
            /** Format: uuid */
            transactionId?: string;
        };
        /** @description WEEKLY every `interval` weeks from `startsOn`; MONTHLY, QUARTERLY, YEARLY every `interval` × 1, 3, 12 months on `dayOfMonth` (default the day of `startsOn`; a month without that day has it on its last day, so 31 is "the last day of the month"). `interval` default 1 (1–99); no date after `endsOn`. */
        RecurringSchedule: {
            /** Format: int32 */
            dayOfMonth?: number;
            /**
             * Format: date
             * @example 2022-03-10
             */
            endsOn?: string;
            frequency?: components["schemas"]["Frequency"];
            /** Format: int32 */
            interval?: number;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startsOn?: string;
        };
        /** @description The entry each due date makes. `type` EXPENSE or INCOME; the account and category are the book's and fit the type, as for any entry. */
        RecurringTemplate: {
            /** Format: uuid */
            accountId?: string;
            amount?: components["schemas"]["PositiveMoney"];
            /** Format: uuid */
            categoryId?: string;
            counterparty?: string;
            description?: string;
            /** @enum {string} */
            type?: "EXPENSE" | "INCOME";
        };
        /** @description `lastDueDate`: the latest due date handled; `nextDueDate`: the next one to come (absent after `endsOn`); `occurrences`: the latest handled dates, newest first. */
        RecurringTransaction: {
            autoBook?: boolean;
            /** Format: uuid */
            id?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            lastDueDate?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            nextDueDate?: string;
            occurrences?: components["schemas"]["RecurringOccurrence"][];
            schedule?: components["schemas"]["RecurringSchedule"];
            template?: components["schemas"]["RecurringTemplate"];
            /** Format: int64 */
            version?: number;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        RecurringTransactionPage: {
            items?: components["schemas"]["RecurringTransaction"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        RefreshRequest: {
            refreshToken?: string;
        };
        RemoveTotpRequest: {
            code?: string;
            password?: string;
        };
        RestoreResult: {
            archiveSchemaVersion?: string;
            migrated?: boolean;
            /** Format: int64 */
            rows?: number;
            schemaVersion?: string;
            /** Format: int32 */
            tables?: number;
        };
        RestoreUpload: {
            /**
             * Format: binary
             * @description The OpenPGP-encrypted archive (`cet-backup-….zip.pgp`)
             */
            archive: string;
            /** @description The passphrase the archive was encrypted to */
            passphrase?: string;
            /** @description Instead of a passphrase: the armored OpenPGP private key the archive was encrypted to */
            privateKey?: string;
            /** @description The passphrase of that private key, if it has one */
            privateKeyPassphrase?: string;
            /** @description On a fresh instance without users: the bootstrap invitation's token, which allows the restore without a bearer token */
            setupToken?: string;
        };
        Rule: {
            actions?: components["schemas"]["RuleActions"];
            conditions?: components["schemas"]["RuleCondition"][];
            /** Format: uuid */
            id?: string;
            name?: string;
            /** Format: int32 */
            priority?: number;
            /** Format: int64 */
            version?: number;
        };
        RuleActions: {
            /** Format: uuid */
            categoryId?: string;
            counterparty?: string;
            description?: string;
            tags?: string[];
        };
        RuleCondition: {
            /** @enum {string} */
            field?: "counterparty" | "purpose" | "amount" | "iban" | "accountId";
            /** @enum {string} */
            op?: "equals" | "contains" | "startsWith" | "regex" | "between";
            /** @description Text; for `between` "min..max" (signed amounts, e.g. "-50.00..-10.00"); `regex` is RE2 syntax */
            value?: string;
        };
        RuleInput: {
            actions: components["schemas"]["RuleActions"];
            conditions: components["schemas"]["RuleCondition"][];
            name: string;
            /** Format: int32 */
            priority?: number;
            /** Format: int64 */
            version?: number;
        };
        SecurityEvent: {
            detail?: string;
            /** Format: uuid */
            id?: string;
            ip?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            occurredAt?: string;
            type?: string;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        SecurityEventPage: {
            items?: components["schemas"]["SecurityEvent"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        Session: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            current?: boolean;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            expiresAt?: string;
            /** Format: uuid */
            id?: string;
            ip?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            lastUsedAt?: string;
            userAgent?: string;
        };
        Settlement: {
            amount?: components["schemas"]["PositiveMoney"];
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            /** Format: uuid */
            createdBy?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            /** Format: uuid */
            fromMemberId?: string;
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            toMemberId?: string;
        };
        /** @description One payment of the proposal: `fromMemberId` pays `amount` to `toMemberId`. */
        SettleUpTransfer: {
            amount?: components["schemas"]["PositiveMoney"];
            fromDisplayName?: string;
            /** Format: uuid */
            fromMemberId?: string;
            toDisplayName?: string;
            /** Format: uuid */
            toMemberId?: string;
        };
        SignOff: {
            displayName?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            signedAt?: string;
            /** Format: uuid */
            userId?: string;
        };
        SignOffState: {
            draft?: boolean;
            /** Format: uuid */
            periodId?: string;
            /** Format: int32 */
            requiredSignOffs?: number;
            signOffs?: components["schemas"]["SignOff"][];
        };
        /** @description The entry shared among members (an EXPENSE, or an INCOME such as a refund): who paid how much (the payers sum to the amount) and who shares it by which method. The parts sum to the amount exactly; leftover cents go by the largest remainder, ties to the member listed first (ADR 0011). `GET /books/{bookId}/splits/{transactionId}` answers the parts. */
        Split: {
            /** @enum {string} */
            method?: "EQUAL" | "EXACT" | "PERCENT" | "SHARES";
            payers?: components["schemas"]["SplitPayer"][];
            shares?: components["schemas"]["SplitShare"][];
        };
        /** @description A party's position: `paid` for the group, `owes` (the sum of their parts), `net` = paid − owes (positive: is owed money). `party` BOOK is the book itself, owing members their advances (its `memberId` is the book's id). */
        SplitBalance: {
            displayName?: string;
            /** Format: uuid */
            memberId?: string;
            net?: components["schemas"]["Money"];
            owes?: components["schemas"]["Money"];
            paid?: components["schemas"]["Money"];
            party?: components["schemas"]["Party"];
        };
        /** @description A member who paid (of a refund: received) `amount` of the entry. */
        SplitPayer: {
            amount?: components["schemas"]["PositiveMoney"];
            /** Format: uuid */
            memberId?: string;
        };
        SplitPayerPart: {
            amount?: components["schemas"]["PositiveMoney"];
            /** Format: uuid */
            memberId?: string;
        };
        /** @description A member who shares the entry. `value`: absent for EQUAL; for EXACT the part in money ("12.34"); for PERCENT a percentage ("33.33", the values sum to 100); for SHARES a weight ("2", "1.5"). A decimal point, never a comma; at most two fraction digits. */
        SplitShare: {
            /** Format: uuid */
            memberId?: string;
            /** @example 33.33 */
            value?: string;
        };
        /** @description A member's share: the value given (absent for EQUAL) and the part it came to. */
        SplitSharePart: {
            /** Format: uuid */
            memberId?: string;
            part?: components["schemas"]["Money"];
            value?: string;
        };
        /** @enum {string} */
        StatementFormat: "CAMT053" | "MT940" | "CSV";
        /** @description What an import did. `lines`: new lines in the inbox; `duplicates`: lines already there (not stored again); `suspected`: new lines marked DUPLICATE_SUSPECTED; `pending`: announced (CAMT PDNG) entries left out; `matched`: new lines for which a ledger entry is suggested. */
        StatementImport: {
            closingBalance?: components["schemas"]["Money"];
            /** Format: int32 */
            duplicates?: number;
            format?: components["schemas"]["StatementFormat"];
            /** Format: uuid */
            id?: string;
            /** Format: int32 */
            lines?: number;
            /** Format: int32 */
            matched?: number;
            openingBalance?: components["schemas"]["Money"];
            /** Format: int32 */
            pending?: number;
            /**
             * Format: date
             * @example 2022-03-10
             */
            statementFrom?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            statementTo?: string;
            /** Format: int32 */
            suspected?: number;
        };
        StatementUpload: {
            /**
             * Format: binary
             * @description CAMT.053 XML, a ZIP of CAMT.053 files, MT940 or CSV
             */
            file: string;
            /** @description For a CSV: a saved profile's id or a preset's name (GET /import-profiles/presets) */
            profileId?: string;
        };
        /** @description Either the tokens (`accessToken`, `refreshToken`, `tokenType`, `expiresIn`) or, when a second factor is needed, `mfaRequired` and `mfaToken`. */
        Tokens: {
            accessToken?: string;
            /** Format: int64 */
            expiresIn?: number;
            mfaEnrollmentRequired?: boolean;
            mfaRequired?: boolean;
            mfaToken?: string;
            refreshToken?: string;
            tokenType?: string;
        };
        TotpCodeRequest: {
            code?: string;
        };
        TotpEnrollment: {
            otpauthUri?: string;
            qrCodePng?: string;
            secret?: string;
        };
        Transaction: {
            /** Format: uuid */
            accountId?: string;
            amount?: components["schemas"]["PositiveMoney"];
            approvals?: components["schemas"]["Approval"][];
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            bookedAt?: string;
            /** Format: uuid */
            bookedBy?: string;
            /** Format: uuid */
            categoryId?: string;
            counterparty?: string;
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            /** Format: uuid */
            createdBy?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string;
            eigenbeleg?: string;
            /** Format: uuid */
            id?: string;
            justification?: string;
            /** Format: uuid */
            paidByMemberId?: string;
            receiptIds?: string[];
            reference?: string;
            /** Format: uuid */
            reimbursesMemberId?: string;
            /** Format: uuid */
            rejectedBy?: string;
            rejectionReason?: string;
            /** Format: uuid */
            reversalOf?: string;
            reversalReason?: string;
            /** Format: uuid */
            reversedBy?: string;
            /** Format: uuid */
            reworkedInto?: string;
            /** Format: uuid */
            reworkOf?: string;
            status?: components["schemas"]["TransactionStatus"];
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            submittedAt?: string;
            /** Format: uuid */
            submittedBy?: string;
            tags?: string[];
            /** Format: uuid */
            toAccountId?: string;
            type?: components["schemas"]["TransactionType"];
            /** Format: int64 */
            version?: number;
            warnings?: components["schemas"]["ComplianceWarning"][];
        };
        /** @description One change of an entry: who, when, which fields, and their values before and after. */
        TransactionChange: {
            action?: string;
            /** Format: uuid */
            actorId?: string;
            after?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            at?: string;
            before?: {
                [key: string]: unknown;
            };
            changedFields?: string[];
        };
        /** @description A page of the search with the totals of the whole filtered set. */
        TransactionPage: {
            items?: components["schemas"]["Transaction"][];
            /** @description Pass as `cursor` for the next page (same `sort`, `size` and filters); null on the last page. Opaque. */
            nextCursor?: string | null;
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            totals?: components["schemas"]["TransactionTotals"];
        };
        /** @description `reason` (required) says why the entry is rejected or reversed; `date` applies to a reversal only. */
        TransactionReasonRequest: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            reason?: string;
        };
        /** @enum {string} */
        TransactionStatus: "DRAFT" | "SUBMITTED" | "APPROVED" | "BOOKED" | "REJECTED";
        TransactionTotals: {
            expense?: components["schemas"]["Money"];
            income?: components["schemas"]["Money"];
        };
        /** @enum {string} */
        TransactionType: "EXPENSE" | "INCOME" | "TRANSFER";
        TransparencyReport: {
            balanceLines?: components["schemas"]["TransparencyReportBalance"][];
            bookName?: string;
            closingBalance?: components["schemas"]["Money"];
            draft?: boolean;
            expenses?: components["schemas"]["TransparencyReportLine"][];
            fund?: components["schemas"]["Fund"];
            income?: components["schemas"]["TransparencyReportLine"][];
            inventory?: components["schemas"]["TransparencyReportInventoryItem"][];
            inventoryTotal?: components["schemas"]["Money"];
            language?: string;
            openingBalance?: components["schemas"]["Money"];
            period?: components["schemas"]["TransparencyReportPeriod"];
            /** Format: int32 */
            requiredSignOffs?: number;
            signOffs?: components["schemas"]["SignOff"][];
            statementOfProperUse?: string;
            totalExpenses?: components["schemas"]["Money"];
            totalIncome?: components["schemas"]["Money"];
        };
        TransparencyReportBalance: {
            amount?: components["schemas"]["Money"];
            kind?: string;
            label?: string;
        };
        TransparencyReportInventoryItem: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string;
            price?: components["schemas"]["Money"];
        };
        TransparencyReportLine: {
            amount?: components["schemas"]["Money"];
            name?: string;
            officialCode?: string;
        };
        TransparencyReportPeriod: {
            /**
             * Format: date
             * @example 2022-03-10
             */
            endDate?: string;
            name?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startDate?: string;
        };
        UnreadCount: {
            /** Format: int64 */
            unread?: number;
        };
        /** @description Absent or null fields keep their value. Needs `If-Match` or `version`. */
        UpdateAccountRequest: {
            archived?: boolean;
            fund?: components["schemas"]["Fund"];
            iban?: string;
            name?: string;
            openingBalance?: components["schemas"]["Money"];
            /**
             * Format: date
             * @example 2022-03-10
             */
            openingDate?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @description Absent fields keep their value; `null` clears `dualApprovalAbove` and `electionDate` (the only optional settings). Needs `If-Match` or `version`. */
        UpdateBookRequest: {
            /**
             * @description Entries above this amount need two approvals; `null` removes the threshold.
             * @example 500.00
             */
            dualApprovalAbove?: components["schemas"]["Money"] | null;
            /**
             * Format: date
             * @description Date of the next municipal election; `null` removes it.
             * @example 2022-03-10
             */
            electionDate?: string | null;
            fourEyes?: boolean;
            locale?: string;
            name?: string;
            repayUnspentPublicFunds?: boolean;
            requireApproval?: boolean;
            requireReceipt?: boolean;
            /**
             * Format: int64
             * @description The version the change is based on, instead of `If-Match`.
             */
            version?: number;
        };
        /** @description Absent fields keep their value. A new `limit` holds for the whole current window and after it (recalculated at once); earlier windows keep theirs. `version` or `If-Match` required. */
        UpdateBudgetRequest: {
            cadence?: components["schemas"]["Cadence"];
            /** Format: uuid */
            categoryId?: string;
            color?: string;
            emoji?: string;
            limit?: components["schemas"]["Money"];
            name?: string;
            rollover?: boolean;
            /**
             * Format: date
             * @example 2022-03-10
             */
            startsOn?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @description Absent fields keep their value; `parentId: null` moves the category to the top level. Needs `If-Match` or `version`. */
        UpdateCategoryRequest: {
            archived?: boolean;
            color?: string;
            emoji?: string;
            name?: string;
            officialCode?: string;
            /**
             * Format: uuid
             * @description `null` moves the category to the top level
             */
            parentId?: string | null;
            /** Format: int64 */
            version?: number;
        };
        /** @description Absent or null fields keep their value. Needs `If-Match` or `version`. */
        UpdateInventoryItemRequest: {
            description?: string;
            /**
             * Format: date
             * @example 2022-03-10
             */
            disposedOn?: string;
            location?: string;
            /** Format: int64 */
            version?: number;
        };
        /** @description Absent or null fields keep their value. */
        UpdateMemberRequest: {
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
        };
        /** @description Absent or null fields keep their value. */
        UpdateMeRequest: {
            displayName?: string;
            locale?: string;
        };
        /** @description A given `template` or `schedule` replaces the whole of it; absent ones keep theirs. `version` or `If-Match` required. Dates already handled are not made again. */
        UpdateRecurringRequest: {
            autoBook?: boolean;
            schedule?: components["schemas"]["RecurringSchedule"];
            template?: components["schemas"]["RecurringTemplate"];
            /** Format: int64 */
            version?: number;
        };
        /** @description Absent fields keep their value; an explicit `null` clears an optional field (toAccountId, categoryId, counterparty, description, reference, paidByMemberId, reimbursesMemberId, justification, eigenbeleg, split). Status changes go through the workflow operations. Needs `If-Match` or `version`. */
        UpdateTransactionRequest: {
            /** Format: uuid */
            accountId?: string;
            amount?: components["schemas"]["PositiveMoney"];
            /** Format: uuid */
            categoryId?: string | null;
            counterparty?: string | null;
            /**
             * Format: date
             * @example 2022-03-10
             */
            date?: string;
            description?: string | null;
            eigenbeleg?: string | null;
            justification?: string | null;
            /** Format: uuid */
            paidByMemberId?: string | null;
            receiptIds?: string[];
            reference?: string | null;
            /** Format: uuid */
            reimbursesMemberId?: string | null;
            /** @description Replaces the split; `null` removes it; absent keeps it (fitted to a changed amount: EXACT parts and several payers must then be sent again). */
            split?: ((components["schemas"]["Split"] | null) | null) | components["schemas"]["Split"] | null;
            tags?: string[];
            /** Format: uuid */
            toAccountId?: string | null;
            type?: components["schemas"]["TransactionType"];
            /** Format: int64 */
            version?: number;
        };
        /** @description `disabled` is required. */
        UpdateUserRequest: {
            disabled?: boolean;
        };
        User: {
            /**
             * Format: date-time
             * @example 2022-03-10T16:15:50Z
             */
            createdAt?: string;
            disabled?: boolean;
            displayName?: string;
            email?: string;
            /** Format: uuid */
            id?: string;
            instanceAdmin?: boolean;
            mfaEnabled?: boolean;
        };
        UserId: {
            /** Format: uuid */
            userId?: string;
        };
        /** @description A page of a collection: `items`, the `page` and `size` asked for, and `totalItems` of the whole collection. */
        UserPage: {
            items?: components["schemas"]["User"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
    };
    responses: {
        /** @description Invalid input: a malformed body, a wrong type or an invalid value; `errors` names each field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the resource's state, or `version` in the body is stale. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role does not allow this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource, or not visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than allowed. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `If-Match` version is stale: reload the resource and retry. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An edit needs `If-Match` or `version` in the body. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected failure (500, quote the request id) or a brief outage (503, retry). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many attempts or too busy; retry after the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid access token (missing, expired, revoked or forged). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed, but breaks a rule of the book or the ledger. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's content type is not accepted here. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBackups: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRunPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The finished run */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    downloadBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The encrypted archive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pgp-encrypted": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RestoreUpload"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    listUserSecurityEvents: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    confirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailVerificationRequest"];
            };
        };
        responses: {
            /** @description Address confirmed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    loginWithMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaLoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    signInWithPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasskeySignInRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    beginPasskeySignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Accepted; a link is mailed if the address has an account */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmation"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listBooks: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    createBook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookRequest"];
            };
        };
        responses: {
            /** @description The new book; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Book"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getBook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The book; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Book"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBookRequest"];
            };
        };
        responses: {
            /** @description The changed book; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Book"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                date?: string;
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The new account; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getAccount: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path: {
                accountId: string;
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                accountId: string;
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The changed account; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    importStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StatementUpload"];
            };
        };
        responses: {
            /** @description What the import did */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getReconciliation: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path: {
                accountId: string;
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listAdvances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Advance"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: string;
                from?: string;
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
                to?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getBalances: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balances"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listBankLines: {
        parameters: {
            query?: {
                accountId?: string;
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
                status?: "NEW" | "MATCHED" | "IGNORED" | "DUPLICATE_SUSPECTED";
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createFromBankLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFromBankLine"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    ignoreBankLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    matchBankLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchBankLine"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    confirmBankLineNotDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    listBudgets: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createBudget: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of the client's choosing: a retry with the same key and body answers the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBudgetRequest"];
            };
        };
        responses: {
            /** @description The new budget; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                budgetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The budget; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                budgetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    updateBudget: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
                budgetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBudgetRequest"];
            };
        };
        responses: {
            /** @description The changed budget; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    getBudgetStatus: {
        parameters: {
            query?: {
                /** @description A day in the window asked for (default today) */
                date?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetStatus"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryRequest"];
            };
        };
        responses: {
            /** @description The new category; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryRequest"];
            };
        };
        responses: {
            /** @description The changed category; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    exportDatev: {
        parameters: {
            query?: {
                periodId?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The EXTF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listImportProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createImportProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportProfileInput"];
            };
        };
        responses: {
            /** @description The profile */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    listInventory: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getInventoryItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    updateInventoryItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInventoryItemRequest"];
            };
        };
        responses: {
            /** @description The changed item; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation; `Location` header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getOverview: {
        parameters: {
            query?: {
                /** @description Language of labels and file names: de (default) or en */
                lang?: "de" | "en";
                periodId?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listPeriods: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeriodRequest"];
            };
        };
        responses: {
            /** @description The new period; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The period; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    closePeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedPeriod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    signOffPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                periodId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOffState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    uploadReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of the client's choosing: a retry with the same key and body answers the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReceiptUpload"];
            };
        };
        responses: {
            /** @description The same file was already in the book: its receipt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description The new receipt; `Location` header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                receiptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    downloadReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                receiptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/xml": string;
                    "image/heic": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "text/xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getReceiptExtraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                receiptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptExtraction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getReceiptThumbnail: {
        parameters: {
            query?: never;
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                bookId: string;
                receiptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listRecurring: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTransactionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createRecurring: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of the client's choosing: a retry with the same key and body answers the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecurringRequest"];
            };
        };
        responses: {
            /** @description The recurring transaction; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getRecurring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recurring transaction; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteRecurring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    updateRecurring: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecurringRequest"];
            };
        };
        responses: {
            /** @description The changed recurring transaction; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    downloadAuditPackage: {
        parameters: {
            query?: {
                /** @description Language of labels and file names: de (default) or en */
                lang?: "de" | "en";
                periodId?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP archive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getExpenseReport: {
        parameters: {
            query?: {
                accountId?: string;
                categoryId?: string;
                /** @description json (default), csv or pdf */
                format?: "json" | "csv" | "pdf";
                from?: string;
                /** @description Language of labels and file names: de (default) or en */
                lang?: "de" | "en";
                maxAmount?: string;
                memberId?: string;
                minAmount?: string;
                q?: string;
                status?: string;
                to?: string;
                type?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report in the requested format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenseReport"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getTransparencyReport: {
        parameters: {
            query?: {
                /** @description json (default), csv or pdf */
                format?: "json" | "csv" | "pdf";
                /** @description PUBLIC (default) or OWN */
                fund?: "PUBLIC" | "OWN";
                /** @description Language of labels and file names: de (default) or en */
                lang?: "de" | "en";
                periodId?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report in the requested format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransparencyReport"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleInput"];
            };
        };
        responses: {
            /** @description The rule */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    replaceRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    testRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    applyRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    testRuleDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getDatevSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatevSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    changeDatevSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeDatevSettingsRequest"];
            };
        };
        responses: {
            /** @description The new settings; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatevSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    getPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    changePublication: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePublicationRequest"];
            };
        };
        responses: {
            /** @description The new setting; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    getSettleUp: {
        parameters: {
            query?: {
                /** @description The day whose end counts (default today) */
                date?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettleUpTransfer"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of the client's choosing: a retry with the same key and body answers the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSettlementRequest"];
            };
        };
        responses: {
            /** @description The settlement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getSettlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getSplitBalances: {
        parameters: {
            query?: {
                /** @description The day whose end counts (default today) */
                date?: string;
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitBalance"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getEntrySplit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrySplit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Entries on this account (either side of a transfer) */
                accountId?: string;
                categoryId?: string;
                /** @description The `nextCursor` of the previous page, for the page after it in the same sort order and filters (keyset: deep pages cost no offset, entries added meanwhile do not shift it); `page` is then ignored */
                cursor?: string;
                /** @description Entries dated on or after this day */
                from?: string;
                maxAmount?: components["schemas"]["Money"];
                /** @description Entries a member created, paid or is reimbursed for */
                memberId?: string;
                minAmount?: components["schemas"]["Money"];
                /** @description The page, from 0. */
                page?: number;
                /** @description Text in counterparty, description or reference */
                q?: string;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
                status?: components["schemas"]["TransactionStatus"];
                /** @description Entries dated on or before this day */
                to?: string;
                type?: components["schemas"]["TransactionType"];
            };
            header?: never;
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    createTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of the client's choosing: a retry with the same key and body answers the first answer instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                bookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransactionRequest"];
            };
        };
        responses: {
            /** @description The new entry with its compliance warnings; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    updateTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the `ETag` of the last read answered it (`"3"`); instead, `version` may be sent in the body. */
                "If-Match"?: string;
            };
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTransactionRequest"];
            };
        };
        responses: {
            /** @description The changed entry; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["ServerError"];
        };
    };
    approveTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry, APPROVED once it has all the approvals it needs; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    bookTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookTransactionRequest"];
            };
        };
        responses: {
            /** @description The booked entry; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    getTransactionHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionChange"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    rejectTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionReasonRequest"];
            };
        };
        responses: {
            /** @description The rejected entry; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    reverseTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionReasonRequest"];
            };
        };
        responses: {
            /** @description The reversal; `Location` and `ETag` headers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    reworkTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new draft; `ETag` header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    submitTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted entry; `ETag` header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    listImportProfilePresets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProfile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The membership was added to the signed-in account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserId"];
                };
            };
            /** @description The account was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserId"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            default: components["responses"]["ServerError"];
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailRequest"];
            };
        };
        responses: {
            /** @description Accepted; the verification link is mailed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    beginTotpEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrollment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    removeTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveTotpRequest"];
            };
        };
        responses: {
            /** @description TOTP removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    confirmTotpEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferences"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMyPasskeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Passkey"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    registerPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasskeyRegistrationRequest"];
            };
        };
        responses: {
            /** @description The registered passkey */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Passkey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    removeMyPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    beginPasskeyRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasskeyRegistrationOptionsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMySecurityEvents: {
        parameters: {
            query?: {
                /** @description The page, from 0. */
                page?: number;
                /** @description Items per page, 1 to 500. */
                size?: number;
                /** @description `field,asc` or `field,desc`; the fields each collection can sort by are in its description. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getOfficialCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialCatalogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ServerError"];
        };
    };
    getPublicPage: {
        parameters: {
            query?: {
                lang?: "de" | "en";
                periodId?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
    getPublicTransparency: {
        parameters: {
            query?: {
                lang?: "de" | "en";
                periodId?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published reports; `ETag` and `Cache-Control` headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTransparency"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ServerError"];
        };
    };
}
