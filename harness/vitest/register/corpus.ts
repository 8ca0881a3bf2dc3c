import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { replayCorpusEntry } from "../../fuzz/replayCorpus.js";
import { readCorpus, VAULT_DIR, type CorpusFile } from "../../corpus/store.js";
import { formatRedactedFailure } from "../../report/redactResult.js";
import { vitestRunCommand } from "../../engine/replay.js";
import type { MigrationSpec } from "../../spec/types.js";
import type { ResolvedHarnessOptions } from "../../model/config.js";

/**
 * The saved failures of this spec file's migration and faults, each checked
 * again on its saved case, before anything else in the file: a saved failure
 * fails for as long as its bug is there, and once fixed stays as a
 * regression test. Decisions, so that a bad file never crashes the run:
 * - corrupt (not JSON, fields missing, a migration this file does not
 *   declare, a newer schema version): the test FAILS naming the file, since
 *   a typo or a rename would otherwise silently drop a regression test;
 * - outdated (older schema version, an invariant that no longer applies, a
 *   redacted case that can no longer be restored): SKIPPED with the reason
 *   and a warning: re-record it with fuzz, or delete it.
 */
export function corpusTests(spec: MigrationSpec, where: { file: string; project?: string; config?: string }, options: ResolvedHarnessOptions): void {
  const dir = resolve(options.root, options.corpus);
  const specs = new Map([spec, ...spec.faults.map((f) => f.spec())].map((s) => [s.name, s]));
  const mine = readCorpus(dir).filter(({ parsed }) =>
    parsed.kind === "entry" && (specs.has(parsed.entry.migration) || parsed.entry.file === where.file),
  );
  if (mine.length === 0) return;
  const suite = `${spec.name} corpus`;
  describe(suite, () => {
    for (const { name, parsed } of mine) {
      if (parsed.kind !== "entry") continue;
      const { entry } = parsed;
      const at = join(options.corpus, name);
      const testName = `${entry.id} replays ${entry.migration} › ${entry.invariant} (found by ${entry.foundBy} on ${entry.backend}, ${entry.foundAt.slice(0, 10)})`;
      const command = vitestRunCommand({ file: where.file, project: where.project, config: where.config, testName: [suite, testName] });
      test(testName, async (context) => {
        const found = specs.get(entry.migration);
        if (!found) {
          throw new Error(`${at} is corrupt: it names migration "${entry.migration}", which ${where.file} does not declare (it declares ${[...specs.keys()].join(", ")}). Fix or delete the file.`);
        }
        const outcome = await replayCorpusEntry(entry, found, { dir, command });
        if (outcome.status === "corrupt") throw new Error(`${at} is corrupt: ${outcome.reason}`);
        if (outcome.status === "outdated") {
          console.warn(`corpus: ${at} skipped: outdated (${outcome.reason})`);
          context.skip(`outdated: ${outcome.reason}`);
          return;
        }
        if (outcome.status === "failed") {
          throw new Error(`Saved failure ${at} still fails:\n\n${formatRedactedFailure(outcome.result, found.secrets?.fields as never)}`);
        }
        expect(outcome.status).toBe("passed");
      });
    }
  });
}

/**
 * What no single spec file can judge, checked once (by the first spec file):
 * files in the corpus folder that are not entries, vault files without an
 * entry, unreadable entries, and entries whose spec file does not exist.
 */
export function corpusIntegrityTests(options: ResolvedHarnessOptions, specFiles: readonly string[]): void {
  const dir = resolve(options.root, options.corpus);
  const files = readCorpus(dir);
  describe(`corpus (${options.corpus})`, () => {
    test("holds only corpus entries, and a vault entry only for a saved failure", () => {
      const stray = existsSync(dir)
        ? readdirSync(dir).filter((name) => !name.endsWith(".json") && !name.startsWith(".") && name !== "README.md")
        : [];
      const ids = new Set(files.map((f) => f.name.replace(/\.json$/, "")));
      const vault = join(dir, VAULT_DIR);
      const orphans = existsSync(vault) ? readdirSync(vault).filter((name) => !ids.has(name.replace(/\.json$/, ""))) : [];
      expect({ stray, orphans }, `stray files in ${options.corpus}`).toEqual({ stray: [], orphans: [] });
    });
    for (const { name, parsed } of files) {
      const problem = integrityProblem(parsed, specFiles);
      if (problem === null) continue;
      if (problem.kind === "outdated") {
        console.warn(`corpus: ${join(options.corpus, name)} skipped: outdated (${problem.reason})`);
        test.skip(`${name} (outdated: ${problem.reason}; re-record with fuzz or delete it)`, () => {});
        continue;
      }
      test(`${name} is a readable corpus entry of a spec file`, () => {
        throw new Error(`${join(options.corpus, name)} is corrupt: ${problem.reason}. Fix or delete the file.`);
      });
    }
  });
}

function integrityProblem(parsed: CorpusFile["parsed"], specFiles: readonly string[]): { kind: "corrupt" | "outdated"; reason: string } | null {
  if (parsed.kind !== "entry") return parsed;
  const { file } = parsed.entry;
  if (file === undefined) return { kind: "corrupt", reason: `it names no \`file\` (the spec file that declares ${parsed.entry.migration})` };
  if (!specFiles.includes(file)) return { kind: "corrupt", reason: `its \`file\` ${file} is not a spec file (spec files: ${specFiles.join(", ")})` };
  return null;
}
