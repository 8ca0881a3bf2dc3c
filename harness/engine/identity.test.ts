/**
 * Read paths and app writes that read ctx.auth: they run as a user of the
 * dataset (the app's identity of a document), on the memory backend with
 * convex-test's withIdentity.
 */
import { describe, expect, test } from "vitest";
import { seedDataset } from "./seed.js";
import { memoryBackend } from "../backends/memory/provider.js";
import { checkMigration } from "../invariants/check.js";
import { notesApp } from "../testing/notesApp.js";
import { notesSpec } from "../testing/notesSpec.js";

describe("identity", () => {
  test("a call made as a user reaches ctx.auth; without one the app sees nobody", async () => {
    const backend = await memoryBackend().fresh(notesApp);
    await seedDataset(notesApp, backend, { tables: { users: [{ name: "Ada", tokenIdentifier: "test|ada" }], notes: [] } });
    const ada = notesApp.identity({ _id: "x", _creationTime: 0, tokenIdentifier: "test|ada", name: "Ada" });
    expect(ada).toMatchObject({ tokenIdentifier: "test|ada", name: "Ada", subject: "x" });
    await backend.mutation("notes:add", { text: "hello" }, ada);
    expect(await backend.query("notes:mine", {}, ada)).toEqual(["hello"]);
    await expect(backend.query("notes:mine", {})).rejects.toThrow(/not signed in/);
  });

  test("readPathStable calls each read path as each user, and concurrentWrites writes as a user of the dataset", async () => {
    const spec = notesSpec();
    for (const invariant of ["readPathStable", "concurrentWrites"] as const) {
      const result = await checkMigration(spec, { invariant, runs: 10, seed: 5 });
      expect(result.status, `${invariant}: ${result.status === "failed" ? result.failure.summary : ""}`).toBe("passed");
    }
  });
});
