// Generated from CET's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/v1/admin/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
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
                        "application/json": components["schemas"]["PageResponseBackupRunDto"];
                    };
                };
            };
        };
        put?: never;
        /** Backup Now */
        post: {
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
                        "application/json": unknown;
                    };
                };
            };
        };
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
        /** Content */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
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
                        "application/pgp-encrypted": unknown;
                    };
                };
            };
        };
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
        /** Restore */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        archive?: string;
                        passphrase?: string;
                        privateKey?: string;
                        privateKeyPassphrase?: string;
                        setupToken?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RestoreResultDto"];
                    };
                };
            };
        };
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
        /** All users (instance administrator) */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
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
                        "application/json": components["schemas"]["PageResponseAdminUserAnswer"];
                    };
                };
            };
        };
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
        /** Disable (ends all sessions at once) or enable a user (instance administrator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdminPatchUserBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUserAnswer"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/users/{id}/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security events of a user (instance administrator) */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseEventAnswer"];
                    };
                };
            };
        };
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
        /** Confirm an email address with the mailed token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TokenBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Sign in with email and password; answers tokens or the MFA step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokensAnswer"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Second sign-in step: the MFA token and a TOTP or recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MfaLoginBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokensAnswer"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** End the session of the refresh token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Mail a password-reset link (same answer for unknown addresses) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Set a new password with the mailed token; ends all sessions, signs nobody in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResetConfirmBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** New tokens for a refresh token (which is spent; reusing it ends the session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokensAnswer"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** The books I am a member of */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
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
                        "application/json": components["schemas"]["PageResponseBookBody"];
                    };
                };
            };
        };
        put?: never;
        /** Create a book; the caller becomes its ADMIN */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBookBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** A book and its settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a book's settings (ADMIN; If-Match or version required) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JsonNode"];
                };
            };
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
            };
        };
        trace?: never;
    };
    "/api/v1/books/{bookId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The book's accounts with their balance at the end of `date` (default today) */
        get: {
            parameters: {
                query?: {
                    date?: components["schemas"]["LocalDate"];
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseAccountBody"];
                    };
                };
            };
        };
        put?: never;
        /** Open an account (ADMIN, TREASURER) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateAccountBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** One account with its balance at the end of `date` (default today) */
        get: {
            parameters: {
                query?: {
                    date?: components["schemas"]["LocalDate"];
                };
                header?: never;
                path: {
                    accountId: components["schemas"]["UUID"];
                    bookId: components["schemas"]["UUID"];
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account (ADMIN, TREASURER; If-Match or version required) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    accountId: components["schemas"]["UUID"];
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeAccountBody"];
                };
            };
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
            };
        };
        trace?: never;
    };
    "/api/v1/books/{bookId}/advances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open advances per member: what the book owes them until reimbursed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["AdvanceBody"][];
                    };
                };
            };
        };
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
        /** The book's audit log, oldest first (ADMIN, TREASURER, AUDITOR) */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseAuditEntryBody"];
                    };
                };
            };
        };
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
        /** Recomputes the hash chain: {valid, entries, firstBrokenAt} */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["VerificationBody"];
                    };
                };
            };
        };
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
        /** Balance of every account and of each fund (PUBLIC, OWN) at the end of `date` (default today) */
        get: {
            parameters: {
                query?: {
                    date?: components["schemas"]["LocalDate"];
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["BalancesBody"];
                    };
                };
            };
        };
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
        /** The book's categories */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseCategoryBody"];
                    };
                };
            };
        };
        put?: never;
        /** Create a category (ADMIN, TREASURER) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateCategoryBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** One category */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    categoryId: components["schemas"]["UUID"];
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or archive a category (ADMIN, TREASURER; If-Match or version required); parentId null moves it to the top */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    bookId: components["schemas"]["UUID"];
                    categoryId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JsonNode"];
                };
            };
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
            };
        };
        trace?: never;
    };
    "/api/v1/books/{bookId}/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inventory register (items from booked EX-700 expenses) */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseInventoryBody"];
                    };
                };
            };
        };
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
        /** One inventory item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    itemId: components["schemas"]["UUID"];
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Describe, relocate or dispose of an item (ADMIN, TREASURER; If-Match or version required) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    bookId: components["schemas"]["UUID"];
                    itemId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeInventoryBody"];
                };
            };
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
            };
        };
        trace?: never;
    };
    "/api/v1/books/{bookId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invitations of the book (ADMIN) */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseInvitationAnswer"];
                    };
                };
            };
        };
        put?: never;
        /** Invite an address into the book with a role (ADMIN); the link is mailed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InviteBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Revoke an open invitation (ADMIN) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    invitationId: components["schemas"]["UUID"];
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
            };
        };
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
        /** Members of a book with their roles */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponseMemberBody"];
                    };
                };
            };
        };
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
        /** Remove a member (ADMIN), or leave the book (yourself); the last admin stays */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    userId: components["schemas"]["UUID"];
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
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role or signatory flag (ADMIN) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    userId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeMemberBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/books/{bookId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard data (every member): balances per account and fund, totals per category and month, open approvals, open advances, run-rate forecast of the period-end balance and the public money to repay */
        get: {
            parameters: {
                query?: {
                    lang?: string;
                    periodId?: components["schemas"]["UUID"];
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["OverviewJson"];
                    };
                };
            };
        };
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
        /** The book's periods, oldest first */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
                    sort?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["PageResponsePeriodBody"];
                    };
                };
            };
        };
        put?: never;
        /** Create a period (ADMIN, TREASURER); periods of a book never overlap (409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePeriodBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** One period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    periodId: components["schemas"]["UUID"];
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
            };
        };
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
        /** Close a period (ADMIN, TREASURER): 409 with blockers, else closing balances carried into the next period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    periodId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["ClosedPeriodBody"];
                    };
                };
            };
        };
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
        /** A signatory signs a closed period's transparency report; two signatures make it final */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    periodId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["SignOffStateJson"];
                    };
                };
            };
        };
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
        /** Upload a receipt (multipart field `file`): 201, or 200 with the stored receipt when the same file is already in the book; 415 wrong type, 413 too large */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
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
            };
        };
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
        /** A receipt's metadata */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    receiptId: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["ReceiptBody"];
                    };
                };
            };
        };
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
        /** The file itself, as an attachment, to members only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    receiptId: components["schemas"]["UUID"];
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
                        "*/*": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/books/{bookId}/reports/audit-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit package of a period as a streamed ZIP (ADMIN, TREASURER, AUDITOR) */
        get: {
            parameters: {
                query?: {
                    lang?: string;
                    periodId?: components["schemas"]["UUID"];
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/zip": unknown;
                    };
                };
            };
        };
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
        /** Expense report of a date range (every member): the transactions search's filters, booked entries unless status is given, grouped by category with receipt numbers and subtotals */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    categoryId?: string;
                    format?: string;
                    from?: string;
                    lang?: string;
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
                    bookId: components["schemas"]["UUID"];
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
                        "application/pdf": unknown;
                        "text/csv": unknown;
                    };
                };
            };
        };
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
        /** Transparency report of a period and fund (every member); format=json|csv|pdf, lang=de|en */
        get: {
            parameters: {
                query?: {
                    format?: string;
                    fund?: string;
                    lang?: string;
                    periodId?: components["schemas"]["UUID"];
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
                        "application/pdf": unknown;
                        "text/csv": unknown;
                    };
                };
            };
        };
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
        /** Search entries: filters from, to, type, status, accountId, categoryId, memberId, minAmount, maxAmount, q; sort date|amount|createdAt|status|type|counterparty; totals of the filtered set */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    categoryId?: string;
                    from?: string;
                    maxAmount?: string;
                    memberId?: string;
                    minAmount?: string;
                    page?: string;
                    q?: string;
                    size?: string;
                    sort?: string;
                    status?: string;
                    to?: string;
                    type?: string;
                };
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
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
            };
        };
        put?: never;
        /** Record an entry as DRAFT (default), SUBMITTED or BOOKED; Idempotency-Key honoured */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path: {
                    bookId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTransactionBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** One entry with its compliance warnings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
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
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft (409 for any other status: booked entries are reversed) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
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
            };
        };
        options?: never;
        head?: never;
        /** Edit a draft (own, or any as treasurer) or a submitted entry (treasurer); If-Match or version required; absent fields stay, an explicit null clears an optional field */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JsonNode"];
                };
            };
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
            };
        };
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
        /** Approve a submitted entry (four-eyes breach → 403) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
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
            };
        };
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
        /** Book the entry, optionally on another account and date (treasurer, admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BookBody1"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Every change: who, when, before and after */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
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
                        "application/json": components["schemas"]["ChangeBody"][];
                    };
                };
            };
        };
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
        /** Reject with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReasonBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Reverse a booked entry by a linked reversal entry; answers the reversal (201) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReasonBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Turn a rejected entry into a new linked draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
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
            };
        };
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
        /** DRAFT → SUBMITTED */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookId: components["schemas"]["UUID"];
                    id: components["schemas"]["UUID"];
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
            };
        };
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
        /** What an invitation offers; unknown, used, revoked or expired → 404 */
        get: {
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
                        "application/json": components["schemas"]["InvitationPreviewAnswer"];
                    };
                };
            };
        };
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
        /** Accept an invitation: with displayName and password a new account (201); with a bearer token of the invited account, the membership (200) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AcceptBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** My account, with my books and roles */
        get: {
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
                        "application/json": components["schemas"]["MeAnswer"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change display name or language (de, en; the language of my mails) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PatchMeBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeAnswer"];
                    };
                };
            };
        };
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
        /** Change my email: a verification link goes to the new address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeEmailBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Start TOTP enrollment: secret, otpauth URI and QR code (PNG, base64) */
        post: {
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
                        "application/json": components["schemas"]["EnrollmentAnswer"];
                    };
                };
            };
        };
        /** Remove TOTP (password and a current code required) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoveTotpBody"];
                };
            };
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
            };
        };
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
        /** Confirm TOTP with a code; answers ten single-use recovery codes (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CodeBody"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodesAnswer"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Change my password (current password required; other sessions may be ended) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordBody"];
                };
            };
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
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Security events of my account, newest first */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    size?: string;
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
                        "application/json": components["schemas"]["PageResponseEventAnswer"];
                    };
                };
            };
        };
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
        /** My active sessions (devices) */
        get: {
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
                        "application/json": components["schemas"]["SessionAnswer"][];
                    };
                };
            };
        };
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
        /** Revoke one of my sessions; its tokens stop working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
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
            };
        };
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
        /** The official category catalogue every book's categories map to */
        get: {
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
                        "application/json": components["schemas"]["CatalogueBody"];
                    };
                };
            };
        };
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
        AcceptBody: {
            displayName?: string;
            locale?: string;
            password?: string;
            token?: string;
        };
        AccountBalance: {
            accountId?: components["schemas"]["UUID"];
            balance?: components["schemas"]["Money"];
        };
        AccountBody: {
            archived?: boolean;
            balance?: components["schemas"]["Money"];
            balanceDate?: components["schemas"]["LocalDate"];
            fund?: components["schemas"]["Fund"];
            iban?: string;
            id?: components["schemas"]["UUID"];
            name?: string;
            openingBalance?: components["schemas"]["Money"];
            openingDate?: components["schemas"]["LocalDate"];
            type?: components["schemas"]["AccountType"];
            /** Format: int64 */
            version?: number;
        };
        AccountJson: {
            accountId?: components["schemas"]["UUID"];
            archived?: boolean;
            balance?: components["schemas"]["Money"];
            fund?: components["schemas"]["Fund1"];
            name?: string;
            type?: string;
        };
        /** @enum {string} */
        AccountType: "BANK" | "CASH";
        AdminPatchUserBody: {
            disabled?: boolean;
        };
        AdminUserAnswer: {
            createdAt?: components["schemas"]["Instant"];
            disabled?: boolean;
            displayName?: string;
            email?: string;
            id?: components["schemas"]["UUID"];
            instanceAdmin?: boolean;
            mfaEnabled?: boolean;
        };
        AdvanceBody: {
            amount?: components["schemas"]["Money"];
            displayName?: string;
            memberId?: components["schemas"]["UUID"];
        };
        AdvanceJson: {
            amount?: components["schemas"]["Money"];
            displayName?: string;
            memberId?: components["schemas"]["UUID"];
        };
        ApprovalBody: {
            approverId?: components["schemas"]["UUID"];
            at?: components["schemas"]["Instant"];
        };
        ApprovalJson: {
            amount?: components["schemas"]["Money"];
            counterparty?: string;
            date?: components["schemas"]["LocalDate"];
            description?: string;
            id?: components["schemas"]["UUID"];
            status?: string;
            type?: string;
        };
        ApprovalsJson: {
            /** Format: int64 */
            count?: number;
            items?: components["schemas"]["ApprovalJson"][];
        };
        AuditEntryBody: {
            action?: string;
            actorId?: components["schemas"]["UUID"];
            at?: components["schemas"]["Instant"];
            entityId?: string;
            entityType?: string;
            hash?: string;
            payload?: string;
            prevHash?: string;
            /** Format: int64 */
            sequence?: number;
        };
        BackupRunDto: {
            error?: string;
            fileName?: string;
            finishedAt?: components["schemas"]["Instant"];
            id?: components["schemas"]["UUID"];
            sha256?: string;
            /** Format: int64 */
            sizeBytes?: number;
            startedAt?: components["schemas"]["Instant"];
            status?: string;
            trigger?: string;
        };
        BalancesBody: {
            accounts?: components["schemas"]["AccountBalance"][];
            date?: components["schemas"]["LocalDate"];
            ownFund?: components["schemas"]["Money"];
            publicFund?: components["schemas"]["Money"];
            total?: components["schemas"]["Money"];
        };
        BookBody: {
            currency?: string;
            dualApprovalAbove?: components["schemas"]["Money"];
            electionDate?: components["schemas"]["LocalDate"];
            fourEyes?: boolean;
            id?: components["schemas"]["UUID"];
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
        BookBody1: {
            accountId?: components["schemas"]["UUID"];
            date?: components["schemas"]["LocalDate"];
        };
        /** @enum {string} */
        BookKind: "CAUCUS" | "HOUSEHOLD" | "GROUP";
        /** @enum {string} */
        BookRole: "ADMIN" | "TREASURER" | "MEMBER" | "AUDITOR";
        CatalogueBody: {
            items?: components["schemas"]["OfficialCategoryBody"][];
            version?: string;
        };
        CategoryBody: {
            archived?: boolean;
            color?: string;
            emoji?: string;
            id?: components["schemas"]["UUID"];
            kind?: components["schemas"]["CategoryKind"];
            name?: string;
            officialCode?: string;
            parentId?: components["schemas"]["UUID"];
            /** Format: int64 */
            version?: number;
        };
        /** @enum {string} */
        CategoryFlag: "REVIEW" | "JUSTIFY";
        /** @enum {string} */
        CategoryKind: "INCOME" | "EXPENSE";
        ChangeAccountBody: {
            archived?: boolean;
            fund?: components["schemas"]["Fund"];
            iban?: string;
            name?: string;
            openingBalance?: components["schemas"]["Money"];
            openingDate?: components["schemas"]["LocalDate"];
            /** Format: int64 */
            version?: number;
        };
        ChangeBody: {
            action?: string;
            actorId?: components["schemas"]["UUID"];
            after?: {
                [key: string]: unknown;
            };
            at?: components["schemas"]["Instant"];
            before?: {
                [key: string]: unknown;
            };
            changedFields?: string[];
        };
        ChangeEmailBody: {
            currentPassword?: string;
            newEmail?: string;
        };
        ChangeInventoryBody: {
            description?: string;
            disposedOn?: components["schemas"]["LocalDate"];
            location?: string;
            /** Format: int64 */
            version?: number;
        };
        ChangeMemberBody: {
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
        };
        ChangePasswordBody: {
            currentPassword?: string;
            endOtherSessions?: boolean;
            newPassword?: string;
        };
        ClosedPeriodBody: {
            closedAt?: components["schemas"]["Instant"];
            closedBy?: components["schemas"]["UUID"];
            closingBalances?: components["schemas"]["AccountBalance"][];
            endDate?: components["schemas"]["LocalDate"];
            id?: components["schemas"]["UUID"];
            name?: string;
            nextPeriod?: components["schemas"]["PeriodBody"];
            startDate?: components["schemas"]["LocalDate"];
            status?: components["schemas"]["PeriodStatus"];
            /** Format: int64 */
            version?: number;
        };
        CodeBody: {
            code?: string;
        };
        CreateAccountBody: {
            fund?: components["schemas"]["Fund"];
            iban?: string;
            name?: string;
            openingBalance?: components["schemas"]["Money"];
            openingDate?: components["schemas"]["LocalDate"];
            type?: components["schemas"]["AccountType"];
        };
        CreateBookBody: {
            currency?: string;
            firstPeriod?: components["schemas"]["FirstPeriodBody"];
            kind?: components["schemas"]["BookKind"];
            locale?: string;
            name?: string;
        };
        CreateCategoryBody: {
            color?: string;
            emoji?: string;
            kind?: components["schemas"]["CategoryKind"];
            name?: string;
            officialCode?: string;
            parentId?: components["schemas"]["UUID"];
        };
        CreatePeriodBody: {
            endDate?: components["schemas"]["LocalDate"];
            name?: string;
            startDate?: components["schemas"]["LocalDate"];
        };
        CreateTransactionBody: {
            accountId?: components["schemas"]["UUID"];
            amount?: components["schemas"]["Money"];
            categoryId?: components["schemas"]["UUID"];
            counterparty?: string;
            date?: components["schemas"]["LocalDate"];
            description?: string;
            eigenbeleg?: string;
            justification?: string;
            paidByMemberId?: components["schemas"]["UUID"];
            receiptIds?: string[];
            reference?: string;
            reimbursesMemberId?: components["schemas"]["UUID"];
            status?: components["schemas"]["TransactionStatus"];
            tags?: string[];
            toAccountId?: components["schemas"]["UUID"];
            type?: components["schemas"]["TransactionType"];
        };
        EmailBody: {
            email?: string;
        };
        EnrollmentAnswer: {
            otpauthUri?: string;
            qrCodePng?: string;
            secret?: string;
        };
        EventAnswer: {
            detail?: string;
            id?: components["schemas"]["UUID"];
            ip?: string;
            occurredAt?: components["schemas"]["Instant"];
            type?: string;
        };
        FirstPeriodBody: {
            endDate?: components["schemas"]["LocalDate"];
            name?: string;
            startDate?: components["schemas"]["LocalDate"];
        };
        ForecastJson: {
            currentBalance?: components["schemas"]["Money"];
            /** Format: int64 */
            daysElapsed?: number;
            /** Format: int64 */
            daysRemaining?: number;
            fund?: components["schemas"]["Fund1"];
            openingBalance?: components["schemas"]["Money"];
            projectedClosingBalance?: components["schemas"]["Money"];
        };
        /** @enum {string} */
        Fund: "PUBLIC" | "OWN";
        /** @enum {string} */
        Fund1: "PUBLIC" | "OWN";
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        InventoryBody: {
            date?: components["schemas"]["LocalDate"];
            description?: string;
            disposedOn?: components["schemas"]["LocalDate"];
            id?: components["schemas"]["UUID"];
            location?: string;
            price?: components["schemas"]["Money"];
            transactionId?: components["schemas"]["UUID"];
            /** Format: int64 */
            version?: number;
        };
        InvitationAnswer: {
            bookId?: components["schemas"]["UUID"];
            createdAt?: components["schemas"]["Instant"];
            email?: string;
            expiresAt?: components["schemas"]["Instant"];
            id?: components["schemas"]["UUID"];
            role?: components["schemas"]["BookRole"];
        };
        InvitationPreviewAnswer: {
            bookName?: string;
            email?: string;
            expiresAt?: components["schemas"]["Instant"];
            instanceAdmin?: boolean;
            role?: components["schemas"]["BookRole"];
        };
        InviteBody: {
            email?: string;
            role?: components["schemas"]["BookRole"];
        };
        JsonNode: {
            array?: boolean;
            bigDecimal?: boolean;
            bigInteger?: boolean;
            binary?: boolean;
            boolean?: boolean;
            containerNode?: boolean;
            double?: boolean;
            empty?: boolean;
            float?: boolean;
            floatingPointNumber?: boolean;
            int?: boolean;
            integralNumber?: boolean;
            long?: boolean;
            missingNode?: boolean;
            nodeType?: components["schemas"]["JsonNodeType"];
            null?: boolean;
            number?: boolean;
            object?: boolean;
            pojo?: boolean;
            short?: boolean;
            textual?: boolean;
            valueNode?: boolean;
        };
        /** @enum {string} */
        JsonNodeType: "ARRAY" | "BINARY" | "BOOLEAN" | "MISSING" | "NULL" | "NUMBER" | "OBJECT" | "POJO" | "STRING";
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        LoginBody: {
            email?: string;
            password?: string;
        };
        MeAnswer: {
            displayName?: string;
            email?: string;
            emailVerified?: boolean;
            id?: components["schemas"]["UUID"];
            instanceAdmin?: boolean;
            locale?: string;
            memberships?: components["schemas"]["MembershipAnswer"][];
            mfaEnabled?: boolean;
        };
        MemberBody: {
            displayName?: string;
            email?: string;
            joinedAt?: components["schemas"]["Instant"];
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
            userId?: components["schemas"]["UUID"];
        };
        MembershipAnswer: {
            bookId?: components["schemas"]["UUID"];
            bookName?: string;
            role?: components["schemas"]["BookRole"];
            signatory?: boolean;
        };
        MfaLoginBody: {
            code?: string;
            mfaToken?: string;
        };
        Money: {
            amount?: number;
            negative?: boolean;
            positive?: boolean;
            zero?: boolean;
        };
        MonthJson: {
            amount?: components["schemas"]["Money"];
            fund?: components["schemas"]["Fund1"];
            month?: string;
            name?: string;
            officialCode?: string;
        };
        OfficialCategoryBody: {
            code?: string;
            flags?: components["schemas"]["CategoryFlag"][];
            kind?: components["schemas"]["CategoryKind"];
            nameDe?: string;
            nameEn?: string;
        };
        OverviewJson: {
            accounts?: components["schemas"]["AccountJson"][];
            asOf?: components["schemas"]["LocalDate"];
            endDate?: components["schemas"]["LocalDate"];
            forecasts?: components["schemas"]["ForecastJson"][];
            months?: components["schemas"]["MonthJson"][];
            openAdvances?: components["schemas"]["AdvanceJson"][];
            openApprovals?: components["schemas"]["ApprovalsJson"];
            ownFund?: components["schemas"]["Money"];
            periodId?: components["schemas"]["UUID"];
            periodName?: string;
            publicDisposition?: string;
            publicFund?: components["schemas"]["Money"];
            startDate?: components["schemas"]["LocalDate"];
            unspentPublicMoney?: components["schemas"]["Money"];
            unspentPublicMoneyToRepay?: components["schemas"]["Money"];
        };
        PageResponseAccountBody: {
            items?: components["schemas"]["AccountBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseAdminUserAnswer: {
            items?: components["schemas"]["AdminUserAnswer"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseAuditEntryBody: {
            items?: components["schemas"]["AuditEntryBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseBackupRunDto: {
            items?: components["schemas"]["BackupRunDto"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseBookBody: {
            items?: components["schemas"]["BookBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseCategoryBody: {
            items?: components["schemas"]["CategoryBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseEventAnswer: {
            items?: components["schemas"]["EventAnswer"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseInventoryBody: {
            items?: components["schemas"]["InventoryBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseInvitationAnswer: {
            items?: components["schemas"]["InvitationAnswer"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponseMemberBody: {
            items?: components["schemas"]["MemberBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PageResponsePeriodBody: {
            items?: components["schemas"]["PeriodBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        PatchMeBody: {
            displayName?: string;
            locale?: string;
        };
        PeriodBody: {
            closedAt?: components["schemas"]["Instant"];
            closedBy?: components["schemas"]["UUID"];
            endDate?: components["schemas"]["LocalDate"];
            id?: components["schemas"]["UUID"];
            name?: string;
            startDate?: components["schemas"]["LocalDate"];
            status?: components["schemas"]["PeriodStatus"];
            /** Format: int64 */
            version?: number;
        };
        /** @enum {string} */
        PeriodStatus: "OPEN" | "CLOSED";
        ReasonBody: {
            date?: components["schemas"]["LocalDate"];
            reason?: string;
        };
        ReceiptBody: {
            contentType?: string;
            fileName?: string;
            id?: components["schemas"]["UUID"];
            number?: string;
            periodId?: components["schemas"]["UUID"];
            sha256?: string;
            /** Format: int64 */
            size?: number;
            uploadedAt?: components["schemas"]["Instant"];
            uploadedBy?: components["schemas"]["UUID"];
        };
        RecoveryCodesAnswer: {
            recoveryCodes?: string[];
        };
        RefreshBody: {
            refreshToken?: string;
        };
        RemoveTotpBody: {
            code?: string;
            password?: string;
        };
        ResetConfirmBody: {
            newPassword?: string;
            token?: string;
        };
        RestoreResultDto: {
            archiveSchemaVersion?: string;
            migrated?: boolean;
            /** Format: int64 */
            rows?: number;
            schemaVersion?: string;
            /** Format: int32 */
            tables?: number;
        };
        SessionAnswer: {
            createdAt?: components["schemas"]["Instant"];
            current?: boolean;
            expiresAt?: components["schemas"]["Instant"];
            id?: components["schemas"]["UUID"];
            ip?: string;
            lastUsedAt?: components["schemas"]["Instant"];
            userAgent?: string;
        };
        SignOffJson: {
            displayName?: string;
            signedAt?: components["schemas"]["Instant"];
            userId?: components["schemas"]["UUID"];
        };
        SignOffStateJson: {
            draft?: boolean;
            periodId?: components["schemas"]["UUID"];
            /** Format: int32 */
            requiredSignOffs?: number;
            signOffs?: components["schemas"]["SignOffJson"][];
        };
        TokenBody: {
            token?: string;
        };
        TokensAnswer: {
            accessToken?: string;
            /** Format: int64 */
            expiresIn?: number;
            mfaEnrollmentRequired?: boolean;
            mfaRequired?: boolean;
            mfaToken?: string;
            refreshToken?: string;
            tokenType?: string;
        };
        Totals: {
            expense?: components["schemas"]["Money"];
            income?: components["schemas"]["Money"];
        };
        TransactionBody: {
            accountId?: components["schemas"]["UUID"];
            amount?: components["schemas"]["Money"];
            approvals?: components["schemas"]["ApprovalBody"][];
            bookedAt?: components["schemas"]["Instant"];
            bookedBy?: components["schemas"]["UUID"];
            categoryId?: components["schemas"]["UUID"];
            counterparty?: string;
            createdAt?: components["schemas"]["Instant"];
            createdBy?: components["schemas"]["UUID"];
            date?: components["schemas"]["LocalDate"];
            description?: string;
            eigenbeleg?: string;
            id?: components["schemas"]["UUID"];
            justification?: string;
            paidByMemberId?: components["schemas"]["UUID"];
            receiptIds?: string[];
            reference?: string;
            reimbursesMemberId?: components["schemas"]["UUID"];
            rejectedBy?: components["schemas"]["UUID"];
            rejectionReason?: string;
            reversalOf?: components["schemas"]["UUID"];
            reversalReason?: string;
            reversedBy?: components["schemas"]["UUID"];
            reworkedInto?: components["schemas"]["UUID"];
            reworkOf?: components["schemas"]["UUID"];
            status?: components["schemas"]["TransactionStatus"];
            submittedAt?: components["schemas"]["Instant"];
            submittedBy?: components["schemas"]["UUID"];
            tags?: string[];
            toAccountId?: components["schemas"]["UUID"];
            type?: components["schemas"]["TransactionType"];
            /** Format: int64 */
            version?: number;
            warnings?: components["schemas"]["WarningBody"][];
        };
        TransactionPage: {
            items?: components["schemas"]["TransactionBody"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            totals?: components["schemas"]["Totals"];
        };
        /** @enum {string} */
        TransactionStatus: "DRAFT" | "SUBMITTED" | "APPROVED" | "BOOKED" | "REJECTED";
        /** @enum {string} */
        TransactionType: "EXPENSE" | "INCOME" | "TRANSFER";
        /** Format: uuid */
        UUID: string;
        VerificationBody: {
            /** Format: int64 */
            entries?: number;
            /** Format: int64 */
            firstBrokenAt?: number;
            valid?: boolean;
        };
        WarningBody: {
            code?: string;
            message?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
