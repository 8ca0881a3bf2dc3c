/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";
import type * as apiKeys from "../apiKeys.js";
import type * as encryption from "../encryption.js";
import type * as lib_apiKeysToTable_forwardDoc from "../lib/apiKeysToTable/forwardDoc.js";
import type * as lib_apiKeysToTable_ledger from "../lib/apiKeysToTable/ledger.js";
import type * as lib_apiKeysToTable_rollbackDoc from "../lib/apiKeysToTable/rollbackDoc.js";
import type * as lib_legacyKeys from "../lib/legacyKeys.js";
import type * as migrations_apiKeysToTable from "../migrations/apiKeysToTable.js";
import type * as testing from "../testing.js";

/**
 * A utility for referencing Convex functions in your app's API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
declare const fullApi: ApiFromModules<{
  apiKeys: typeof apiKeys;
  encryption: typeof encryption;
  "lib/apiKeysToTable/forwardDoc": typeof lib_apiKeysToTable_forwardDoc;
  "lib/apiKeysToTable/ledger": typeof lib_apiKeysToTable_ledger;
  "lib/apiKeysToTable/rollbackDoc": typeof lib_apiKeysToTable_rollbackDoc;
  "lib/legacyKeys": typeof lib_legacyKeys;
  "migrations/apiKeysToTable": typeof migrations_apiKeysToTable;
  testing: typeof testing;
}>;
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;
