import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import type { Snapshot } from "../model/snapshot.js";
import { exemptIds, resolveTargetExemptions } from "./targetExemptions.js";
import { validateSnapshot } from "../validate/index.js";

const fail = (option: string, problem: string): never => {
  throw new Error(`\`${option}\` ${problem}`);
};

const schema = { tables: { settings: { validator: v.object({ image: v.optional(v.any()) }) }, issues: { validator: v.object({ migration: v.string(), docId: v.string() }) } } };
const strict = { settings: v.object({ _id: v.string(), _creationTime: v.number(), image: v.object({ model: v.string() }) }) };
const after = (issues: Snapshot["tables"][string]): Snapshot => ({
  tables: {
    settings: [
      { _id: "s1", _creationTime: 1, image: { model: "dall-e-3" } },
      { _id: "s2", _creationTime: 2, image: "legacy" },
      { _id: "s3", _creationTime: 3, image: 42 },
    ],
    issues,
  },
});

describe("targetExempt", () => {
  test("documents recorded as issues are exempt from the target; those skipped silently are not", async () => {
    const exempt = resolveTargetExemptions({ issues: "issues" }, fail);
    const state = after([{ _id: "i1", _creationTime: 4, migration: "m", docId: "s2" }]);
    const ids = await exemptIds(exempt, state);
    expect([...ids]).toEqual(["s2"]);
    const target = validateSnapshot(state, schema, strict).filter((p) => p.rule === "target");
    expect(target.map((p) => p.id)).toEqual(["s2", "s3"]);
    expect(target.filter((p) => !ids.has(p.id)).map((p) => p.id)).toEqual(["s3"]);
  });

  test("rows of another migration do not exempt; a predicate exempts what it picks", async () => {
    const state = after([{ _id: "i1", _creationTime: 4, migration: "other", docId: "s2" }]);
    expect(await exemptIds(resolveTargetExemptions({ issues: { table: "issues", migration: "m" } }, fail), state)).toEqual(new Set());
    const picked = resolveTargetExemptions({ where: (doc, table) => table === "settings" && typeof doc.image === "number" }, fail);
    expect(await exemptIds(picked, state)).toEqual(new Set(["s3"]));
  });

  test("rejects what says nothing or names nothing", () => {
    expect(() => resolveTargetExemptions({}, fail)).toThrow(/`targetExempt` must say which documents/);
    expect(() => resolveTargetExemptions({ issues: "" }, fail)).toThrow(/`targetExempt.issues` must name the issues table/);
    expect(() => resolveTargetExemptions({ where: 1 as never }, fail)).toThrow(/`targetExempt.where` must be a function/);
  });
});
