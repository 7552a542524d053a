// Type-checked by OpenApiContractTest against the types openapi-typescript generates from /q/openapi.
// It uses the API the way the web app will, so a change of the document that would break the app
// (a renamed operation or schema, money as a number, a lost `null` for clearing) fails the build.
import type { components, operations, paths } from "../../../target/openapi/cet-api";

type Schemas = components["schemas"];
type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;

// Every operation the app calls has a stable operationId.
const used: (keyof operations)[] = [
  "login", "loginWithMfa", "refreshTokens", "logout", "getMe", "updateMe",
  "listBooks", "createBook", "getBook", "updateBook", "listMembers", "updateMember", "removeMember",
  "createInvitation", "listInvitations", "revokeInvitation", "previewInvitation", "acceptInvitation",
  "listAccounts", "createAccount", "getAccount", "updateAccount", "getBalances",
  "listPeriods", "createPeriod", "closePeriod", "signOffPeriod",
  "listCategories", "createCategory", "updateCategory", "getOfficialCatalogue",
  "listTransactions", "createTransaction", "getTransaction", "updateTransaction", "deleteTransaction",
  "submitTransaction", "approveTransaction", "rejectTransaction", "reworkTransaction", "bookTransaction",
  "reverseTransaction", "getTransactionHistory",
  "uploadReceipt", "getReceipt", "downloadReceipt",
  "getOverview", "getTransparencyReport", "getExpenseReport", "downloadAuditPackage",
  "listAuditLog", "verifyAuditLog", "listAdvances", "listInventory", "updateInventoryItem",
  "listUsers", "updateUser", "createBackup", "listBackups", "downloadBackup", "restoreBackup",
];

// Money is a string with two fraction digits, never a number.
const amount: Schemas["Money"] = "12.34";
// @ts-expect-error a number is not money
const notMoney: Schemas["Money"] = 12.34;

// Creating an expense: the body the path takes is the named request schema.
type CreateTransaction = Json<NonNullable<paths["/api/v1/books/{bookId}/transactions"]["post"]["requestBody"]>>;
const create: CreateTransaction = {
  type: "EXPENSE",
  amount: "42.00",
  date: "2026-03-01",
  accountId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  counterparty: "Copy shop",
  status: "SUBMITTED",
};
const sameSchema: Schemas["CreateTransactionRequest"] = create;
// @ts-expect-error an unknown transaction type
const wrongType: Schemas["CreateTransactionRequest"] = { type: "GIFT" };

// The answer is a Transaction with its workflow state.
type Created = operations["createTransaction"]["responses"][201]["content"]["application/json"];
function statusOf(t: Created): Schemas["TransactionStatus"] | undefined {
  return t.status;
}
const transaction: Schemas["Transaction"] = { id: "7c9e6679-7425-40de-944b-e07fc1f90ae7", amount, status: "DRAFT" };
statusOf(transaction);

// A PATCH clears an optional field with an explicit null, and keeps absent ones.
type UpdateTransaction = Json<NonNullable<operations["updateTransaction"]["requestBody"]>>;
const clearCategory: UpdateTransaction = { categoryId: null, version: 3 };
const clearThreshold: Schemas["UpdateBookRequest"] = { dualApprovalAbove: null, electionDate: null };
const moveToTop: Schemas["UpdateCategoryRequest"] = { parentId: null, version: 1 };

// Paths take their parameters; collections answer pages.
const getBook: operations["getBook"]["parameters"]["path"] = { bookId: "7c9e6679-7425-40de-944b-e07fc1f90ae7" };
type BookList = operations["listBooks"]["responses"][200]["content"]["application/json"];
function firstBookName(page: BookList): string | undefined {
  return page.items?.[0]?.name;
}
type Search = NonNullable<operations["listTransactions"]["parameters"]["query"]>;
const search: Search = { from: "2026-01-01", type: "EXPENSE", status: "BOOKED", minAmount: "10.00", page: 0, size: 50, sort: "date,desc" };
// @ts-expect-error the status filter takes the workflow's states only
const badSearch: Search = { status: "PAID" };
type ReportQuery = NonNullable<operations["getTransparencyReport"]["parameters"]["query"]>;
const pdf: ReportQuery = { format: "pdf", lang: "en", fund: "OWN" };
// @ts-expect-error reports come as json, csv or pdf
const xml: ReportQuery = { format: "xml" };

// Every error is the one problem document.
type Problem = operations["createTransaction"]["responses"][400]["content"]["application/problem+json"];
const problem: Problem = {
  type: "urn:cet:problem:validation",
  title: "Invalid input",
  status: 400,
  detail: "amount: must be greater than zero",
  requestId: "2f1c0d4e-8a34-4a5e-9a59-0d7f3b1a6c21",
  errors: [{ field: "amount", message: "must be greater than zero" }],
};
const sameProblem: Schemas["Problem"] = problem;
type Stale = operations["updateBook"]["responses"][412]["content"]["application/problem+json"];
const stale: Stale = { type: "urn:cet:problem:stale-version", title: "Precondition failed", status: 412 };

// Uploads are multipart with a binary file.
type Upload = NonNullable<operations["uploadReceipt"]["requestBody"]>["content"]["multipart/form-data"];
function upload(file: string): Upload {
  return { file };
}
type Restore = NonNullable<operations["restoreBackup"]["requestBody"]>["content"]["multipart/form-data"];
const restore: Restore = { archive: "…", passphrase: "correct horse battery staple" };

export {
  used, amount, notMoney, sameSchema, wrongType, clearCategory, clearThreshold, moveToTop, getBook, firstBookName,
  search, badSearch, pdf, xml, sameProblem, stale, upload, restore,
};
