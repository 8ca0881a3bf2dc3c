/**
 * apiKeysToTable: legacy userSettings keys (an encrypted or plain JSON blob,
 * openaiKey, anthropicKey) move into one apiKeys row per user, each provider
 * encrypted on its own. Every invariant, on the in-memory backend.
 */
import { migrationSuite } from "../harness/index.js";
import { apiKeysToTableSpec } from "./apiKeysToTable.spec.js";
import { app } from "./app.js";

migrationSuite(app, apiKeysToTableSpec(), { backends: ["memory"] });
