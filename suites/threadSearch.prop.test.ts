/**
 * threadSearch: the guide's index evolution, from filtering a user's threads
 * by title in memory to the by_title search index with userId as a filter
 * field. No document changes; the new query must return what the old one
 * did, for every user and query. Every invariant, on the in-memory backend.
 */
import { app } from "./app.js";
import { projectSuite } from "./remote/projectSuite.js";
import { DATA_CLASSES, threadSearchSpec } from "./threadSearch.spec.js";
import { chatCoverageTest } from "./chatCoverage.js";

const spec = threadSearchSpec();

// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);
chatCoverageTest(spec, "threads", DATA_CLASSES);
