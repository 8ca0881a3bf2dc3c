import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The file that replays the corpus (suites/corpus.test.ts in this repository). */
export const CORPUS_TEST_FILE = "/suites/corpus.test.ts";

/**
 * vitest's own order (failed last time first, then slowest first), with the
 * corpus replay moved to the front: known failures are reported before
 * anything new is explored, as fuzzers replay their corpus first.
 */
export class CorpusFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isCorpus = (spec: TestSpecification) => spec.moduleId.endsWith(CORPUS_TEST_FILE);
    return [...sorted.filter(isCorpus), ...sorted.filter((spec) => !isCorpus(spec))];
  }
}
