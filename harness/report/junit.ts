import { formatFailure } from "./failure.js";
import type { CheckResult } from "../model/result.js";
import type { Certificate } from "./certificate.js";
import { coverageShortfalls } from "./coverage.js";

/**
 * JUnit XML for CI test views: one testsuite per migration and backend, one
 * testcase per invariant (failure: the full report; skipped: the reason),
 * plus a testsuite for data-class coverage, one for the snapshot, and one for
 * harness errors.
 */
export function renderJunit(cert: Certificate): string {
  const suites: string[] = [];
  const groups = new Map<string, CheckResult[]>();
  for (const r of cert.results) {
    const key = `${r.migration} [${r.backend}]`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [name, results] of groups) suites.push(suite(name, results.map((r) => resultCase(r, name))));
  if (cert.coverage.length > 0) {
    const short = coverageShortfalls(cert.coverage);
    suites.push(suite("data-class coverage", cert.coverage.map((c) => {
      const mine = short.filter((s) => s.migration === c.migration);
      const body = !c.declared ? skipped("no data classes declared") : mine.length ? failure(`${mine.length} class(es) below ${c.minimum}`, mine.map((s) => `${s.dataClass}: ${s.count} of ${c.samples}`).join("\n")) : "";
      return testcase(`${c.migration} reaches every data class`, "coverage", 0, body);
    })));
  }
  if (cert.snapshot) {
    const problems = cert.snapshot.report.problems.map((p, i) =>
      testcase(`problem ${i + 1}: ${p.table ?? "zip"}${p.line ? ` line ${p.line}` : ""}`, "snapshot.import", 0, failure(p.message, p.id ?? "")));
    suites.push(suite(`snapshot ${cert.snapshot.report.file}`, [...problems, ...cert.snapshot.results.map((r) => resultCase(r, "snapshot"))]));
  }
  if (cert.errors.length > 0) suites.push(suite("harness errors", cert.errors.map((e, i) => testcase(`error ${i + 1}`, "harness", 0, failure(e.split("\n")[0], e)))));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="migration certification: ${attr(cert.verdictLine)}" time="${(cert.durationMs / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}

function resultCase(r: CheckResult, classname: string): string {
  const body =
    r.status === "failed" ? failure(r.failure.summary, formatFailure(r)) : r.status === "passed" ? "" : skipped(`${r.status}: ${r.reason}`);
  return testcase(r.invariant, classname, r.durationMs, body);
}

function suite(name: string, cases: string[]): string {
  const count = (tag: string) => cases.filter((c) => c.includes(`<${tag}`)).length;
  return `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${count("failure")}" skipped="${count("skipped")}">\n${cases.join("\n")}\n  </testsuite>`;
}

function testcase(name: string, classname: string, ms: number, body: string): string {
  return `    <testcase name="${attr(name)}" classname="${attr(classname)}" time="${(ms / 1000).toFixed(3)}">${body}</testcase>`;
}

function failure(message: string, text: string): string {
  return `<failure message="${attr(message)}">${xml(text)}</failure>`;
}

function skipped(message: string): string {
  return `<skipped message="${attr(message)}"/>`;
}

function xml(text: string): string {
  // XML 1.0 cannot hold most control characters, which random strings contain.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(text: string): string {
  return xml(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
