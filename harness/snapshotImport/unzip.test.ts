import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { unzip } from "./unzip.js";

describe("unzip", () => {
  test("reads what fflate reads: deflated and stored entries, folders, UTF-8 names, a comment", () => {
    const zip = zipSync(
      {
        "_tables/documents.jsonl": strToU8('{"name":"users","id":10001}\n'.repeat(200)),
        "users/": new Uint8Array(0),
        "users/documents.jsonl": [strToU8('{"_id":"a","name":"Ada"}\n'), { level: 0 }],
        "notes/ünïcode.txt": strToU8("ok"),
      },
      { comment: "exported by a test" },
    );
    const fast = unzip(zip);
    expect(Object.keys(fast).sort()).toEqual(Object.keys(unzipSync(zip)).sort());
    for (const [name, data] of Object.entries(unzipSync(zip))) expect([...fast[name]], name).toEqual([...data]);
  });

  test("an archive it cannot read goes to fflate, which names the problem", () => {
    expect(() => unzip(strToU8("not a zip at all"))).toThrow();
    const truncated = zipSync({ "a.txt": strToU8("x".repeat(5000)) }).slice(0, 60);
    expect(() => unzip(truncated)).toThrow();
  });
});
