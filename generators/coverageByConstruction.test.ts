import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Dataset } from "../harness/model/dataset.js";
import { coverageOf } from "./coverage.js";
import { dataClassesOf } from "./dataClassRegistry.js";
import { fromSchema } from "./fromSchema.js";
import type { FromSchemaOptions } from "./options/fromSchemaOptions.js";
import { schemaDataClasses } from "./schemaDataClasses.js";
import { pressureClasses } from "./_internals/schema/pressureClasses.js";
import { inboxSchema } from "./testing/inboxSchema.js";

/** Classes below `minimum` in a sample of `samples` at each seed, as "seed: class=count". */
function shortfalls(options: FromSchemaOptions, samples: number, minimum: number, seeds: number[]): string[] {
  const datasets = fromSchema(inboxSchema, options);
  const { classes, classify, strata } = dataClassesOf(datasets)!;
  return seeds.flatMap((seed) => {
    const counts = coverageOf(datasets, classify, { numRuns: samples, seed, classes, strata });
    return classes.filter((name) => counts[name] < minimum).map((name) => `${seed}: ${name}=${counts[name]}`);
  });
}

const seeds = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const chatsOnly: FromSchemaOptions = { batchSize: 3, only: ["chats"], fields: { "chats.title": { value: fc.constantFrom("a", "b") } } };

describe("data classes reached by construction", () => {
  test("every class the options leave reachable is in each sample of 300 (minimum 1) at seeds 1-5", () => {
    expect(shortfalls(chatsOnly, 300, 1, seeds(1, 5))).toEqual([]);
    expect(shortfalls({ batchSize: 3 }, 300, 1, seeds(1, 5))).toEqual([]);
  }, 60_000);

  test("and in at least 5 of 1,000 (certify's defaults) at seeds 1, 2 and 5", () => {
    expect(shortfalls({ batchSize: 3 }, 1000, 5, [1, 2, 5])).toEqual([]);
  }, 60_000);

  test("each size-pressure kind is counted the same at every seed: its stratum's share of the sample", () => {
    const datasets = fromSchema(inboxSchema, { batchSize: 3 });
    const { classify, strata } = dataClassesOf(datasets)!;
    const depth = (seed: number) => coverageOf(datasets, classify, { numRuns: 1000, seed, strata })["pressure:depth"];
    // 5% pressured, half of them with a shape, one of three kinds: 1000 × 0.05 × 0.5 / 3.
    expect([depth(3), depth(4)]).toEqual([8, 8]);
  }, 60_000);
});

describe("size pressure drawn in strata still shrinks away", () => {
  test("a failure that needs only a heavy value sheds the shape and the fan-out drawn with it", () => {
    const heavy = (d: Dataset) => d.tables.chats.some((doc) => Object.values(doc).some((v) => typeof v === "string" && v.length >= 512 * 1024));
    // Half the datasets pressured, each with chats fanned out to a session: neither the chats nor all pressure can go.
    const datasets = fromSchema(inboxSchema, { batchSize: 3, sizePressure: { share: 0.5, fanOut: 1, tables: ["chats"] } });
    for (const seed of [1, 2, 3, 4, 5]) {
      const { counterexample } = fc.check(fc.property(datasets, (d) => !heavy(d)), { seed, numRuns: 100 });
      const [shrunk] = counterexample!;
      expect(pressureClasses(shrunk), `seed ${seed}`).toEqual(["pressure:bytes"]);
    }
  }, 60_000);
});

describe("data classes the options make unreachable are not required", () => {
  test("`only` leaves out members: no present class for a reference to them, and no fan-out along one", () => {
    const { classes } = schemaDataClasses(inboxSchema, chatsOnly);
    expect(classes).not.toContain("present:sessions.memberId");
    expect(classes).not.toContain("present:chats.ownerId");
    expect(classes).toContain("absent:chats.ownerId");
    // Sessions fan out along chats.sessionId, a reference that is drawn.
    expect(classes).toContain("pressure:fan-out");
    expect(schemaDataClasses(inboxSchema, { only: ["sessions"] }).classes).not.toContain("pressure:fan-out");
  });

  test("an optional reference never present (presence 0) gives no fan-out class; drawn, it does", () => {
    const only = ["sessions", "members"];
    expect(schemaDataClasses(inboxSchema, { only, fields: { "sessions.memberId": { presence: 0 } } }).classes).not.toContain("pressure:fan-out");
    expect(schemaDataClasses(inboxSchema, { only }).classes).toContain("pressure:fan-out");
  });

  test("a field whose object is never present has no classes below it", () => {
    const { classes } = schemaDataClasses(inboxSchema, { fields: { "chats.settings.layout": { presence: 0 } } });
    expect(classes).toContain("absent:chats.settings.layout");
    expect(classes.filter((name) => name.includes("settings.layout"))).toEqual(["absent:chats.settings.layout"]);
  });

  test("a field with a `value` option keeps its present and absent classes: its presence still varies", () => {
    const { classes } = schemaDataClasses(inboxSchema, chatsOnly);
    expect(classes).toEqual(expect.arrayContaining(["present:chats.title", "absent:chats.title"]));
  });

  test("shape kinds the schema has nowhere to land are not required", () => {
    const { classes } = schemaDataClasses(inboxSchema, { only: ["sessions"] });
    expect(classes.filter((name) => name.startsWith("pressure:"))).toEqual(["pressure:bytes"]);
  });
});

describe("a shortfall names the option that changes it", () => {
  test("size pressure names sizePressure.share and its value", () => {
    const { advice } = schemaDataClasses(inboxSchema, { sizePressure: 0.001 });
    expect(advice!("pressure:depth")).toBe("raise fromSchema's sizePressure.share (now 0.001)");
    expect(advice!("present:chats.title")).toBe(`raise fromSchema's fields["chats.title"].presence (now the default presence, 0.75)`);
  });
});
