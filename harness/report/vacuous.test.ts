/**
 * A check that passed with forward writing nothing in any run is not a plain
 * pass in any format of a certificate: its cell is marked, the message says
 * what to change, and the verdict is INCOMPLETE.
 */
import { describe, expect, test } from "vitest";
import type { CheckResult } from "../model/result.js";
import type { Certificate } from "./certificate.js";
import { judge } from "../certify/verdict.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

const message =
  "linkMembers › roundTrip [memory]: forward wrote nothing in 40 run(s): the datasets may not reach its write path, so this pass proves little. " +
  'If forward joins on a field that is not an id, draw it from the values it joins (fromSchema fields: { "<table>.<field>": { from: "<other table>.<field>" } })';
const vacuous: CheckResult = { migration: "linkMembers", invariant: "roundTrip", backend: "memory", status: "passed", runs: 40, seed: 1, vacuous: { runs: 40, message }, durationMs: 900 };
const held: CheckResult = { migration: "linkMembers", invariant: "idempotent", backend: "memory", status: "passed", runs: 30, seed: 1, durationMs: 700 };

function certificate(results: CheckResult[]): Certificate {
  const backends = [{ backend: "memory", ran: true }];
  const coverage = [{ migration: "linkMembers", declared: true, samples: 10, seed: 1, minimum: 1, counts: { a: 5 }, classes: ["a"] }];
  return {
    ...judge({ results, errors: [], backends, coverage }),
    createdAt: "2026-12-07T12:00:00.000Z", commit: "abc1234", sourceHash: "0".repeat(64), versions: { node: "20" },
    backends, runsPerInvariant: 40, seed: 1, durationMs: 1_000, results, coverage, corpusAdded: [], errors: [],
  };
}

describe("a vacuous pass in the certificate", () => {
  const cert = certificate([vacuous, held]);

  test("the verdict is INCOMPLETE, naming the migration, the invariant and what to change", () => {
    expect(cert.verdict).toBe("INCOMPLETE");
    expect(cert.reasons[0]).toContain("1 check(s) passed with forward writing nothing in any run (linkMembers › roundTrip [memory])");
    expect(cert.reasons[0]).toContain('{ from: "<other table>.<field>" }');
  });

  test("markdown marks its cell ⚠️ and lists it with its message; HTML marks it and carries the message", () => {
    const md = renderMarkdown(cert);
    expect(md).toContain("| roundTrip | ⚠️ |");
    expect(md).toContain("| idempotent | ✅ |");
    expect(md).toContain(`## Passed, but forward wrote nothing\n\n- ${message}`);
    const html = renderHtml(cert);
    expect(html).toContain("⚠</td>");
    expect(html).toContain("forward wrote nothing in 40 run(s)");
  });
});
