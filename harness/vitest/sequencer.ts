import { resolve } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { readCorpus } from "../corpus/store.js";
import { registeredOptions } from "./options.js";

/**
 * vitest's own order (failed last time first, then slowest first), with the
 * spec files that have saved failures in the corpus moved to the front:
 * known failures are reported before anything new is explored, as fuzzers
 * replay their corpus first (each spec file replays its entries first).
 */
export class CorpusFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const options = registeredOptions();
    if (!options) return sorted;
    const withEntries = new Set(
      readCorpus(resolve(options.root, options.corpus)).flatMap(({ parsed }) => (parsed.kind === "entry" && parsed.entry.file ? [`${options.root}/${parsed.entry.file}`] : [])),
    );
    const first = (spec: TestSpecification) => withEntries.has(spec.moduleId);
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}
