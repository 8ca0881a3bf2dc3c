import { describe, expect, test } from "vitest";
import { checkMigration } from "./check.js";
import { notesSpec } from "../testing/notesSpec.js";

describe("checkMigration rejects nonsense, naming what is known", () => {
  const spec = notesSpec();

  test("an unknown backend lists the known ones", async () => {
    await expect(checkMigration(spec, { invariant: "roundTrip", backend: "memroy" as never })).rejects.toThrow(
      'checkMigration: unknown backend "memroy"; known: memory, container, external (or a BackendProvider)',
    );
  });

  test("the container backend without its deployment says where to get one", async () => {
    await expect(checkMigration(spec, { invariant: "roundTrip", backend: "container" })).rejects.toThrow(/pass containerBackend\(\.\.\.\) from convex-migration-harness\/container/);
  });

  test("an unknown invariant lists the known ones", async () => {
    await expect(checkMigration(spec, { invariant: "roundtrip" as never })).rejects.toThrow(/`invariant` must be one of roundTrip, idempotent, /);
  });

  test("a check that passes says how many runs it made, with its seed", async () => {
    const result = await checkMigration(spec, { invariant: "roundTrip", runs: 5, seed: 3 });
    expect(result).toMatchObject({ status: "passed", runs: 5, seed: 3, migration: "addSlug", backend: "memory" });
  });
});
