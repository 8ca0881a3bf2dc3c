import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { Certificate } from "../report/certificate.js";
import { judge } from "./verdict.js";
import { writeCertificate } from "./write.js";

function certificate(runsPerInvariant: number): Certificate {
  const backends = [{ backend: "memory", ran: true }];
  const results = [{ migration: "m", invariant: "roundTrip", backend: "memory", status: "passed", runs: runsPerInvariant, seed: 1, durationMs: 5 }] as const;
  return {
    ...judge({ results: [...results], errors: [], backends, coverage: [] }),
    createdAt: "2026-11-28T12:00:00.000Z", commit: "abc1234", sourceHash: "h", versions: { node: "20.20.2" },
    backends, runsPerInvariant, seed: 1, durationMs: 10, results: [...results], coverage: [], corpusAdded: [], errors: [],
  };
}

describe("writeCertificate", () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  test("a second certification of the same commit on the same day gets its own folder", () => {
    const root = mkdtempSync(join(tmpdir(), "certify-"));
    roots.push(root);
    const first = writeCertificate(certificate(100), {}, root);
    const second = writeCertificate(certificate(500), {}, root);
    const third = writeCertificate(certificate(7), {}, root);
    expect(first).toBe(join(root, "certification", "2026-11-28-abc1234"));
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
    // Nothing was overwritten: each folder holds its own run.
    expect(JSON.parse(readFileSync(join(first, "certificate.json"), "utf8")).runsPerInvariant).toBe(100);
    expect(JSON.parse(readFileSync(join(second, "certificate.json"), "utf8")).runsPerInvariant).toBe(500);
    for (const file of ["certificate.md", "certificate.html", "junit.xml"]) expect(readFileSync(join(third, file), "utf8").length).toBeGreaterThan(0);
  });
});
