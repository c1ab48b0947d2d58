/**
 * The API's types, generated from its OpenAPI document by `npm run api:types`
 * (scripts/generate-api-types.mjs, openapi-typescript). Do not edit: change the route's zod schemas
 * and regenerate; `npm run lint` fails while this file is stale.
 */

export interface paths {
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalogue/{id}/end-of-support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putAdminCatalogueByIdEndOfSupport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalogue/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putAdminCatalogueByIdPoints"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalogue/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminCatalogueExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/catalogue/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAdminCatalogueImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAdminErasures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminFaq"];
        put: operations["putAdminFaq"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/legacy-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminLegacyImports"];
        put?: never;
        /** @description A CSV file under the field "file"; the import runs as a job. Poll GET /api/admin/legacy-imports/:id. */
        post: operations["postAdminLegacyImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/legacy-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminLegacyImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/legacy-imports/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAdminLegacyImportsByIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminProgramme"];
        put: operations["putAdminProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminStaff"];
        put?: never;
        post: operations["postAdminStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteAdminStaffById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/two-step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteAdminStaffByIdTwoStep"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAdminTiers"];
        put?: never;
        post: operations["postAdminTiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putAuthLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/two-step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthLoginTwoStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/resend-set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthResendSetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthSetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAuthToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-step/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthTwoStepConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-step/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postAuthTwoStepSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBillingInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/invoices/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postBillingInvoicesByIdPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBillingInvoicesByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/invoices/{id}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBillingInvoicesByIdUbl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/orders/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postBillingOrdersByIdPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/orders/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBillingOrdersByIdPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDevClock"];
        put?: never;
        post: operations["postDevClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/daily-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postDevDailyRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDevMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/mailbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDevMailboxById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/mailbox/{id}/attachments/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDevMailboxByIdAttachmentsByIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/invoices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getExportsInvoicesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/members.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getExportsMembersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/payments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getExportsPaymentsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/products.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getExportsProductsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFaq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faq/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFaqByKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/collection-items/{id}/returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postFinanceCollectionItemsByIdReturned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/collection-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceCollectionRuns"];
        put?: never;
        post: operations["postFinanceCollectionRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/collection-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceCollectionRunsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/collection-runs/{id}/pain008": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceCollectionRunsByIdPain008"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/collection-runs/{id}/settled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postFinanceCollectionRunsByIdSettled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/collection-runs/{id}/submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postFinanceCollectionRunsByIdSubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/invoices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceInvoicesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/invoices/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postFinanceInvoicesByIdCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/orders/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postFinanceOrdersByIdPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinancePayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/statement-lines/{id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postFinanceStatementLinesByIdMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/statement-lines/unmatched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceStatementLinesUnmatched"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceStatements"];
        put?: never;
        /** @description A CAMT.053 XML file under "file" (at most 20 MB). Checked at once (400 naming the line, 422 for another account), then booked by a job: 202 with the import; poll GET /api/finance/statements/:id. The same statement again answers 200 with the earlier import and `duplicate`. */
        post: operations["postFinanceStatements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFinanceStatementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsMigration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getInsightsRevenue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMembership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postMembershipCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMembershipCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership/card.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMembershipCardPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMembershipHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postMembershipPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMembershipQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMigration"];
        put?: never;
        post: operations["postMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/migration/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postMigrationLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/migration/link/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postMigrationLinkConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/colleagues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOrgColleagues"];
        put?: never;
        post: operations["postOrgColleagues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/colleagues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteOrgColleaguesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/e-invoicing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOrgEInvoicing"];
        put: operations["putOrgEInvoicing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The organisation's data (GDPR): a zip with organisation.json and its stored files. */
        get: operations["getOrgExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProducts"];
        put?: never;
        post: operations["postProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProductsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchProductsById"];
        trace?: never;
    };
    "/api/products/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postProductsByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/dealers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProductsDealers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Field "application": RegistrationInput as JSON; files "documents" in the order of application.documents. */
        post: operations["postRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registrations/more-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postRegistrationsMoreInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registrations/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRegistrationsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postStaffCasesByIdClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postStaffCasesByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffCasesByIdDocumentsByDocumentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postStaffCasesByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/{id}/resend-set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postStaffCasesByIdResendSetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/cases/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postStaffCasesNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/legacy-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postStaffOrganisationsByIdLegacyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffOrganisationsByIdUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/serial-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffSerialConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStaffTicketsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putStaffTicketsByIdStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postSupportContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSupportTickets"];
        put?: never;
        /** @description Field "ticket": NewTicketInput as JSON; files "attachments". */
        post: operations["postSupportTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSupportTicketsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSupportTicketsByIdAttachmentsByAttachmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Field "reply": ReplyInput as JSON; files "attachments". */
        post: operations["postSupportTicketsByIdMessages"];
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
        ErrorBody: {
            error: {
                /** @description A stable code, e.g. `validation_failed`. */
                code: string;
                /** @description Field path → translated message, for validation errors. */
                fields?: {
                    [key: string]: string;
                };
                /** @description Translated into the request language. */
                message: string;
            };
        };
    };
    responses: {
        /** @description The request is malformed or fails validation (`fields` names each field). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The resource is not in a state that allows this change. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not allowed for this user, two-step set-up required, or a cross-site write. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The resource does not exist or is not visible to this user. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests; try again later. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No valid session. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The database is unreachable; retry after `Retry-After` seconds. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Well-formed input the rules refuse. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
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
    getAdminAudit: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                cursor?: string;
                entityId?: string;
                entityType?: string;
                from?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: string[];
                        items: {
                            action: string;
                            actor: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                role: string;
                            } | null;
                            actorIp: string | null;
                            /** Format: date-time */
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            entityId: string;
                            entityType: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    putAdminCatalogueByIdEndOfSupport: {
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
                "application/json": {
                    endOfSupportOn: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @enum {string} */
                        category: "camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable";
                        endOfSupportOn: string | null;
                        /** Format: uuid */
                        id: string;
                        modelCode: string;
                        name: string;
                        points: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    putAdminCatalogueByIdPoints: {
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
                "application/json": {
                    points: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @enum {string} */
                        category: "camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable";
                        endOfSupportOn: string | null;
                        /** Format: uuid */
                        id: string;
                        modelCode: string;
                        name: string;
                        points: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminCatalogueExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAdminCatalogueImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            problems: {
                                column: string;
                                problem: string;
                                row: number;
                            }[];
                        };
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    postAdminErasures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        erased: {
                            applications: number;
                            mails: number;
                            mentions: number;
                            tickets: number;
                            users: number;
                        };
                        /** Format: date-time */
                        erasedAt: string;
                        /** Format: uuid */
                        erasureId: string;
                        kept: {
                            invoices: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminFaq: {
        parameters: {
            query: {
                locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            /** @enum {string} */
                            category: "business_account" | "migration" | "points" | "tiers" | "payment" | "membership_number";
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            position: number;
                            published: boolean;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    putAdminFaq: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    category: "business_account" | "migration" | "points" | "tiers" | "payment" | "membership_number";
                    key: string;
                    /** @enum {string} */
                    locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                    position: number;
                    published: boolean;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        category: "business_account" | "migration" | "points" | "tiers" | "payment" | "membership_number";
                        /** Format: uuid */
                        id: string;
                        key: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        position: number;
                        published: boolean;
                        title: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminLegacyImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bytesDone: number;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "accounts" | "products";
                            problems: {
                                column: string;
                                problem: string;
                                row: number;
                            }[];
                            rowsDone: number;
                            rowsImported: number;
                            rowsPerSecond: number | null;
                            rowsRejected: number;
                            rowsUnchanged: number;
                            share: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            totalBytes: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAdminLegacyImports: {
        parameters: {
            query: {
                kind: "accounts" | "products";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bytesDone: number;
                        error: string | null;
                        fileName: string;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "accounts" | "products";
                        problems: {
                            column: string;
                            problem: string;
                            row: number;
                        }[];
                        rowsDone: number;
                        rowsImported: number;
                        rowsPerSecond: number | null;
                        rowsRejected: number;
                        rowsUnchanged: number;
                        share: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        totalBytes: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminLegacyImportsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bytesDone: number;
                        error: string | null;
                        fileName: string;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "accounts" | "products";
                        problems: {
                            column: string;
                            problem: string;
                            row: number;
                        }[];
                        rowsDone: number;
                        rowsImported: number;
                        rowsPerSecond: number | null;
                        rowsRejected: number;
                        rowsUnchanged: number;
                        share: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        totalBytes: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAdminLegacyImportsByIdResume: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bytesDone: number;
                        error: string | null;
                        fileName: string;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "accounts" | "products";
                        problems: {
                            column: string;
                            problem: string;
                            row: number;
                        }[];
                        rowsDone: number;
                        rowsImported: number;
                        rowsPerSecond: number | null;
                        rowsRejected: number;
                        rowsUnchanged: number;
                        share: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        totalBytes: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        directDebit: {
                            leadDays: number;
                            preNotificationDays: number;
                        };
                        invitationThreshold: number;
                        overduePolicy: {
                            /** @enum {string} */
                            action: "reminder" | "suspend" | "cancel";
                            days: number;
                        }[];
                        paymentMethods: {
                            default: ("card" | "bank_transfer" | "sepa_debit")[];
                        } & {
                            [key: string]: ("card" | "bank_transfer" | "sepa_debit")[];
                        };
                        paymentTermDays: number;
                        refundOnCancel: boolean;
                        seller: {
                            bic: string;
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            electronicAddress?: string;
                            email: string;
                            iban: string;
                            name: string;
                            postcode: string;
                            registrationNumber: string;
                            sepaCreditorId: string;
                            street: string;
                            vatNumber: string;
                        };
                        serialPatterns: {
                            [key: string]: string;
                        };
                        vat: {
                            domesticRateBasisPoints: number;
                            /** @enum {string} */
                            sellerCountry: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        };
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    putAdminProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    directDebit: {
                        leadDays: number;
                        preNotificationDays: number;
                    };
                    invitationThreshold: number;
                    overduePolicy: {
                        /** @enum {string} */
                        action: "reminder" | "suspend" | "cancel";
                        days: number;
                    }[];
                    paymentMethods: {
                        default: ("card" | "bank_transfer" | "sepa_debit")[];
                    } & {
                        [key: string]: ("card" | "bank_transfer" | "sepa_debit")[];
                    };
                    paymentTermDays: number;
                    refundOnCancel: boolean;
                    seller: {
                        bic: string;
                        city: string;
                        /** @enum {string} */
                        country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        electronicAddress?: string;
                        email: string;
                        iban: string;
                        name: string;
                        postcode: string;
                        registrationNumber: string;
                        sepaCreditorId: string;
                        street: string;
                        vatNumber: string;
                    };
                    serialPatterns: {
                        [key: string]: string;
                    };
                    vat: {
                        domesticRateBasisPoints: number;
                        /** @enum {string} */
                        sellerCountry: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        directDebit: {
                            leadDays: number;
                            preNotificationDays: number;
                        };
                        invitationThreshold: number;
                        overduePolicy: {
                            /** @enum {string} */
                            action: "reminder" | "suspend" | "cancel";
                            days: number;
                        }[];
                        paymentMethods: {
                            default: ("card" | "bank_transfer" | "sepa_debit")[];
                        } & {
                            [key: string]: ("card" | "bank_transfer" | "sepa_debit")[];
                        };
                        paymentTermDays: number;
                        refundOnCancel: boolean;
                        seller: {
                            bic: string;
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            electronicAddress?: string;
                            email: string;
                            iban: string;
                            name: string;
                            postcode: string;
                            registrationNumber: string;
                            sepaCreditorId: string;
                            street: string;
                            vatNumber: string;
                        };
                        serialPatterns: {
                            [key: string]: string;
                        };
                        vat: {
                            domesticRateBasisPoints: number;
                            /** @enum {string} */
                            sellerCountry: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            role: "validator" | "support" | "finance" | "admin";
                            /** @enum {string} */
                            status: "invited" | "active";
                            twoStep: boolean;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAdminStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    firstName: string;
                    lastName: string;
                    /** @enum {string} */
                    locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                    /** @enum {string} */
                    role: "validator" | "support" | "finance" | "admin";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        /** @enum {string} */
                        role: "validator" | "support" | "finance" | "admin";
                        /** @enum {string} */
                        status: "invited" | "active";
                        twoStep: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteAdminStaffById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteAdminStaffByIdTwoStep: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAdminTiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            benefits: {
                                en: string[];
                                nl: string[];
                            };
                            /** @enum {string} */
                            category: "individual" | "corporate";
                            code: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            minPoints: number;
                            names: {
                                en: string;
                                nl: string;
                            };
                            prices: {
                                [key: string]: number;
                            };
                            rank: number;
                            version: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAdminTiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                    benefits: {
                        en: string[];
                        nl: string[];
                    };
                    /** @enum {string} */
                    category: "individual" | "corporate";
                    code: string;
                    minPoints: number;
                    names: {
                        en: string;
                        nl: string;
                    };
                    prices: {
                        [key: string]: number;
                    };
                    rank: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        benefits: {
                            en: string[];
                            nl: string[];
                        };
                        /** @enum {string} */
                        category: "individual" | "corporate";
                        code: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        minPoints: number;
                        names: {
                            en: string;
                            nl: string;
                        };
                        prices: {
                            [key: string]: number;
                        };
                        rank: number;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    putAuthLocale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            organisationId: string | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "superuser" | "member" | "validator" | "support" | "finance" | "admin";
                            /** @enum {string} */
                            twoStep: "off" | "on" | "setup_required";
                        };
                    } | {
                        twoStep: {
                            challenge: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthLoginTwoStep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            organisationId: string | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "superuser" | "member" | "validator" | "support" | "finance" | "admin";
                            /** @enum {string} */
                            twoStep: "off" | "on" | "setup_required";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            organisationId: string | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "superuser" | "member" | "validator" | "support" | "finance" | "admin";
                            /** @enum {string} */
                            twoStep: "off" | "on" | "setup_required";
                        } | null;
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        otherSessionsEnded: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthResendSetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthSetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            organisationId: string | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "superuser" | "member" | "validator" | "support" | "finance" | "admin";
                            /** @enum {string} */
                            twoStep: "off" | "on" | "setup_required";
                        };
                    } | {
                        twoStep: {
                            challenge: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAuthToken: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string | null;
                        /** @default [] */
                        passwordWords: string[];
                        purpose: ("set_password" | "reset_password" | "invitation") | null;
                        valid: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthTwoStepConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                        user: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            organisationId: string | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "superuser" | "member" | "validator" | "support" | "finance" | "admin";
                            /** @enum {string} */
                            twoStep: "off" | "on" | "setup_required";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postAuthTwoStepSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        qrSvg: string;
                        secret: string;
                        uri: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBillingInvoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        awaiting: number;
                        items: {
                            buyerName: string;
                            collectionDate: string | null;
                            currency: string;
                            /** @enum {string} */
                            documentStatus: "draft" | "finalised" | "void";
                            dueDate: string | null;
                            /** Format: uuid */
                            id: string;
                            issueDate: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            netMinor: number;
                            number: string | null;
                            paidMinor: number;
                            /** @enum {string} */
                            paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                            paymentReference: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "partially_paid" | "paid" | "overdue" | "failed" | "not_applicable";
                            totalMinor: number;
                            vatMinor: number;
                            vatRateBasisPoints: number;
                            /** @enum {string} */
                            vatTreatment: "domestic" | "reverse_charge" | "outside_scope";
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postBillingInvoicesByIdPay: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        testMode: boolean;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBillingInvoicesByIdPdf: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBillingInvoicesByIdUbl: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postBillingOrdersByIdPay: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        testMode: boolean;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBillingOrdersByIdPayment: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        invoiceId: string | null;
                        invoiceNumber: string | null;
                        /** Format: uuid */
                        orderId: string;
                        /** @enum {string} */
                        paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                        /** @enum {string} */
                        state: "paid" | "pending" | "failed";
                        totalMinor: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCatalogue: {
        parameters: {
            query?: {
                category?: "camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable";
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** @enum {string} */
                            category: "camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable";
                            endOfSupportOn: string | null;
                            /** Format: uuid */
                            id: string;
                            modelCode: string;
                            name: string;
                            points: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getDevClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                        offsetDays: number;
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    postDevClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    advanceDays: number;
                } | {
                    /** @enum {boolean} */
                    reset: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                        offsetDays: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postDevDailyRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                        result: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getDevMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            sentAt: string | null;
                            status: string;
                            subject: string;
                            template: string;
                            to: string;
                        }[];
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    getDevMailboxById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: {
                            contentType: string;
                            filename: string;
                            index: number;
                        }[];
                        createdAt: string;
                        html: string;
                        /** Format: uuid */
                        id: string;
                        links: string[];
                        sentAt: string | null;
                        status: string;
                        subject: string;
                        template: string;
                        text: string;
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getDevMailboxByIdAttachmentsByIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getExportsInvoicesCsv: {
        parameters: {
            query?: {
                from?: string;
                paymentStatus?: "pending" | "partially_paid" | "paid" | "overdue" | "failed" | "not_applicable";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getExportsMembersCsv: {
        parameters: {
            query?: {
                status?: "active" | "suspended" | "expired" | "cancelled";
                tier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getExportsPaymentsCsv: {
        parameters: {
            query?: {
                from?: string;
                source?: "card" | "bank_statement" | "direct_debit" | "manual";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getExportsProductsCsv: {
        parameters: {
            query?: {
                from?: string;
                source?: "registered" | "migrated";
                status?: "active" | "removed" | "sold" | "transferred";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFaq: {
        parameters: {
            query?: {
                category?: "business_account" | "migration" | "points" | "tiers" | "payment" | "membership_number";
                locale?: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            /** @enum {string} */
                            category: "business_account" | "migration" | "points" | "tiers" | "payment" | "membership_number";
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                            position: number;
                            published: boolean;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFaqByKey: {
        parameters: {
            query?: {
                locale?: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        category: "business_account" | "migration" | "points" | "tiers" | "payment" | "membership_number";
                        /** Format: uuid */
                        id: string;
                        key: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        position: number;
                        published: boolean;
                        title: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceCollectionItemsByIdReturned: {
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
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceCollectionRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            collectionDate: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            items: {
                                amountMinor: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                invoiceId: string;
                                mandateReference: string;
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR";
                                /** @enum {string} */
                                status: "pending" | "settled" | "returned";
                            }[];
                            messageId: string;
                            /** @enum {string} */
                            status: "created" | "submitted" | "settled";
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceCollectionRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    collectionDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collectionDate: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        items: {
                            amountMinor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            mandateReference: string;
                            /** @enum {string} */
                            sequenceType: "FRST" | "RCUR";
                            /** @enum {string} */
                            status: "pending" | "settled" | "returned";
                        }[];
                        messageId: string;
                        /** @enum {string} */
                        status: "created" | "submitted" | "settled";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceCollectionRunsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collectionDate: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        items: {
                            amountMinor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            mandateReference: string;
                            /** @enum {string} */
                            sequenceType: "FRST" | "RCUR";
                            /** @enum {string} */
                            status: "pending" | "settled" | "returned";
                        }[];
                        messageId: string;
                        /** @enum {string} */
                        status: "created" | "submitted" | "settled";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceCollectionRunsByIdPain008: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceCollectionRunsByIdSettled: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collectionDate: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        items: {
                            amountMinor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            mandateReference: string;
                            /** @enum {string} */
                            sequenceType: "FRST" | "RCUR";
                            /** @enum {string} */
                            status: "pending" | "settled" | "returned";
                        }[];
                        messageId: string;
                        /** @enum {string} */
                        status: "created" | "submitted" | "settled";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceCollectionRunsByIdSubmitted: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collectionDate: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        items: {
                            amountMinor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            mandateReference: string;
                            /** @enum {string} */
                            sequenceType: "FRST" | "RCUR";
                            /** @enum {string} */
                            status: "pending" | "settled" | "returned";
                        }[];
                        messageId: string;
                        /** @enum {string} */
                        status: "created" | "submitted" | "settled";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceInvoices: {
        parameters: {
            query?: {
                from?: string;
                paymentStatus?: "pending" | "partially_paid" | "paid" | "overdue" | "failed" | "not_applicable";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            buyerName: string;
                            collectionDate: string | null;
                            currency: string;
                            /** @enum {string} */
                            documentStatus: "draft" | "finalised" | "void";
                            dueDate: string | null;
                            /** Format: uuid */
                            id: string;
                            issueDate: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            netMinor: number;
                            number: string | null;
                            paidMinor: number;
                            /** @enum {string} */
                            paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                            paymentReference: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "partially_paid" | "paid" | "overdue" | "failed" | "not_applicable";
                            totalMinor: number;
                            vatMinor: number;
                            vatRateBasisPoints: number;
                            /** @enum {string} */
                            vatTreatment: "domestic" | "reverse_charge" | "outside_scope";
                        }[];
                        totals: {
                            netMinor: number;
                            paidMinor: number;
                            totalMinor: number;
                            vatMinor: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceInvoicesCsv: {
        parameters: {
            query?: {
                from?: string;
                paymentStatus?: "pending" | "partially_paid" | "paid" | "overdue" | "failed" | "not_applicable";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceInvoicesByIdCreditNote: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyerName: string;
                        collectionDate: string | null;
                        currency: string;
                        /** @enum {string} */
                        documentStatus: "draft" | "finalised" | "void";
                        dueDate: string | null;
                        /** Format: uuid */
                        id: string;
                        issueDate: string | null;
                        /** @enum {string} */
                        kind: "invoice" | "credit_note";
                        netMinor: number;
                        number: string | null;
                        paidMinor: number;
                        /** @enum {string} */
                        paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                        paymentReference: string | null;
                        /** @enum {string} */
                        paymentStatus: "pending" | "partially_paid" | "paid" | "overdue" | "failed" | "not_applicable";
                        totalMinor: number;
                        vatMinor: number;
                        vatRateBasisPoints: number;
                        /** @enum {string} */
                        vatTreatment: "domestic" | "reverse_charge" | "outside_scope";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceOrdersByIdPaid: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinancePayments: {
        parameters: {
            query?: {
                from?: string;
                source?: "card" | "bank_statement" | "direct_debit" | "manual";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountMinor: number;
                            buyerName: string;
                            currency: string;
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            invoiceNumber: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            source: "card" | "bank_statement" | "direct_debit" | "manual";
                        }[];
                        totalMinor: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceStatementLinesByIdMatch: {
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
                "application/json": {
                    /** Format: uuid */
                    invoiceId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceStatementLinesUnmatched: {
        parameters: {
            query?: {
                amountMinor?: number;
                from?: string;
                page?: number;
                q?: string;
                size?: number;
                statementId?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountMinor: number | null;
                            bookingDate: string | null;
                            /** @enum {string} */
                            creditDebit: "CRDT" | "DBIT";
                            currency: string | null;
                            debtorName: string | null;
                            /** Format: uuid */
                            id: string;
                            lineNo: number;
                            matchedBy: string | null;
                            matchedInvoiceId: string | null;
                            reason: ("no_match" | "currency" | "no_amount" | "pending" | "info" | "future" | "status_unknown") | null;
                            reference: string | null;
                            remittance: string | null;
                            /** Format: uuid */
                            statementId: string;
                            /** @enum {string} */
                            status: "matched" | "unmatched" | "ignored" | "not_booked";
                        }[];
                        page: number;
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceStatements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountIban: string | null;
                            entriesTotal: number;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            linesDuplicate: number;
                            linesMatched: number;
                            linesRead: number;
                            linesTotal: number;
                            linesUnmatched: number;
                            statementId: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            uploadedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postFinanceStatements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicate: boolean;
                        statement: {
                            accountIban: string | null;
                            entriesTotal: number;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            linesDuplicate: number;
                            linesMatched: number;
                            linesRead: number;
                            linesTotal: number;
                            linesUnmatched: number;
                            statementId: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            uploadedAt: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicate: boolean;
                        statement: {
                            accountIban: string | null;
                            entriesTotal: number;
                            error: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            linesDuplicate: number;
                            linesMatched: number;
                            linesRead: number;
                            linesTotal: number;
                            linesUnmatched: number;
                            statementId: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            uploadedAt: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFinanceStatementsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountIban: string | null;
                        entriesTotal: number;
                        error: string | null;
                        fileName: string;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        lines: {
                            amountMinor: number | null;
                            bookingDate: string | null;
                            /** @enum {string} */
                            creditDebit: "CRDT" | "DBIT";
                            currency: string | null;
                            debtorName: string | null;
                            /** Format: uuid */
                            id: string;
                            lineNo: number;
                            matchedBy: string | null;
                            matchedInvoiceId: string | null;
                            reason: ("no_match" | "currency" | "no_amount" | "pending" | "info" | "future" | "status_unknown") | null;
                            reference: string | null;
                            remittance: string | null;
                            /** Format: uuid */
                            statementId: string;
                            /** @enum {string} */
                            status: "matched" | "unmatched" | "ignored" | "not_booked";
                        }[];
                        linesDuplicate: number;
                        linesMatched: number;
                        linesRead: number;
                        linesTotal: number;
                        linesUnmatched: number;
                        statementId: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        uploadedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsApplications: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            /** Format: date */
                            day: string;
                            decided: number;
                            decidedInTime: number;
                            submitted: number;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsMembers: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            members: number;
                            month: string;
                            tier: string;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsMigration: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            migrated: number;
                            total: number;
                            /** Format: date */
                            week: string;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsOverdue: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            /** @enum {string} */
                            age: "1_30" | "31_60" | "61_90" | "over_90";
                            invoices: number;
                            openMinor: number;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsPoints: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            awarded: number;
                            revoked: number;
                            /** Format: date */
                            week: string;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsQueue: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            /** @enum {string} */
                            age: "under_1" | "1_to_2" | "2_to_5" | "over_5";
                            open: number;
                            overdue: number;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInsightsRevenue: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        rows: {
                            currency: string;
                            method: string;
                            month: string;
                            netMinor: number;
                        }[];
                        /** Format: date */
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMembership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balance: number;
                        categorySwitch: boolean;
                        country: string;
                        invitationThreshold: number;
                        membership: {
                            /** @enum {string} */
                            category: "individual" | "corporate";
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            membershipNumber: string;
                            previousMembershipNumber: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "expired" | "cancelled";
                            tierCode: string;
                            tierName: string;
                            unpaidDueOn: string | null;
                        } | null;
                        paymentMethods: ("card" | "bank_transfer" | "sepa_debit")[];
                        pointsMissing: number;
                        previousMembershipNumber: string | null;
                        tiers: {
                            benefits: string[];
                            /** @enum {string} */
                            category: "individual" | "corporate";
                            code: string;
                            currency: string;
                            eligible: boolean;
                            minPoints: number;
                            name: string;
                            pointsToGo: number;
                            priceMinor: number;
                            version: number;
                        }[];
                        vatRegistered: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postMembershipCancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMembershipCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "individual" | "corporate";
                        endsOn: string;
                        /** Format: uuid */
                        id: string;
                        membershipNumber: string;
                        previousMembershipNumber: string | null;
                        startsOn: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "expired" | "cancelled";
                        tierCode: string;
                        tierName: string;
                        unpaidDueOn: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMembershipCardPdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMembershipHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            fromStatus: string | null;
                            fromTier: string | null;
                            reason: string;
                            toStatus: string | null;
                            toTier: string | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postMembershipPurchase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    acceptTerms: true;
                    /** Format: uuid */
                    idempotencyKey: string;
                    /**
                     * @default new
                     * @enum {string}
                     */
                    kind?: "new" | "renewal" | "upgrade";
                    /** @enum {string} */
                    paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                    sepa?: {
                        accountHolder: string;
                        /** @enum {boolean} */
                        consent: true;
                        iban: string;
                    };
                    tierCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkout: {
                            testMode: boolean;
                            url: string;
                        } | null;
                        dueOn: string;
                        membership: {
                            /** @enum {string} */
                            category: "individual" | "corporate";
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            membershipNumber: string;
                            previousMembershipNumber: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "expired" | "cancelled";
                            tierCode: string;
                            tierName: string;
                            unpaidDueOn: string | null;
                        };
                        /** Format: uuid */
                        orderId: string;
                        /** @enum {string} */
                        paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                        quote: {
                            collectionOn: string;
                            /** @enum {string} */
                            collectionReason: "due_date" | "not_a_business_day" | "notice_period";
                            currency: string;
                            dueOn: string;
                            endsOn: string;
                            /** @enum {string} */
                            kind: "new" | "renewal" | "upgrade";
                            netMinor: number;
                            startsOn: string;
                            tierCode: string;
                            totalMinor: number;
                            vatMinor: number;
                            vatRateBasisPoints: number;
                            /** @enum {string} */
                            vatTreatment: "domestic" | "reverse_charge" | "outside_scope";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMembershipQuote: {
        parameters: {
            query: {
                kind?: "new" | "renewal" | "upgrade";
                tierCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collectionOn: string;
                        /** @enum {string} */
                        collectionReason: "due_date" | "not_a_business_day" | "notice_period";
                        currency: string;
                        dueOn: string;
                        endsOn: string;
                        /** @enum {string} */
                        kind: "new" | "renewal" | "upgrade";
                        netMinor: number;
                        startsOn: string;
                        tierCode: string;
                        totalMinor: number;
                        vatMinor: number;
                        vatRateBasisPoints: number;
                        /** @enum {string} */
                        vatTreatment: "domestic" | "reverse_charge" | "outside_scope";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMeta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: string[];
                        devMailbox: boolean;
                        documentKinds: string[];
                        environment: string;
                        rejectReasons: string[];
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    getMigration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available: boolean;
                        legacyEmail: string | null;
                        migratedCount: number;
                        pendingLink: string | null;
                        preview: {
                            legacyId: string;
                            missing: ("model" | "serialNumber" | "purchaseDate" | "purchaseCountry" | "dealer")[];
                            modelName: string;
                            points: number;
                            serialConflict: boolean;
                            serialNumber: string | null;
                        }[];
                        previousMembershipNumber: string | null;
                        reason: ("no_legacy_email" | "nothing_to_migrate") | null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postMigration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complete: number;
                        conflicts: {
                            legacyId: string;
                            modelName: string;
                            serialNumber: string;
                        }[];
                        incomplete: number;
                        migrated: number;
                        pointsAwarded: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postMigrationLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postMigrationLinkConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOrgColleagues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            /** @enum {string} */
                            role: "superuser" | "member";
                            /** @enum {string} */
                            status: "invited" | "active";
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postOrgColleagues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    firstName: string;
                    lastName: string;
                    /** @enum {string} */
                    locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        /** @enum {string} */
                        role: "superuser" | "member";
                        /** @enum {string} */
                        status: "invited" | "active";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteOrgColleaguesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOrgEInvoicing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        derived: string | null;
                        electronicAddress: string | null;
                        own: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    putOrgEInvoicing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    electronicAddress: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        derived: string | null;
                        electronicAddress: string | null;
                        own: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOrgExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoices: {
                            awaiting: number;
                            open: {
                                collectionDate: string | null;
                                currency: string;
                                dueDate: string | null;
                                /** Format: uuid */
                                id: string;
                                number: string | null;
                                openMinor: number;
                                /** @enum {string} */
                                paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                                /** @enum {string} */
                                paymentStatus: "pending" | "partially_paid" | "overdue" | "failed";
                            }[];
                        };
                        membership: {
                            endsOn: string;
                            membershipNumber: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "expired" | "cancelled";
                            tierCode: string;
                            tierName: string;
                        } | null;
                        points: {
                            balance: number;
                            invitationThreshold: number;
                            nextTier: {
                                code: string;
                                minPoints: number;
                                names: {
                                    en: string;
                                    nl: string;
                                };
                                pointsToGo: number;
                            } | null;
                        };
                        products: {
                            incomplete: number;
                            total: number;
                        };
                        steps: ({
                            invoice: {
                                collectionDate: string | null;
                                currency: string;
                                dueDate: string | null;
                                /** Format: uuid */
                                id: string;
                                number: string | null;
                                openMinor: number;
                                /** @enum {string} */
                                paymentMethod: "card" | "bank_transfer" | "sepa_debit";
                                /** @enum {string} */
                                paymentStatus: "pending" | "partially_paid" | "overdue" | "failed";
                            };
                            /** @enum {string} */
                            kind: "pay_invoice";
                        } | {
                            count: number;
                            /** @enum {string} */
                            kind: "migrate_products";
                        } | {
                            /** @enum {string} */
                            kind: "register_products";
                        } | {
                            count: number;
                            /** @enum {string} */
                            kind: "complete_products";
                        } | {
                            /** @enum {string} */
                            kind: "join_cps";
                        })[];
                        support: {
                            open: number;
                            waitingForCustomer: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProducts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: ("camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable") | null;
                            complete: boolean;
                            dealer: string | null;
                            /** Format: uuid */
                            id: string;
                            missing: ("model" | "serialNumber" | "purchaseDate" | "purchaseCountry" | "dealer")[];
                            modelCode: string | null;
                            modelId: string | null;
                            modelName: string;
                            points: number;
                            purchaseCountry: string | null;
                            purchaseDate: string | null;
                            registeredAt: string;
                            serialNumber: string | null;
                            /** @enum {string} */
                            source: "registered" | "migrated";
                            /** @enum {string} */
                            status: "active" | "removed" | "sold" | "transferred";
                        }[];
                        nextCursor: string | null;
                        summary: {
                            balance: number;
                            invitationThreshold: number;
                            invited: boolean;
                            nextTier: {
                                code: string;
                                minPoints: number;
                                names: {
                                    en: string;
                                    nl: string;
                                };
                                pointsToGo: number;
                            } | null;
                        };
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    idempotencyKey: string;
                    items: {
                        dealer?: string;
                        /** Format: uuid */
                        modelId: string;
                        /** @enum {string} */
                        purchaseCountry?: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        /** Format: date */
                        purchaseDate?: string;
                        serialNumber?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: ("camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable") | null;
                            complete: boolean;
                            dealer: string | null;
                            /** Format: uuid */
                            id: string;
                            missing: ("model" | "serialNumber" | "purchaseDate" | "purchaseCountry" | "dealer")[];
                            modelCode: string | null;
                            modelId: string | null;
                            modelName: string;
                            points: number;
                            purchaseCountry: string | null;
                            purchaseDate: string | null;
                            registeredAt: string;
                            serialNumber: string | null;
                            /** @enum {string} */
                            source: "registered" | "migrated";
                            /** @enum {string} */
                            status: "active" | "removed" | "sold" | "transferred";
                        }[];
                        summary: {
                            balance: number;
                            invitationThreshold: number;
                            invited: boolean;
                            nextTier: {
                                code: string;
                                minPoints: number;
                                names: {
                                    en: string;
                                    nl: string;
                                };
                                pointsToGo: number;
                            } | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProductsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: ("camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable") | null;
                        complete: boolean;
                        dealer: string | null;
                        endOfSupport: {
                            /** Format: date */
                            on: string;
                            pointsRemoved: boolean;
                        } | null;
                        history: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** Format: uuid */
                        id: string;
                        missing: ("model" | "serialNumber" | "purchaseDate" | "purchaseCountry" | "dealer")[];
                        modelCode: string | null;
                        modelId: string | null;
                        modelName: string;
                        points: number;
                        purchaseCountry: string | null;
                        purchaseDate: string | null;
                        registeredAt: string;
                        serialNumber: string | null;
                        /** @enum {string} */
                        source: "registered" | "migrated";
                        /** @enum {string} */
                        status: "active" | "removed" | "sold" | "transferred";
                        summary: {
                            balance: number;
                            invitationThreshold: number;
                            invited: boolean;
                            nextTier: {
                                code: string;
                                minPoints: number;
                                names: {
                                    en: string;
                                    nl: string;
                                };
                                pointsToGo: number;
                            } | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    patchProductsById: {
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
                "application/json": {
                    dealer?: string;
                    /** Format: uuid */
                    modelId?: string;
                    /** @enum {string} */
                    purchaseCountry?: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                    /** Format: date */
                    purchaseDate?: string;
                    serialNumber?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: ("camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable") | null;
                        complete: boolean;
                        dealer: string | null;
                        endOfSupport: {
                            /** Format: date */
                            on: string;
                            pointsRemoved: boolean;
                        } | null;
                        history: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** Format: uuid */
                        id: string;
                        missing: ("model" | "serialNumber" | "purchaseDate" | "purchaseCountry" | "dealer")[];
                        modelCode: string | null;
                        modelId: string | null;
                        modelName: string;
                        points: number;
                        purchaseCountry: string | null;
                        purchaseDate: string | null;
                        registeredAt: string;
                        serialNumber: string | null;
                        /** @enum {string} */
                        source: "registered" | "migrated";
                        /** @enum {string} */
                        status: "active" | "removed" | "sold" | "transferred";
                        summary: {
                            balance: number;
                            invitationThreshold: number;
                            invited: boolean;
                            nextTier: {
                                code: string;
                                minPoints: number;
                                names: {
                                    en: string;
                                    nl: string;
                                };
                                pointsToGo: number;
                            } | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postProductsByIdEnd: {
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
                "application/json": {
                    /** @enum {string} */
                    reason: "removed" | "sold" | "transferred";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: ("camera_body" | "lens" | "video" | "printer" | "projector" | "scanner" | "binoculars" | "accessory" | "consumable") | null;
                            complete: boolean;
                            dealer: string | null;
                            /** Format: uuid */
                            id: string;
                            missing: ("model" | "serialNumber" | "purchaseDate" | "purchaseCountry" | "dealer")[];
                            modelCode: string | null;
                            modelId: string | null;
                            modelName: string;
                            points: number;
                            purchaseCountry: string | null;
                            purchaseDate: string | null;
                            registeredAt: string;
                            serialNumber: string | null;
                            /** @enum {string} */
                            source: "registered" | "migrated";
                            /** @enum {string} */
                            status: "active" | "removed" | "sold" | "transferred";
                        }[];
                        nextCursor: string | null;
                        summary: {
                            balance: number;
                            invitationThreshold: number;
                            invited: boolean;
                            nextTier: {
                                code: string;
                                minPoints: number;
                                names: {
                                    en: string;
                                    nl: string;
                                };
                                pointsToGo: number;
                            } | null;
                        };
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProductsDealers: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expectedDecisionDate: string;
                        reference: string;
                        statusToken: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expectedDecisionDate: string;
                        reference: string;
                        statusToken: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    postRegistrationsMoreInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expectedDecisionDate: string | null;
                        message: string | null;
                        organisationName: string;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        steps: {
                            at: string;
                            /** @enum {string} */
                            status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        }[];
                        submittedAt: string;
                        vatRegistered: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getRegistrationsStatus: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expectedDecisionDate: string | null;
                        message: string | null;
                        organisationName: string;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        steps: {
                            at: string;
                            /** @enum {string} */
                            status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        }[];
                        submittedAt: string;
                        vatRegistered: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffCases: {
        parameters: {
            query?: {
                assignee?: "me" | "unassigned" | "any";
                clean?: "true" | "false";
                country?: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                cursor?: string;
                limit?: number;
                overdue?: "true" | "false";
                sort?: "due" | "clean";
                status?: "open" | "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            clean: boolean;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            /** Format: uuid */
                            id: string;
                            organisationName: string;
                            overdue: boolean;
                            reference: string;
                            slaDueAt: string | null;
                            slaWorkingDaysLeft: number | null;
                            /** @enum {string} */
                            status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                            submittedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffCasesById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        assigneeName: string | null;
                        clean: boolean;
                        company: {
                            electronicAddress: string | null;
                            legacyEmail: string | null;
                            tradeRegisterNumber: string | null;
                            vatFormatValid: boolean | null;
                            vatNumber: string | null;
                            vatRegistered: boolean;
                        };
                        contact: {
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        };
                        /** @enum {string} */
                        country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        declaration: {
                            at: string;
                            ip: string;
                            name: string;
                        };
                        documents: {
                            contentType: string;
                            current: boolean;
                            deletedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                            originalName: string;
                            size: number;
                            uploadedAt: string;
                        }[];
                        documentsDeletedOn: string | null;
                        duplicates: {
                            /** @enum {string} */
                            field: "vat_number" | "email" | "legacy_email";
                            /** @enum {string} */
                            kind: "application" | "organisation";
                            reference: string;
                        }[];
                        events: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            fromStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                            toStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                        }[];
                        evidence: {
                            clean: boolean;
                            documents: {
                                /** Format: uuid */
                                documentId: string;
                                findings: {
                                    address: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    date: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    name: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    otherCompany: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    registerNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    vatNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                } | null;
                                /** @enum {string} */
                                kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                                method: ("text" | "ocr" | "none") | null;
                                originalName: string;
                                pages: number;
                                /** @enum {string} */
                                status: "pending" | "read" | "not_read";
                            }[];
                            signals: {
                                /** @enum {string} */
                                code: "documents_read" | "vies_valid" | "vies_name" | "document_vat" | "document_name" | "document_address" | "invoice_recent" | "register_number" | "other_company";
                                /** @enum {string} */
                                colour: "green" | "amber" | "red" | "gray";
                                params: {
                                    [key: string]: string | number;
                                };
                                reason: string;
                            }[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        organisation: {
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            houseNumber: string;
                            legalName: string;
                            phone: string;
                            postcode: string;
                            street: string;
                            tradingName: string | null;
                        };
                        organisationName: string;
                        overdue: boolean;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        slaDueAt: string | null;
                        slaWorkingDaysLeft: number | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        submittedAt: string;
                        vatRegistry: {
                            address: string | null;
                            checkedAt: string | null;
                            consultationNumber: string | null;
                            name: string | null;
                            nameMatch: ("match" | "differs" | "not_shared") | null;
                            /** @enum {string} */
                            outcome: "pending" | "valid" | "invalid" | "unavailable" | "no_registry";
                            reason: string | null;
                            registry: string | null;
                            standIn: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postStaffCasesByIdClaim: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        assigneeName: string | null;
                        clean: boolean;
                        company: {
                            electronicAddress: string | null;
                            legacyEmail: string | null;
                            tradeRegisterNumber: string | null;
                            vatFormatValid: boolean | null;
                            vatNumber: string | null;
                            vatRegistered: boolean;
                        };
                        contact: {
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        };
                        /** @enum {string} */
                        country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        declaration: {
                            at: string;
                            ip: string;
                            name: string;
                        };
                        documents: {
                            contentType: string;
                            current: boolean;
                            deletedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                            originalName: string;
                            size: number;
                            uploadedAt: string;
                        }[];
                        documentsDeletedOn: string | null;
                        duplicates: {
                            /** @enum {string} */
                            field: "vat_number" | "email" | "legacy_email";
                            /** @enum {string} */
                            kind: "application" | "organisation";
                            reference: string;
                        }[];
                        events: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            fromStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                            toStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                        }[];
                        evidence: {
                            clean: boolean;
                            documents: {
                                /** Format: uuid */
                                documentId: string;
                                findings: {
                                    address: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    date: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    name: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    otherCompany: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    registerNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    vatNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                } | null;
                                /** @enum {string} */
                                kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                                method: ("text" | "ocr" | "none") | null;
                                originalName: string;
                                pages: number;
                                /** @enum {string} */
                                status: "pending" | "read" | "not_read";
                            }[];
                            signals: {
                                /** @enum {string} */
                                code: "documents_read" | "vies_valid" | "vies_name" | "document_vat" | "document_name" | "document_address" | "invoice_recent" | "register_number" | "other_company";
                                /** @enum {string} */
                                colour: "green" | "amber" | "red" | "gray";
                                params: {
                                    [key: string]: string | number;
                                };
                                reason: string;
                            }[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        organisation: {
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            houseNumber: string;
                            legalName: string;
                            phone: string;
                            postcode: string;
                            street: string;
                            tradingName: string | null;
                        };
                        organisationName: string;
                        overdue: boolean;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        slaDueAt: string | null;
                        slaWorkingDaysLeft: number | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        submittedAt: string;
                        vatRegistry: {
                            address: string | null;
                            checkedAt: string | null;
                            consultationNumber: string | null;
                            name: string | null;
                            nameMatch: ("match" | "differs" | "not_shared") | null;
                            /** @enum {string} */
                            outcome: "pending" | "valid" | "invalid" | "unavailable" | "no_registry";
                            reason: string | null;
                            registry: string | null;
                            standIn: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postStaffCasesByIdDecision: {
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
                "application/json": {
                    note?: string;
                    /** @enum {string} */
                    type: "approve";
                } | {
                    note?: string;
                    /** @enum {string} */
                    reason: "document_unreadable" | "document_mismatch" | "not_authorised" | "not_professional" | "country_not_participating" | "duplicate" | "other";
                    /** @enum {string} */
                    type: "reject";
                } | {
                    documents: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                    note?: string;
                    /** @enum {string} */
                    type: "request_info";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        assigneeName: string | null;
                        clean: boolean;
                        company: {
                            electronicAddress: string | null;
                            legacyEmail: string | null;
                            tradeRegisterNumber: string | null;
                            vatFormatValid: boolean | null;
                            vatNumber: string | null;
                            vatRegistered: boolean;
                        };
                        contact: {
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        };
                        /** @enum {string} */
                        country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        declaration: {
                            at: string;
                            ip: string;
                            name: string;
                        };
                        documents: {
                            contentType: string;
                            current: boolean;
                            deletedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                            originalName: string;
                            size: number;
                            uploadedAt: string;
                        }[];
                        documentsDeletedOn: string | null;
                        duplicates: {
                            /** @enum {string} */
                            field: "vat_number" | "email" | "legacy_email";
                            /** @enum {string} */
                            kind: "application" | "organisation";
                            reference: string;
                        }[];
                        events: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            fromStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                            toStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                        }[];
                        evidence: {
                            clean: boolean;
                            documents: {
                                /** Format: uuid */
                                documentId: string;
                                findings: {
                                    address: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    date: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    name: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    otherCompany: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    registerNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    vatNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                } | null;
                                /** @enum {string} */
                                kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                                method: ("text" | "ocr" | "none") | null;
                                originalName: string;
                                pages: number;
                                /** @enum {string} */
                                status: "pending" | "read" | "not_read";
                            }[];
                            signals: {
                                /** @enum {string} */
                                code: "documents_read" | "vies_valid" | "vies_name" | "document_vat" | "document_name" | "document_address" | "invoice_recent" | "register_number" | "other_company";
                                /** @enum {string} */
                                colour: "green" | "amber" | "red" | "gray";
                                params: {
                                    [key: string]: string | number;
                                };
                                reason: string;
                            }[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        organisation: {
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            houseNumber: string;
                            legalName: string;
                            phone: string;
                            postcode: string;
                            street: string;
                            tradingName: string | null;
                        };
                        organisationName: string;
                        overdue: boolean;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        slaDueAt: string | null;
                        slaWorkingDaysLeft: number | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        submittedAt: string;
                        vatRegistry: {
                            address: string | null;
                            checkedAt: string | null;
                            consultationNumber: string | null;
                            name: string | null;
                            nameMatch: ("match" | "differs" | "not_shared") | null;
                            /** @enum {string} */
                            outcome: "pending" | "valid" | "invalid" | "unavailable" | "no_registry";
                            reason: string | null;
                            registry: string | null;
                            standIn: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffCasesByIdDocumentsByDocumentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postStaffCasesByIdRelease: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        assigneeName: string | null;
                        clean: boolean;
                        company: {
                            electronicAddress: string | null;
                            legacyEmail: string | null;
                            tradeRegisterNumber: string | null;
                            vatFormatValid: boolean | null;
                            vatNumber: string | null;
                            vatRegistered: boolean;
                        };
                        contact: {
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        };
                        /** @enum {string} */
                        country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        declaration: {
                            at: string;
                            ip: string;
                            name: string;
                        };
                        documents: {
                            contentType: string;
                            current: boolean;
                            deletedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                            originalName: string;
                            size: number;
                            uploadedAt: string;
                        }[];
                        documentsDeletedOn: string | null;
                        duplicates: {
                            /** @enum {string} */
                            field: "vat_number" | "email" | "legacy_email";
                            /** @enum {string} */
                            kind: "application" | "organisation";
                            reference: string;
                        }[];
                        events: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            fromStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                            toStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                        }[];
                        evidence: {
                            clean: boolean;
                            documents: {
                                /** Format: uuid */
                                documentId: string;
                                findings: {
                                    address: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    date: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    name: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    otherCompany: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    registerNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    vatNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                } | null;
                                /** @enum {string} */
                                kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                                method: ("text" | "ocr" | "none") | null;
                                originalName: string;
                                pages: number;
                                /** @enum {string} */
                                status: "pending" | "read" | "not_read";
                            }[];
                            signals: {
                                /** @enum {string} */
                                code: "documents_read" | "vies_valid" | "vies_name" | "document_vat" | "document_name" | "document_address" | "invoice_recent" | "register_number" | "other_company";
                                /** @enum {string} */
                                colour: "green" | "amber" | "red" | "gray";
                                params: {
                                    [key: string]: string | number;
                                };
                                reason: string;
                            }[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        organisation: {
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            houseNumber: string;
                            legalName: string;
                            phone: string;
                            postcode: string;
                            street: string;
                            tradingName: string | null;
                        };
                        organisationName: string;
                        overdue: boolean;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        slaDueAt: string | null;
                        slaWorkingDaysLeft: number | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        submittedAt: string;
                        vatRegistry: {
                            address: string | null;
                            checkedAt: string | null;
                            consultationNumber: string | null;
                            name: string | null;
                            nameMatch: ("match" | "differs" | "not_shared") | null;
                            /** @enum {string} */
                            outcome: "pending" | "valid" | "invalid" | "unavailable" | "no_registry";
                            reason: string | null;
                            registry: string | null;
                            standIn: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postStaffCasesByIdResendSetPassword: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string | null;
                        assigneeName: string | null;
                        clean: boolean;
                        company: {
                            electronicAddress: string | null;
                            legacyEmail: string | null;
                            tradeRegisterNumber: string | null;
                            vatFormatValid: boolean | null;
                            vatNumber: string | null;
                            vatRegistered: boolean;
                        };
                        contact: {
                            email: string;
                            firstName: string;
                            lastName: string;
                            /** @enum {string} */
                            locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        };
                        /** @enum {string} */
                        country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                        declaration: {
                            at: string;
                            ip: string;
                            name: string;
                        };
                        documents: {
                            contentType: string;
                            current: boolean;
                            deletedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                            originalName: string;
                            size: number;
                            uploadedAt: string;
                        }[];
                        documentsDeletedOn: string | null;
                        duplicates: {
                            /** @enum {string} */
                            field: "vat_number" | "email" | "legacy_email";
                            /** @enum {string} */
                            kind: "application" | "organisation";
                            reference: string;
                        }[];
                        events: {
                            action: string;
                            actorName: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            fromStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                            toStatus: ("received" | "in_review" | "more_info_needed" | "approved" | "rejected") | null;
                        }[];
                        evidence: {
                            clean: boolean;
                            documents: {
                                /** Format: uuid */
                                documentId: string;
                                findings: {
                                    address: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    date: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    name: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    otherCompany: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    registerNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                    vatNumber: {
                                        found: boolean;
                                        page: number | null;
                                        snippet: {
                                            after: string;
                                            before: string;
                                            match: string;
                                        } | null;
                                        value: string | null;
                                    };
                                } | null;
                                /** @enum {string} */
                                kind: "vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract";
                                method: ("text" | "ocr" | "none") | null;
                                originalName: string;
                                pages: number;
                                /** @enum {string} */
                                status: "pending" | "read" | "not_read";
                            }[];
                            signals: {
                                /** @enum {string} */
                                code: "documents_read" | "vies_valid" | "vies_name" | "document_vat" | "document_name" | "document_address" | "invoice_recent" | "register_number" | "other_company";
                                /** @enum {string} */
                                colour: "green" | "amber" | "red" | "gray";
                                params: {
                                    [key: string]: string | number;
                                };
                                reason: string;
                            }[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                        organisation: {
                            city: string;
                            /** @enum {string} */
                            country: "AT" | "BE" | "CZ" | "DE" | "DK" | "ES" | "FI" | "FR" | "GB" | "HU" | "IE" | "IT" | "LU" | "NL" | "NO" | "PL" | "PT" | "SE" | "SK" | "CH";
                            houseNumber: string;
                            legalName: string;
                            phone: string;
                            postcode: string;
                            street: string;
                            tradingName: string | null;
                        };
                        organisationName: string;
                        overdue: boolean;
                        reference: string;
                        requestedDocuments: ("vat_certificate" | "company_invoice" | "business_licence" | "chamber_extract")[];
                        slaDueAt: string | null;
                        slaWorkingDaysLeft: number | null;
                        source: string | null;
                        /** @enum {string} */
                        status: "received" | "in_review" | "more_info_needed" | "approved" | "rejected";
                        submittedAt: string;
                        vatRegistry: {
                            address: string | null;
                            checkedAt: string | null;
                            consultationNumber: string | null;
                            name: string | null;
                            nameMatch: ("match" | "differs" | "not_shared") | null;
                            /** @enum {string} */
                            outcome: "pending" | "valid" | "invalid" | "unavailable" | "no_registry";
                            reason: string | null;
                            registry: string | null;
                            standIn: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postStaffCasesNext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    clean?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisations: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            country: string;
                            /** Format: uuid */
                            id: string;
                            legalName: string;
                            /** @enum {string} */
                            matchedBy: "name" | "vat_number" | "email" | "membership_number" | "invoice_number";
                            matchedValue: string;
                            tradingName: string | null;
                            vatNumber: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            houseNumber: string;
                            postcode: string;
                            street: string;
                        };
                        application: {
                            decidedAt: string | null;
                            decisionMessage: string | null;
                            documents: {
                                deletedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                originalName: string;
                                size: number;
                                uploadedAt: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            status: string;
                            submittedAt: string | null;
                        } | null;
                        auditVisible: boolean;
                        country: string;
                        counts: {
                            [key: string]: number;
                        };
                        createdAt: string;
                        electronicAddress: string | null;
                        /** Format: uuid */
                        id: string;
                        legacy: {
                            email: string;
                            membershipNumber: string | null;
                            migrated: number;
                            products: number;
                            tier: string | null;
                        } | null;
                        legalName: string;
                        phone: string;
                        pointsBalance: number;
                        tradeRegisterNumber: string | null;
                        tradingName: string | null;
                        vatNumber: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdAudit: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdInvoices: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdLedger: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postStaffOrganisationsByIdLegacyEmail: {
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
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdMemberships: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdPayments: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdProducts: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdTickets: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffOrganisationsByIdUsers: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: string[];
                        page: number;
                        rows: {
                            [key: string]: string | number | boolean | null;
                        }[];
                        /** @enum {string} */
                        section: "users" | "products" | "ledger" | "memberships" | "invoices" | "payments" | "tickets" | "audit";
                        size: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffSerialConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            attemptedByOrganisation: string;
                            existingOrganisation: string;
                            /** Format: uuid */
                            id: string;
                            modelName: string;
                            serialNumber: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffTickets: {
        parameters: {
            query?: {
                limit?: number;
                status?: "open" | "waiting_for_customer" | "resolved" | "unresolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                            contactEmail: string;
                            createdAt: string;
                            firstResponseDueAt: string;
                            firstResponseOverdue: boolean;
                            /** Format: uuid */
                            id: string;
                            organisationName: string | null;
                            reference: string;
                            /** @enum {string} */
                            status: "open" | "waiting_for_customer" | "resolved";
                            subject: string;
                            tier: string | null;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getStaffTicketsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeName: string | null;
                        /** @enum {string} */
                        category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                        contactEmail: string;
                        context: {
                            application: {
                                reference: string;
                                status: string;
                                submittedAt: string;
                            } | null;
                            membership: {
                                endsOn: string;
                                membershipNumber: string;
                                status: string;
                                tierCode: string;
                            } | null;
                            orders: {
                                createdAt: string;
                                currency: string;
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                paid: boolean;
                                tierCode: string;
                                totalMinor: number;
                            }[];
                            organisation: {
                                country: string;
                                /** Format: uuid */
                                id: string;
                                legacyEmail: string | null;
                                legalName: string;
                                vatNumber: string | null;
                            };
                            products: {
                                balance: number;
                                complete: number;
                                count: number;
                            };
                        } | null;
                        createdAt: string;
                        firstResponseDueAt: string;
                        firstResponseOverdue: boolean;
                        /** Format: uuid */
                        id: string;
                        messages: {
                            attachments: {
                                contentType: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                size: number;
                            }[];
                            /** @enum {string} */
                            authorKind: "customer" | "staff" | "contact";
                            authorName: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        organisationName: string | null;
                        reference: string;
                        /** @enum {string} */
                        status: "open" | "waiting_for_customer" | "resolved";
                        subject: string;
                        tier: string | null;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    putStaffTicketsByIdStatus: {
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
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "waiting_for_customer" | "resolved";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeName: string | null;
                        /** @enum {string} */
                        category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                        contactEmail: string;
                        createdAt: string;
                        firstResponseDueAt: string;
                        firstResponseOverdue: boolean;
                        /** Format: uuid */
                        id: string;
                        messages: {
                            attachments: {
                                contentType: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                size: number;
                            }[];
                            /** @enum {string} */
                            authorKind: "customer" | "staff" | "contact";
                            authorName: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        organisationName: string | null;
                        reference: string;
                        /** @enum {string} */
                        status: "open" | "waiting_for_customer" | "resolved";
                        subject: string;
                        tier: string | null;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    postSupportContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                    email: string;
                    /** @enum {string} */
                    locale: "nl" | "en" | "de" | "fr" | "it" | "es" | "pt" | "pl" | "cs" | "sk" | "hu" | "da" | "sv" | "fi" | "nb";
                    message: string;
                    name: string;
                    subject: string;
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSupportTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assigneeName: string | null;
                            /** @enum {string} */
                            category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                            contactEmail: string;
                            createdAt: string;
                            firstResponseDueAt: string;
                            firstResponseOverdue: boolean;
                            /** Format: uuid */
                            id: string;
                            organisationName: string | null;
                            reference: string;
                            /** @enum {string} */
                            status: "open" | "waiting_for_customer" | "resolved";
                            subject: string;
                            tier: string | null;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    postSupportTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeName: string | null;
                        /** @enum {string} */
                        category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                        contactEmail: string;
                        createdAt: string;
                        firstResponseDueAt: string;
                        firstResponseOverdue: boolean;
                        /** Format: uuid */
                        id: string;
                        messages: {
                            attachments: {
                                contentType: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                size: number;
                            }[];
                            /** @enum {string} */
                            authorKind: "customer" | "staff" | "contact";
                            authorName: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        organisationName: string | null;
                        reference: string;
                        /** @enum {string} */
                        status: "open" | "waiting_for_customer" | "resolved";
                        subject: string;
                        tier: string | null;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSupportTicketsById: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeName: string | null;
                        /** @enum {string} */
                        category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                        contactEmail: string;
                        createdAt: string;
                        firstResponseDueAt: string;
                        firstResponseOverdue: boolean;
                        /** Format: uuid */
                        id: string;
                        messages: {
                            attachments: {
                                contentType: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                size: number;
                            }[];
                            /** @enum {string} */
                            authorKind: "customer" | "staff" | "contact";
                            authorName: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        organisationName: string | null;
                        reference: string;
                        /** @enum {string} */
                        status: "open" | "waiting_for_customer" | "resolved";
                        subject: string;
                        tier: string | null;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSupportTicketsByIdAttachmentsByAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    postSupportTicketsByIdMessages: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeName: string | null;
                        /** @enum {string} */
                        category: "registration" | "migration" | "points" | "membership" | "payment" | "other";
                        contactEmail: string;
                        createdAt: string;
                        firstResponseDueAt: string;
                        firstResponseOverdue: boolean;
                        /** Format: uuid */
                        id: string;
                        messages: {
                            attachments: {
                                contentType: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                size: number;
                            }[];
                            /** @enum {string} */
                            authorKind: "customer" | "staff" | "contact";
                            authorName: string | null;
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                        }[];
                        organisationName: string | null;
                        reference: string;
                        /** @enum {string} */
                        status: "open" | "waiting_for_customer" | "resolved";
                        subject: string;
                        tier: string | null;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
}
