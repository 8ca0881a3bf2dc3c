/**
 * Every failure `npm run fuzz` or `npm run certify` ever found, checked again
 * on its saved case, before anything else (vitest.config.ts runs this file
 * first). A saved failure fails here for as long as its bug is there; once
 * fixed it stays as a regression test. See harness/corpus/suite.ts for how
 * corrupt and outdated files are reported.
 */
import { corpusSuite } from "../harness/corpus/suite.js";
import { registry } from "./registry.js";

corpusSuite(registry, { dir: "suites/corpus", file: "suites/corpus.test.ts" });
