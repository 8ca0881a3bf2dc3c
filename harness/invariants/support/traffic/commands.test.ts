import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scheduleOf, writeCommands, type WriteCommand } from "./commands.js";
import { docRef } from "../../../spec/docRef.js";

const command = (write: string, phase: WriteCommand["phase"], afterBatch: number): WriteCommand => ({ write, args: {}, phase, afterBatch });

describe("write commands", () => {
  test("a phase's writes run by batch, then in list order", () => {
    const commands = [command("a", "forward", 2), command("b", "rollback", 0), command("c", "forward", 0), command("d", "forward", 2)];
    expect(scheduleOf(commands, "forward").map((c) => c.write)).toEqual(["c", "a", "d"]);
    expect(scheduleOf(commands, "rollback").map((c) => c.write)).toEqual(["b"]);
  });

  test("generated commands name a declared write and a phase the spec has", () => {
    const spec = {
      batchSize: 3,
      rollback: undefined,
      appWrites: [{ name: "setKey", mutation: "keys:set", args: fc.record({ userId: docRef("users") }), readBack: () => [] }],
    } as any;
    fc.assert(
      fc.property(writeCommands(spec), ({ batchSize, commands }) => {
        expect([1, 3]).toContain(batchSize);
        expect(commands.length).toBeGreaterThan(0);
        for (const c of commands) {
          expect(c.write).toBe("setKey");
          expect(c.phase).toBe("forward");
          expect(c.afterBatch).toBeGreaterThanOrEqual(0);
        }
      }),
      { seed: 5, numRuns: 50 },
    );
  });
});
