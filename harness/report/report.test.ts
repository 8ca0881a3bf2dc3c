import { describe, expect, test } from "vitest";
import type { CheckResult, FailedResult } from "../model/result.js";
import type { Certificate } from "./certificate.js";
import { judge } from "../certify/verdict.js";
import type { CoverageReport } from "./coverage.js";
import { renderHtml } from "./html.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { redactCertificate } from "../certify/redact.js";

const KEY = "sk-ant-api03-Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm_-Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNmQw8Er7TyAA";
const PLAIN_SECRET = "not-shaped-like-a-key";
const HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

const failure: FailedResult = {
  migration: "apiKeysToTable",
  invariant: "conserves",
  backend: "memory",
  status: "failed",
  seed: 42,
  path: "3:1",
  runs: 4,
  shrinks: 7,
  durationMs: 120,
  dataset: { tables: { userSettings: [{ anthropicKey: KEY }], apiKeys: [{ openai: PLAIN_SECRET }] } },
  params: undefined,
  failure: { invariant: "conserves", summary: `lost the key ${KEY}`, details: [`- apiKeys[0].openai: "${PLAIN_SECRET}"`] },
  replay: "HARNESS_REPLAY='apiKeysToTable.conserves.memory@42:3:1' npx vitest run --project memory suites/apiKeysToTable.prop.test.ts -t 'x'",
};
const passed: CheckResult = { migration: "apiKeysToTable", invariant: "roundTrip", backend: "memory", status: "passed", runs: 100, seed: 42, durationMs: 900 };
const coverage: CoverageReport = {
  migration: "apiKeysToTable", declared: true, samples: 1000, seed: 42, minimum: 5,
  counts: { "blob:empty": 120, "value:long": 3 }, classes: ["blob:empty", "value:long"],
};

function certificate(results: CheckResult[], cov: CoverageReport[] = [coverage]): Certificate {
  const backends = [{ backend: "memory", ran: true }];
  return {
    ...judge({ results, errors: [], backends, coverage: cov }),
    createdAt: "2026-11-28T12:00:00.000Z", commit: "abc1234", sourceHash: HASH, versions: { node: "20.20.2" },
    backends, runsPerInvariant: 100, seed: 42, durationMs: 61_000, results, coverage: cov, corpusAdded: [], errors: [],
  };
}

describe("certificate reports", () => {
  const shown = redactCertificate(certificate([failure, passed]), { apiKeysToTable: { apiKeys: ["openai"] } });
  const outputs = { markdown: renderMarkdown(shown), html: renderHtml(shown), junit: renderJunit(shown), json: JSON.stringify(shown) };

  test.each(Object.keys(outputs))("%s holds no secret, but keeps the provenance hash", (format) => {
    const text = outputs[format as keyof typeof outputs];
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(PLAIN_SECRET);
    expect(text).toContain("‹redacted sk-ant");
    if (format !== "junit") expect(text).toContain(format === "markdown" ? HASH.slice(0, 12) : HASH);
  });

  test("markdown starts with the verdict and why, then failures first", () => {
    const md = outputs.markdown;
    expect(md.split("\n")[0]).toBe("# Migration certification: ❌ FAILED");
    expect(md).toContain("- 1 invariant check(s) failed: apiKeysToTable › conserves [memory]");
    expect(md).toContain("- 1 data class(es) below their minimum: apiKeysToTable value:long (3/5)");
    expect(md.indexOf("## Failures")).toBeLessThan(md.indexOf("## Invariants"));
    expect(md.length).toBeLessThan(65_536);
  });

  test("html is one self-contained page: no script, no external request, failures before the matrix and the chart", () => {
    const html = outputs.html;
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/);
    expect(html.indexOf("Failures (1)")).toBeLessThan(html.indexOf("Invariants by migration"));
    expect(html.indexOf("Invariants by migration")).toBeLessThan(html.indexOf("Data-class coverage"));
    expect(html).toContain('<div class="bar low"><span class="name">value:long</span>');
  });

  test("junit has a failing testcase with the full report and a coverage suite", () => {
    expect(outputs.junit).toMatch(/<testcase name="conserves" classname="apiKeysToTable \[memory\]"[^>]*><failure message="lost the key ‹redacted/);
    expect(outputs.junit).toContain('<testsuite name="data-class coverage" tests="1" failures="1" skipped="0">');
  });
});

