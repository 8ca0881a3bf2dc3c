import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatRedactedFailure } from "../report/redactResult.js";
import type { Registry } from "./registry.js";
import { replayCorpusEntry } from "./replay.js";
import { readCorpus, VAULT_DIR } from "./store.js";

export interface CorpusSuiteOptions {
  /** The corpus folder, relative to the project root. */
  dir: string;
  /** This test file, relative to the project root (for replay commands). */
  file: string;
}

/**
 * Registers one test per corpus file: a saved failure is checked again on
 * its saved case and fails, with the full report, for as long as the bug is
 * there. Decisions, so that a bad file never crashes the run:
 * - corrupt (not JSON, fields missing, unknown migration or invariant, a
 *   newer schema version): the test FAILS naming the file, since a typo or a
 *   rename would otherwise silently drop a regression test;
 * - outdated (older schema version, an invariant that no longer applies, a
 *   redacted case that can no longer be restored): the test is SKIPPED with
 *   the reason in its name and a warning, since it is no longer evidence of
 *   anything; re-record it with `npm run fuzz` or delete it.
 */
export function corpusSuite(registry: Registry, options: CorpusSuiteOptions): void {
  const files = readCorpus(options.dir);
  const command = (id: string) => `npx vitest run --project memory ${options.file} -t '${id}'`;
  describe(`corpus (${options.dir})`, () => {
    test("holds only corpus entries, and a vault entry only for a saved failure", () => {
      const stray = existsSync(options.dir)
        ? readdirSync(options.dir).filter((name) => !name.endsWith(".json") && !name.startsWith(".") && name !== "README.md")
        : [];
      const ids = new Set(files.map((f) => f.name.replace(/\.json$/, "")));
      const vault = join(options.dir, VAULT_DIR);
      const orphans = existsSync(vault) ? readdirSync(vault).filter((name) => !ids.has(name.replace(/\.json$/, ""))) : [];
      expect({ stray, orphans }, `stray files in ${options.dir}`).toEqual({ stray: [], orphans: [] });
    });
    for (const { name, parsed } of files) {
      const where = join(options.dir, name);
      if (parsed.kind === "corrupt") {
        test(`${name} is a readable corpus entry`, () => {
          throw new Error(`${where} is corrupt: ${parsed.reason}. Fix or delete the file.`);
        });
        continue;
      }
      if (parsed.kind === "outdated") {
        console.warn(`corpus: ${where} skipped: outdated (${parsed.reason})`);
        test.skip(`${name} (outdated: ${parsed.reason}; re-record with npm run fuzz or delete it)`, () => {});
        continue;
      }
      const { entry } = parsed;
      test(`${entry.id} replays ${entry.migration} › ${entry.invariant} (found by ${entry.foundBy} on ${entry.backend}, ${entry.foundAt.slice(0, 10)})`, async (context) => {
        const outcome = await replayCorpusEntry(entry, registry, { dir: options.dir, command: command(entry.id) });
        if (outcome.status === "corrupt") throw new Error(`${where} is corrupt: ${outcome.reason}`);
        if (outcome.status === "outdated") {
          console.warn(`corpus: ${where} skipped: outdated (${outcome.reason})`);
          context.skip(`outdated: ${outcome.reason}`);
          return;
        }
        if (outcome.status === "failed") {
          const secrets = registry.find(entry.migration)?.spec().secrets?.fields;
          throw new Error(`Saved failure ${where} still fails:\n\n${formatRedactedFailure(outcome.result, secrets)}`);
        }
        expect(outcome.status).toBe("passed");
      });
    }
  });
}
