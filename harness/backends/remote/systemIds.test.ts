/**
 * System ids over HTTP: the remote driver creates a dataset's files (through
 * the app's seedStorage action) and scheduled calls (seedScheduled) on the
 * deployment, and the app's migration finds every one; fresh() clears the
 * files with the tables. Checked against the loopback stand-in.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Dataset } from "../../model/dataset.js";
import { seedDataset } from "../../engine/seed.js";
import { membersApp as app } from "../../testing/membersApp.js";
import { remoteProvider } from "./provider.js";
import { startConvexTestStandIn, type ConvexTestStandIn } from "./testing/convexTestStandIn.js";

const file = (index: number) => ({ __ref: ["_storage", index] as [string, number] });
const dataset: Dataset = {
  tables: {
    _storage: [{}, {}],
    _scheduled_functions: [{}],
    uploads: [
      { fileId: file(0), thumbnails: [file(1), file(0)], job: { __ref: ["_scheduled_functions", 0] }, source: { kind: "scheduled", jobId: { __ref: ["_scheduled_functions", 0] } } },
      { fileId: file(1), thumbnails: [], source: { kind: "copied", from: file(0) } },
    ],
  },
};

let standIn: ConvexTestStandIn;
beforeAll(async () => {
  standIn = await startConvexTestStandIn(app);
});
afterAll(() => standIn?.close());

describe("system ids on a deployment over HTTP", () => {
  test("files and scheduled calls are created, the migration reads each, and clearAll deletes the files with the documents", async () => {
    const provider = remoteProvider({ kind: "external", connect: () => ({ url: standIn.url, adminKey: standIn.adminKey }) });
    const remote = await provider.fresh(app);
    const ids = await seedDataset(app, remote, dataset);
    expect(ids._storage).toHaveLength(2);
    expect(ids._scheduled_functions).toHaveLength(1);
    expect(await remote.mutation("uploads:recordSizes", { cursor: null, batchSize: 10 })).toMatchObject({ isDone: true, processed: 2 });
    // Two uploads and two files: the scheduled call stays (Convex keeps it, canceled).
    expect(await remote.mutation("testing:clearAll", {})).toEqual({ done: true, deleted: 4 });
    await remote.dispose();
  });
});