describe("judge", () => {
  test("PASSED only when everything ran, held and reached its minimum", () => {
    expect(judge({ results: [passed], errors: [], backends: [{ backend: "memory", ran: true }], coverage: [{ ...coverage, counts: { "blob:empty": 5, "value:long": 5 } }] }).verdict).toBe("PASSED");
  });

  test("a requested backend that did not run makes it INCOMPLETE, with the reason", () => {
    const { verdict, reasons } = judge({
      results: [passed], errors: [], coverage: [],
      backends: [{ backend: "memory", ran: true }, { backend: "container", ran: false, reason: "no container runtime" }],
    });
    expect(verdict).toBe("INCOMPLETE");
    expect(reasons).toEqual(["backend container did not run: no container runtime"]);
  });

  test("a class never generated fails certification even when every invariant held", () => {
    const { verdict, reasons } = judge({ results: [passed], errors: [], backends: [{ backend: "memory", ran: true }], coverage: [{ ...coverage, counts: { "blob:empty": 9 } }] });
    expect(verdict).toBe("FAILED");
    expect(reasons[0]).toContain("value:long (0/5)");
  });
});

describe("honest verdicts", () => {
  test("a PASSED from the memory backend alone says so in every format", () => {
    const cert = certificate([passed], [{ ...coverage, counts: { "blob:empty": 120, "value:long": 30 } }]);
    expect(cert.verdict).toBe("PASSED");
    const line = "PASSED on the in-memory backend only; not run on a real Convex backend";
    expect(cert.verdictLine).toBe(line);
    expect(renderMarkdown(cert)).toContain(line.slice("PASSED".length));
    expect(renderHtml(cert)).toContain(line);
    expect(renderJunit(cert)).toContain(line);
  });

  test("a PASSED that a container ran is just PASSED", () => {
    const backends = [{ backend: "memory", ran: true }, { backend: "container", ran: true }];
    expect(judge({ results: [passed], errors: [], backends, coverage: [] }).verdictLine).toBe("PASSED");
  });

  test("a snapshot's problems are counted once, the same everywhere; an unreadable one has no pass/fail counts", () => {
    const report = (problems: Array<{ kind: "zip" | "table" | "document"; message: string; table?: string }>) => ({
      file: "export.zip", tables: [{ table: "users", documents: 3, imported: 2 }], problems, danglingReferences: 0, notes: ['table "x" is not in the export; seeded empty'],
    });
    const loaded = report([{ kind: "document", table: "users", message: "fails the schema" }, { kind: "table", table: "audit", message: "not in the schema" }]);
    const withProblems = judge({ results: [passed], errors: [], backends: [{ backend: "memory", ran: true }], coverage: [], snapshot: { report: loaded, results: [passed] } });
    expect(withProblems.reasons).toContain("the snapshot export had 2 problem(s); the dataset checked is not the whole export");
    const cert = { ...certificate([passed]), ...withProblems, snapshot: { report: loaded, results: [passed] } };
    expect(renderMarkdown(cert)).toContain("users 2/3 documents loaded; 2 problem(s); 0 dangling reference(s) kept; 1 passed, 0 failed.");

    const broken = report([{ kind: "zip", message: "not a readable ZIP archive" }]);
    const unreadable = judge({ results: [passed], errors: [], backends: [{ backend: "memory", ran: true }], coverage: [], snapshot: { report: broken, results: [] } });
    expect(unreadable.verdict).toBe("INCOMPLETE");
    expect(unreadable.reasons).toContain("the snapshot export could not be loaded: not a readable ZIP archive; no invariant ran on it");
    const shown = renderMarkdown({ ...certificate([passed]), ...unreadable, snapshot: { report: broken, results: [] } });
    expect(shown).toContain("could not be loaded (not a readable ZIP archive); no invariant ran on it");
    expect(shown).not.toMatch(/Snapshot[^#]*passed/);
  });
});

describe("not applicable", () => {
  const noRollback: CheckResult = { migration: "addSlug", invariant: "roundTrip", backend: "memory", status: "not-applicable", reason: "the spec declares no `rollback`", durationMs: 0 };
  const held: CheckResult = { ...passed, migration: "addSlug", invariant: "idempotent" };

  test("every format lists each invariant that does not apply, with its reason and its mark", () => {
    const cert = certificate([held, noRollback], []);
    const md = renderMarkdown(cert);
    expect(md).toContain("1 passed · 0 failed · 1 not applicable · 0 skipped");
    expect(md).toContain("| roundTrip | ➖ |");
    expect(md).toContain("- addSlug › roundTrip [memory]: the spec declares no `rollback`");
    expect(renderHtml(cert)).toContain("<b>addSlug › roundTrip</b> [memory]: the spec declares no `rollback`");
    expect(renderJunit(cert)).toContain('<testcase name="roundTrip" classname="addSlug [memory]" time="0.000"><skipped message="not-applicable: the spec declares no `rollback`"/>');
    expect(JSON.parse(JSON.stringify(cert)).results).toContainEqual(noRollback);
  });

  test("results that are all not applicable check nothing: the verdict is not PASSED", () => {
    const { verdict, reasons } = judge({ results: [noRollback], errors: [], backends: [{ backend: "memory", ran: true }], coverage: [] });
    expect(verdict).toBe("INCOMPLETE");
    expect(reasons).toContain("no invariant was checked");
  });
});
