import { describe, expect, test } from "vitest";
import { coverageOf } from "./coverage.js";
import { dataClassesOf, mergeDataClasses } from "./dataClassRegistry.js";
import { ref, type Dataset } from "../harness/model/dataset.js";
import { leagueSchema } from "./testing/leagueSchema.js";
import { fromSchema } from "./fromSchema.js";
import { schemaDataClasses } from "./schemaDataClasses.js";

const SAMPLES = 1000;
const options = { batchSize: 2, tables: { teams: { orphans: 0.1 } } };

describe("schemaDataClasses", () => {
  test(`fromSchema reaches every data class of the schema in at least 0.5% of ${SAMPLES} datasets`, () => {
    const { classes, classify, strata } = schemaDataClasses(leagueSchema, options);
    const counts = coverageOf(fromSchema(leagueSchema, options), classify, { numRuns: SAMPLES, seed: 20261201, classes, strata });
    console.table(Object.fromEntries(classes.map((name) => [name, { datasets: counts[name], share: `${(100 * counts[name]) / SAMPLES}%` }])));
    expect(classes.filter((name) => counts[name] < SAMPLES / 200)).toEqual([]);
  });

  test("lists sizes, optional fields, union members, orphans and size pressure, as far as the options let them happen", () => {
    const { classes } = schemaDataClasses(leagueSchema, options);
    for (const name of [
      "size:tickets:0", "size:tickets:batch+1", "size:players:larger",
      "absent:teams.captain", "present:teams.logo", "absent:matches.events[].by",
      "branch:players.contact=kind=email", "branch:players.contact=null", "branch:players.positions[]=bench", "branch:matches.ticket=id",
      "orphan:players.teamId", "orphan:matches.home", "pressure:bytes", "pressure:depth", "pressure:fan-out",
    ]) expect(classes).toContain(name);
    // Teams must exist wherever players do: an empty teams table is an empty dataset.
    expect(classes).not.toContain("size:teams:0");
    const without = schemaDataClasses(leagueSchema, { sizePressure: 0, fields: { "teams.logo": { presence: 1 } } }).classes;
    expect(without.some((name) => name.startsWith("pressure:") || name.startsWith("orphan:"))).toBe(false);
    expect(without).not.toContain("absent:teams.logo");
  });

  test("classifies any dataset of the schema, its patches applied", () => {
    const { classify } = schemaDataClasses(leagueSchema, options);
    const dataset: Dataset = {
      tables: { teams: [{ name: "a", budget: 1n }], players: [{ teamId: ref("teams", 0), stats: {}, positions: ["goal"], contact: null }] },
      patches: [{ table: "teams", index: 0, fields: { captain: ref("players", 0) } }],
      deleted: [{ table: "teams", index: 0 }],
    };
    const found = classify(dataset);
    for (const name of ["size:teams:1", "size:players:1", "present:teams.captain", "absent:teams.logo", "branch:players.positions[]=goal", "orphan:players.teamId"]) {
      expect(found).toContain(name);
    }
  });

  test("the arbitrary carries its classes; a spec adds its own", () => {
    const derived = dataClassesOf(fromSchema(leagueSchema, options))!;
    expect(derived.classes).toEqual(schemaDataClasses(leagueSchema, options).classes);
    const merged = mergeDataClasses(derived, { classes: ["teams:rich"], classify: (d) => (d.tables.teams?.some((t) => (t.budget as bigint) > 100n) ? ["teams:rich"] : []) });
    expect(merged.classes.at(-1)).toBe("teams:rich");
    expect(merged.classify({ tables: { teams: [{ name: "a", budget: 1000n }] } })).toEqual(expect.arrayContaining(["teams:rich", "size:teams:1"]));
  });
});
