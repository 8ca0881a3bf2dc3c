/**
 * `npm run certify`: the pre-release gate. Every migration suite
 * (suites/*.prop.test.ts) with many runs per invariant on each requested
 * backend, data-class coverage of every migration's generator against a
 * minimum, and optionally every invariant on a real snapshot export. Writes
 * reports/certification/<date>-<commit>/ (certificate.json, .md, .html,
 * junit.xml), all redacted. Exit 0 only when the verdict is PASSED.
 *
 *   npm run certify
 *   npm run certify -- --runs 200 --backend memory,container --seed 42
 *   npm run certify -- --snapshot export.zip --migration apiKeysToTable
 */
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { startVitest } from "vitest/node";
import { CORPUS_FOUND_BY_VARIABLE, CORPUS_SAVE_VARIABLE } from "../corpus/autoSave.js";
import { judge, type BackendStatus, type Certificate } from "../report/certificate.js";
import { ResultCollector } from "../report/collector.js";
import { ConsoleReporter } from "../report/consoleReporter.js";
import { parseArgs } from "./args.js";
import { CERTIFY_PLAN_VARIABLE, type CertifyPlan } from "./certifyPlan.js";
import { gitCommit, sourceHash, versions } from "./provenance.js";
import { migrationSuiteFiles } from "./suiteFiles.js";
import { writeCertificate } from "./writeCertificate.js";

const args = parseArgs(
  process.argv.slice(2),
  { runs: 100, time: 0, shard: { index: 1, count: 1 }, backends: ["memory"], coverageRuns: 1000, minCoverage: 5, roundRuns: 0, corpus: "suites/corpus" },
  ["runs", "backends", "seed", "migrations", "snapshot", "coverageRuns", "minCoverage", "corpus"],
);
const started = Date.now();
const seed = args.seed ?? crypto.getRandomValues(new Int32Array(1))[0];
if (args.snapshot && !existsSync(args.snapshot)) {
  console.error(`--snapshot ${args.snapshot}: no such file`);
  process.exit(2);
}
const plan: CertifyPlan = {
  seed,
  coverageRuns: args.coverageRuns,
  minCoverage: args.minCoverage,
  migrations: args.migrations,
  backends: args.backends,
  snapshot: args.snapshot && resolve(args.snapshot),
};
Object.assign(process.env, {
  HARNESS_RUNS: String(args.runs),
  HARNESS_SEED: String(seed),
  HARNESS_CLI: "1",
  [CERTIFY_PLAN_VARIABLE]: JSON.stringify(plan),
  [CORPUS_FOUND_BY_VARIABLE]: "certify",
});
if (args.corpus !== "none") process.env[CORPUS_SAVE_VARIABLE] = args.corpus;

// Only the migration suites certify; faults and unit tests are npm test's job.
const suiteFiles = migrationSuiteFiles(args.migrations);
const files = [...suiteFiles, "harness/cli/runners/coverage.run.ts", ...(args.snapshot ? ["harness/cli/runners/snapshot.run.ts"] : [])];
const corpusBefore = listCorpus(args.corpus);

console.log(`Certifying ${suiteFiles.length} migration suite(s) on ${args.backends.join(", ")}: ${args.runs} runs per invariant, seed ${seed}` +
  `${args.snapshot ? `, snapshot ${args.snapshot}` : ""}`);
const collector = new ResultCollector();
const vitest = await startVitest("test", files, {
  project: args.backends,
  run: true,
  watch: false,
  reporters: [new ConsoleReporter(["corpus:", "snapshot "]), collector],
} as never);
await vitest.close();

const backends: BackendStatus[] = args.backends.map((backend) => {
  const mine = collector.results.filter((r) => r.backend === backend);
  const ran = mine.some((r) => r.status === "passed" || r.status === "failed");
  const skip = mine.find((r) => r.status === "skipped") ?? collector.skipped.find((s) => s.project === backend);
  return { backend, ran, ...(ran ? {} : { reason: skip ? ("reason" in skip ? skip.reason : "") : "no check ran on this backend" }) };
});
const snapshot = args.snapshot ? { report: collector.snapshotImports[0] ?? emptyImport(args.snapshot), results: collector.snapshotResults } : undefined;
const { verdict, reasons } = judge({ results: collector.results, errors: collector.errors, backends, coverage: collector.coverage, snapshot });
const cert: Certificate = {
  verdict,
  reasons,
  createdAt: new Date().toISOString(),
  commit: gitCommit(),
  sourceHash: sourceHash(),
  versions: versions(),
  backends,
  runsPerInvariant: args.runs,
  seed,
  durationMs: Date.now() - started,
  results: collector.results,
  coverage: collector.coverage,
  snapshot,
  corpusAdded: listCorpus(args.corpus).filter((f) => !corpusBefore.includes(f)),
  errors: collector.errors,
};
const dir = writeCertificate(cert, collector.secretFields);

console.log(`\nCertification ${cert.verdict} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
for (const reason of cert.reasons) console.log(`  - ${reason}`);
console.log(`Certificate: ${dir}/certificate.html (also .md, .json, junit.xml)`);
process.exit(cert.verdict === "PASSED" ? 0 : 1);

function listCorpus(dir: string): string[] {
  return dir !== "none" && existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => `${dir}/${f}`) : [];
}

function emptyImport(file: string) {
  return { file, tables: [], problems: [{ kind: "zip" as const, message: "the snapshot runner reported nothing (see the errors)" }], danglingReferences: 0, notes: [] };
}
