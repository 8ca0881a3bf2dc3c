import { faultFunction, type Fault } from "./modules.js";

/** A broken replacement for the new query of threadSearch's `queries`. */
const newQuery = (module: string): Fault["overrides"] => (base) => ({ queries: { ...base.queries!, new: faultFunction(`threadSearch/${module}`, "newQuery") } });

/** The guide's own search bugs, each caught by queryEquivalent. */
export const threadSearchFaults: Fault[] = [
  {
    name: "takesTwentyThenFilters",
    invariant: "queryEquivalent",
    bug: "the guide's search, which takes 20 results of all users before filtering by user",
    // More than 20 matching threads are what it takes: 21 threads and their users.
    maxDocuments: 23,
    overrides: newQuery("takesTwentyThenFilters"),
  },
  { name: "trimsBlankQuery", invariant: "queryEquivalent", bug: "the guide's blank-query branch, which lists every thread for a query of spaces", maxDocuments: 2, overrides: newQuery("trimsBlankQuery") },
];
