import { describe, expect, test } from "vitest";
import { decodeValue, encodeValue } from "./codec.js";
import { CORPUS_SCHEMA_VERSION, parseCorpusEntry } from "./entry.js";

describe("corpus codec", () => {
  test("round-trips what JSON cannot hold: bigint, bytes, NaN, infinities, -0", () => {
    const value = { big: -(2n ** 63n), bytes: new Uint8Array([0, 255, 7]).buffer, nan: NaN, inf: -Infinity, zero: -0, list: [1n, "x", null] };
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value)))) as typeof value;
    expect(back.big).toBe(-(2n ** 63n));
    expect([...new Uint8Array(back.bytes)]).toEqual([0, 255, 7]);
    expect(back.nan).toBeNaN();
    expect(back.inf).toBe(-Infinity);
    expect(Object.is(back.zero, -0)).toBe(true);
    expect(back.list).toEqual([1n, "x", null]);
  });
});

const good = {
  schemaVersion: CORPUS_SCHEMA_VERSION,
  id: "m.roundTrip.memory.0a1b2c3d",
  migration: "m",
  invariant: "roundTrip",
  backend: "memory",
  seed: 1,
  path: "0:1",
  runs: 3,
  shrinks: 2,
  summary: "lost a key",
  foundBy: "fuzz",
  foundAt: "2026-11-28T10:00:00.000Z",
  harnessVersion: "0.1.0",
  case: { exact: true, dataset: { tables: { users: [] } }, params: null },
};
const file = `${good.id}.json`;

describe("parseCorpusEntry", () => {
  test("accepts a well-formed entry", () => {
    expect(parseCorpusEntry(JSON.stringify(good), file)).toEqual({ kind: "entry", entry: good });
  });

  test.each([
    ["not JSON", "{oops", /^not JSON/],
    ["an array", "[]", /not a JSON object/],
    ["an unknown invariant", JSON.stringify({ ...good, invariant: "isFast" }), /`invariant` must be one of roundTrip/],
    ["a file name that is not its id", JSON.stringify({ ...good, id: "other" }), /`id` must be the file name/],
    ["a newer schema", JSON.stringify({ ...good, schemaVersion: CORPUS_SCHEMA_VERSION + 1 }), /newer than this harness reads/],
    ["no dataset", JSON.stringify({ ...good, case: { exact: true } }), /`case` must be/],
  ])("reports %s as corrupt, with the reason", (_what, text, reason) => {
    const parsed = parseCorpusEntry(text, file);
    expect(parsed.kind).toBe("corrupt");
    expect((parsed as { reason: string }).reason).toMatch(reason);
  });

  test("reports an older schema version as outdated, not corrupt", () => {
    expect(parseCorpusEntry(JSON.stringify({ ...good, schemaVersion: 0 }), file)).toEqual({
      kind: "outdated",
      reason: `schema version 0, this harness reads ${CORPUS_SCHEMA_VERSION}`,
    });
  });
});
