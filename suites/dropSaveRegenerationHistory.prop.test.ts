/**
 * dropSaveRegenerationHistory: deprecation phase 4, the field leaves
 * userSettings and its values go to the ledger for rollback. Written with
 * @convex-dev/migrations and driven through the component, one batch per
 * transaction. Every invariant, on the in-memory backend.
 */
import { projectSuite } from "./remote/projectSuite.js";
import { app } from "./app.js";
import { dropSaveRegenerationHistorySpec } from "./dropSaveRegenerationHistory.spec.js";

// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, dropSaveRegenerationHistorySpec());
