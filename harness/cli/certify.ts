/**
 * `npm run certify`: the pre-release gate. Runs every migration suite
 * (suites/*.prop.test.ts) with many runs per invariant, then writes
 * reports/certification/<date>-<commit>/certificate.{json,md}. Exit code 0
 * only when the verdict is PASSED.
 *
 *   npm run certify -- --runs 200
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startVitest } from "vitest/node";
import { ResultCollector } from "../report/collector.js";
import { verdictOf, type Certificate } from "../report/certificate.js";
import { renderMarkdown } from "../report/markdown.js";
import { gitCommit, sourceHash, versions } from "./provenance.js";
import { parseArgs } from "./args.js";

const args = parseArgs(process.argv.slice(2), { runs: 100 });
const started = Date.now();
const collector = new ResultCollector();
process.env.HARNESS_RUNS = String(args.runs);

// Only the migration suites certify; faults and unit tests are npm test's job.
const suiteFiles = readdirSync("suites").filter((f) => f.endsWith(".prop.test.ts")).map((f) => `suites/${f}`);
const vitest = await startVitest("test", suiteFiles, {
  project: ["memory"],
  run: true,
  watch: false,
  reporters: ["dot", collector],
} as any);
await vitest.close();

const cert: Certificate = {
  verdict: verdictOf(collector.results, collector.errors),
  createdAt: new Date().toISOString(),
  commit: gitCommit(),
  sourceHash: sourceHash(),
  versions: versions(),
  backends: ["memory"],
  runsPerInvariant: args.runs,
  durationMs: Date.now() - started,
  results: collector.results,
  errors: collector.errors,
};

const dir = join("reports", "certification", `${cert.createdAt.slice(0, 10)}-${cert.commit}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "certificate.json"), JSON.stringify(cert, null, 2) + "\n");
writeFileSync(join(dir, "certificate.md"), renderMarkdown(cert));

const counts = (status: string) => cert.results.filter((r) => r.status === status).length;
console.log(
  `\nCertification ${cert.verdict}: ${counts("passed")} passed, ${counts("failed")} failed, ` +
    `${counts("not-applicable")} not applicable, ${counts("skipped")} skipped ` +
    `(${(cert.durationMs / 1000).toFixed(1)} s, ${args.runs} runs per invariant)`,
);
console.log(`Certificate: ${dir}/certificate.md`);
process.exit(cert.verdict === "PASSED" ? 0 : 1);
