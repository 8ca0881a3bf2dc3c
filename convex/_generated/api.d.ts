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
import type * as lib_backfillImageGenerationDefaults_steps from "../lib/backfillImageGenerationDefaults/steps.js";
import type * as lib_backfillImageGenerationDefaults_validate from "../lib/backfillImageGenerationDefaults/validate.js";
import type * as lib_batch from "../lib/batch.js";
import type * as lib_dropSaveRegenerationHistory_steps from "../lib/dropSaveRegenerationHistory/steps.js";
import type * as lib_encryptPlaintextKeys_classify from "../lib/encryptPlaintextKeys/classify.js";
import type * as lib_encryptPlaintextKeys_steps from "../lib/encryptPlaintextKeys/steps.js";
import type * as lib_legacyKeys from "../lib/legacyKeys.js";
import type * as lib_messageMetadataV2_forwardDoc from "../lib/messageMetadataV2/forwardDoc.js";
import type * as lib_messageMetadataV2_metadata from "../lib/messageMetadataV2/metadata.js";
import type * as lib_messageMetadataV2_rollbackDoc from "../lib/messageMetadataV2/rollbackDoc.js";
import type * as lib_progress from "../lib/progress.js";
import type * as lib_quarantineOrphans_cursor from "../lib/quarantineOrphans/cursor.js";
import type * as lib_quarantineOrphans_ledger from "../lib/quarantineOrphans/ledger.js";
import type * as lib_quarantineOrphans_orphans from "../lib/quarantineOrphans/orphans.js";
import type * as lib_quarantineOrphans_quarantineDoc from "../lib/quarantineOrphans/quarantineDoc.js";
import type * as lib_quarantineOrphans_quarantinePage from "../lib/quarantineOrphans/quarantinePage.js";
import type * as lib_quarantineOrphans_references from "../lib/quarantineOrphans/references.js";
import type * as lib_quarantineOrphans_restoreEntry from "../lib/quarantineOrphans/restoreEntry.js";
import type * as lib_records from "../lib/records.js";
import type * as lib_wellFormed from "../lib/wellFormed.js";
import type * as migrations_apiKeysToTable from "../migrations/apiKeysToTable.js";
import type * as migrations_backfillImageGenerationDefaults from "../migrations/backfillImageGenerationDefaults.js";
import type * as migrations_component from "../migrations/component.js";
import type * as migrations_dropSaveRegenerationHistory from "../migrations/dropSaveRegenerationHistory.js";
import type * as migrations_encryptPlaintextKeys from "../migrations/encryptPlaintextKeys.js";
import type * as migrations_messageMetadataV2 from "../migrations/messageMetadataV2.js";
import type * as migrations_quarantineOrphans from "../migrations/quarantineOrphans.js";
import type * as migrations_threadSearch from "../migrations/threadSearch.js";
import type * as progress from "../progress.js";
import type * as testing from "../testing.js";
import type * as threads from "../threads.js";

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
  "lib/backfillImageGenerationDefaults/steps": typeof lib_backfillImageGenerationDefaults_steps;
  "lib/backfillImageGenerationDefaults/validate": typeof lib_backfillImageGenerationDefaults_validate;
  "lib/batch": typeof lib_batch;
  "lib/dropSaveRegenerationHistory/steps": typeof lib_dropSaveRegenerationHistory_steps;
  "lib/encryptPlaintextKeys/classify": typeof lib_encryptPlaintextKeys_classify;
  "lib/encryptPlaintextKeys/steps": typeof lib_encryptPlaintextKeys_steps;
  "lib/legacyKeys": typeof lib_legacyKeys;
  "lib/messageMetadataV2/forwardDoc": typeof lib_messageMetadataV2_forwardDoc;
  "lib/messageMetadataV2/metadata": typeof lib_messageMetadataV2_metadata;
  "lib/messageMetadataV2/rollbackDoc": typeof lib_messageMetadataV2_rollbackDoc;
  "lib/progress": typeof lib_progress;
  "lib/quarantineOrphans/cursor": typeof lib_quarantineOrphans_cursor;
  "lib/quarantineOrphans/ledger": typeof lib_quarantineOrphans_ledger;
  "lib/quarantineOrphans/orphans": typeof lib_quarantineOrphans_orphans;
  "lib/quarantineOrphans/quarantineDoc": typeof lib_quarantineOrphans_quarantineDoc;
  "lib/quarantineOrphans/quarantinePage": typeof lib_quarantineOrphans_quarantinePage;
  "lib/quarantineOrphans/references": typeof lib_quarantineOrphans_references;
  "lib/quarantineOrphans/restoreEntry": typeof lib_quarantineOrphans_restoreEntry;
  "lib/records": typeof lib_records;
  "lib/wellFormed": typeof lib_wellFormed;
  "migrations/apiKeysToTable": typeof migrations_apiKeysToTable;
  "migrations/backfillImageGenerationDefaults": typeof migrations_backfillImageGenerationDefaults;
  "migrations/component": typeof migrations_component;
  "migrations/dropSaveRegenerationHistory": typeof migrations_dropSaveRegenerationHistory;
  "migrations/encryptPlaintextKeys": typeof migrations_encryptPlaintextKeys;
  "migrations/messageMetadataV2": typeof migrations_messageMetadataV2;
  "migrations/quarantineOrphans": typeof migrations_quarantineOrphans;
  "migrations/threadSearch": typeof migrations_threadSearch;
  progress: typeof progress;
  testing: typeof testing;
  threads: typeof threads;
}>;
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;
