import { mutationConfig } from "./harness/mutate/vitestConfig.js";
import base from "./vitest.config.js";

/**
 * The configuration StrykerJS runs mutants with (`npm run mutate`, see
 * docs/mutation.md): this repository's own, with its memory project's
 * options, one spec file at a time. An app imports mutationConfig from
 * convex-migration-harness/vitest.
 */
export default mutationConfig(base);
