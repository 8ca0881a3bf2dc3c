/**
 * `certify`: the pre-release gate. Every spec file's migrations with many
 * runs per invariant on each requested backend, data-class coverage of
 * every migration's generator against a minimum, and optionally every
 * invariant on a real snapshot export. Writes
 * <reports>/certification/<date>-<commit>/ (certificate.json, .md, .html,
 * junit.xml), all redacted, whatever happens: a run that hangs or crashes
 * still gets a certificate, FAILED or INCOMPLETE with the reason. Exit 0 only
 * when the verdict is PASSED.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CertifyPlan } from "../certify/plan.js";
import { CORPUS_FOUND_BY_VARIABLE, CORPUS_SAVE_VARIABLE, planVariables, RUNS_VARIABLE, SEED_VARIABLE, setVariables } from "../model/config.js";
import { freshSeed } from "../model/seed.js";
import type { BackendStatus, Certificate } from "../report/certificate.js";
import { judge } from "../certify/verdict.js";
import { ResultCollector } from "../vitest/reporters/collector.js";
import { ConsoleReporter } from "../vitest/reporters/consoleReporter.js";
import { duration, seconds } from "../model/duration.js";
import { ProgressReporter } from "../vitest/reporters/progressReporter.js";
import { mutationScores } from "../mutate/scores.js";
import { emptyImport } from "../snapshotImport/report.js";
import { parseCommand, parseDuration, parseList, positiveInteger, integer, UsageError, type CommandSpec } from "./parse.js";
import { gitCommit, sourceHash, versions } from "./provenance.js";
import { closeRun, collectSpecTests, openSpecRun, runWithBudget } from "./runSpecs.js";
import { writeCertificate } from "../certify/write.js";

export const certifyCommand: CommandSpec = {
  name: "certify",
  summary: "Certify every migration: many runs of every invariant on each backend, data-class coverage, optionally a snapshot export; writes a certificate.",
  options: {
    runs: { type: "string", usage: "--runs N", help: "property runs per invariant (default 100)" },
    backend: { type: "string", usage: "--backend memory,container", help: "backends to certify on (default memory)" },
    seed: { type: "string", usage: "--seed N", help: "the seed of every check (default: fresh, recorded in the certificate)" },
    migration: { type: "string", usage: "--migration a,b", help: "only these migrations" },
    snapshot: { type: "string", usage: "--snapshot export.zip", help: "also every invariant on a `npx convex export` ZIP" },
    "coverage-runs": { type: "string", usage: "--coverage-runs N", help: "datasets sampled per migration for data-class coverage (default 1000)" },
    "min-coverage": { type: "string", usage: "--min-coverage N", help: "datasets each data class must appear in (default 5)" },
    corpus: { type: "string", usage: "--corpus dir|none", help: "where failures are saved (default: the preset's corpus folder)" },
    time: { type: "string", usage: "--time 60m", help: "budget: past it the run is stopped and the certificate says INCOMPLETE (default 60m)" },
  },
  examples: [
    "npx convex-migration-harness certify",
    "npx convex-migration-harness certify --backend memory,container --runs 200 --seed 42",
    "npx convex-migration-harness certify --snapshot export.zip --migration apiKeysToTable",
  ],
};

export async function certifyMain(argv: string[], invocation: string): Promise<number> {
  const values = parseCommand(certifyCommand, argv, invocation);
  if (values === null) return 0;
  const started = Date.now();
  const runs = positiveInteger("runs", values.runs) ?? 100;
  const backends = parseList("backend", values.backend, ["memory", "container"]) ?? ["memory"];
  const seed = integer("seed", values.seed) ?? freshSeed();
  const budgetMs = parseDuration("time", values.time) ?? 60 * 60_000;
  const snapshot = typeof values.snapshot === "string" ? resolve(values.snapshot) : undefined;
  if (snapshot && !existsSync(snapshot)) throw new UsageError(`--snapshot ${values.snapshot}: no such file`);
  const plan: CertifyPlan = {
    seed,
    coverageRuns: positiveInteger("coverage-runs", values["coverage-runs"]) ?? 1000,
    minCoverage: positiveInteger("min-coverage", values["min-coverage"]) ?? 5,
    migrations: parseList("migration", values.migration),
    backends,
    snapshot,
    command: invocation,
  };
  const collector = new ResultCollector();
  const progress = new ProgressReporter("certify", started + budgetMs);
  const env = { [RUNS_VARIABLE]: String(runs), [SEED_VARIABLE]: String(seed), [CORPUS_FOUND_BY_VARIABLE]: "certify" };
  const files = plan.migrations ? await filesDeclaring(plan.migrations, plan, env, backends) : null;
  const run = await openSpecRun("certify", { ...env, ...planVariables("certify", plan) }, backends, [new ConsoleReporter(["corpus:", "snapshot "]), collector, progress]);
  if (files) run.files = files;
  const corpus = values.corpus === "none" ? null : typeof values.corpus === "string" ? values.corpus : run.options.corpus;
  if (corpus) setVariables({ [CORPUS_SAVE_VARIABLE]: resolve(run.options.root, corpus) });
  const corpusBefore = listCorpus(corpus);
  console.log(`Certifying ${run.files.length} spec file(s) on ${backends.join(", ")}: ${runs} runs per invariant, seed ${seed}` +
    `${snapshot ? `, snapshot ${values.snapshot}` : ""}; budget ${duration(budgetMs)}`);
  // The budget counts from the command's start: collecting and loading are part of it.
  const finished = await runWithBudget(run, Math.max(1, budgetMs - (Date.now() - started)));
  progress.stop();

  // A suite still running at the budget is stuck (or far too slow): a failure, with what was running.
  if (finished.timedOut) {
    collector.errors.push(`the run was stopped at its budget (${duration(budgetMs)}): ${finished.unfinished.join(", ") || "no spec file"} did not finish`);
  }
  const status: BackendStatus[] = backends.map((backend) => {
    const mine = collector.results.filter((r) => r.backend === backend);
    const ran = mine.some((r) => r.status === "passed" || r.status === "failed");
    const skip = mine.find((r) => r.status === "skipped") ?? collector.skipped.find((s) => s.backend === backend);
    return { backend, ran, ...(ran ? {} : { reason: skip?.reason ?? "no check ran on this backend" }) };
  });
  const snapshotPart = snapshot ? { report: collector.snapshotImports[0] ?? emptyImport(snapshot), results: collector.snapshotResults } : undefined;
  const verdict = judge({ results: collector.results, errors: collector.errors, incomplete: collector.incomplete, backends: status, coverage: collector.coverage, snapshot: snapshotPart });
  const hash = sourceHash(run.options);
  const scores = mutationScores(run.options, hash);
  const cert: Certificate = {
    ...verdict,
    createdAt: new Date().toISOString(),
    commit: gitCommit(run.options),
    sourceHash: hash,
    versions: versions(run.options.root),
    backends: status,
    runsPerInvariant: runs,
    seed,
    durationMs: Date.now() - started,
    results: collector.results,
    coverage: collector.coverage,
    snapshot: snapshotPart,
    corpusAdded: listCorpus(corpus).filter((f) => !corpusBefore.includes(f)),
    errors: collector.errors,
    ...(scores ? { mutationScores: scores } : {}),
  };
  const dir = writeCertificate(cert, collector.secretFields, resolve(run.options.root, run.options.reports));
  console.log(`\nCertification ${cert.verdictLine} (${seconds(Date.now() - started)})`);
  for (const reason of cert.reasons) console.log(`  - ${reason}`);
  console.log(`Certificate: ${dir.replace(`${run.options.root}/`, "")}/certificate.html (also .md, .json, junit.xml)`);
  // Closed after the certificate is written: a stuck worker must not keep it from being written.
  await closeRun(run);
  return cert.verdict === "PASSED" ? 0 : 1;
}

/**
 * The spec files that declare `migrations`, from a collect pass over every
 * spec file (which registers every migration's tests, none run); an
 * unknown name is a usage error that lists the known ones.
 */
async function filesDeclaring(migrations: string[], plan: CertifyPlan, env: Record<string, string>, backends: string[]): Promise<string[]> {
  const probe = await openSpecRun("certify", { ...env, ...planVariables("certify", { ...plan, migrations: undefined, snapshot: undefined }) }, backends, []);
  try {
    const declared = (await collectSpecTests(probe)).filter((t) => t.migration);
    const known = [...new Set(declared.map((t) => t.migration!))].sort();
    const unknown = migrations.filter((m) => !known.includes(m));
    if (unknown.length > 0) throw new UsageError(`--migration: unknown ${unknown.join(", ")}; known migrations: ${known.join(", ")}`);
    return [...new Set(declared.filter((t) => migrations.includes(t.migration!)).map((t) => t.file))];
  } finally {
    await closeRun(probe);
  }
}

function listCorpus(dir: string | null): string[] {
  return dir && existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => join(dir, f)) : [];
}
