/**
 * Contract of the remote driver (the container and external backends' HTTP
 * half), checked against a loopback stand-in that runs the app in
 * convex-test. What only a real backend shows is left to `npm run test:container`.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Dataset } from "../../model/dataset.js";
import { readSnapshot } from "../../engine/read.js";
import { seedDataset } from "../../engine/seed.js";
import { canonicalize } from "../../snapshot/canonical.js";
import { notesApp as app } from "../../testing/notesApp.js";
import { memoryBackend } from "../memory/provider.js";
import { remoteProvider } from "./provider.js";
import { startConvexTestStandIn, type ConvexTestStandIn } from "./testing/convexTestStandIn.js";

/** Values JSON cannot carry: the encoded format must round-trip them. */
const dataset: Dataset = {
  tables: {
    users: [{ name: "Ada" }, { name: "Émile ☃", tokenIdentifier: "test|emile" }],
    notes: [
      {
        userId: { __ref: ["users", 0] },
        text: "hello",
        meta: { big: 2n ** 60n, bytes: new Uint8Array([0, 255, 7]).buffer, ratio: 0.5, nested: [null, true] },
      },
      { userId: { __ref: ["users", 1] }, text: { __upper: "shout" } },
    ],
  },
};

let standIn: ConvexTestStandIn;
beforeAll(async () => {
  standIn = await startConvexTestStandIn(app);
});
afterAll(() => standIn?.close());

const provider = () => remoteProvider({ kind: "external", connect: () => ({ url: standIn.url, adminKey: standIn.adminKey }) });

describe("the remote driver against the convex-test stand-in", () => {
  test("a dataset seeded over HTTP reads back exactly as in memory (bigint, bytes, unicode)", async () => {
    const remote = await provider().fresh(app);
    const memory = await memoryBackend().fresh(app);
    await seedDataset(app, remote, dataset);
    await seedDataset(app, memory, dataset);
    const [viaHttp, inMemory] = [await readSnapshot(app, remote), await readSnapshot(app, memory)];
    expect(canonicalize(viaHttp, app.schema)).toEqual(canonicalize(inMemory, app.schema));
    expect((viaHttp.tables.notes[0] as any).meta.big).toBe(2n ** 60n);
    expect(viaHttp.tables.notes[1].text).toBe("SHOUT");
    await remote.dispose();
  });

  test("fresh() empties the deployment with one clearAll call per 4,000 documents, not one per table", async () => {
    const remote = await provider().fresh(app);
    await seedDataset(app, remote, dataset);
    const before = standIn.calls.mutation;
    const again = await provider().fresh(app);
    // One clearAll call (it deletes 4 documents and says done) after the one probe query.
    expect(standIn.calls.mutation - before).toBe(1);
    const snapshot = await readSnapshot(app, again);
    expect(Object.values(snapshot.tables).every((docs) => docs.length === 0)).toBe(true);
  });

  test("a session used after a newer one opened fails loudly, and its dispose leaves the newer one's data", async () => {
    const shared = provider();
    const older = await shared.fresh(app);
    const newer = await shared.fresh(app);
    await seedDataset(app, newer, dataset);
    await expect(older.query(app.functions.readPage, { table: "users", cursor: null, numItems: 10 })).rejects.toThrow(
      /this session's deployment was taken over by a newer session.*\nFix: in the invariant, finish with one session/s,
    );
    await older.dispose();
    expect((await readSnapshot(app, newer)).tables.users).toHaveLength(2);
  });

  test("a call can run as a user: the admin key's acting-as identity reaches ctx.auth", async () => {
    const remote = await provider().fresh(app);
    await seedDataset(app, remote, dataset);
    expect(await remote.query("notes:mine", {}, { tokenIdentifier: "test|emile", subject: "emile", issuer: "test" })).toEqual(["SHOUT"]);
    await expect(remote.query("notes:mine", {})).rejects.toThrow(/not signed in/);
  });

  test("a wrong admin key fails before any run, with the fix", async () => {
    const wrong = remoteProvider({ kind: "external", connect: () => ({ url: standIn.url, adminKey: "someone-else|00" }) });
    await expect(wrong.unavailable()).rejects.toThrow(/the admin key was rejected \(HTTP 401 BadAdminKey.*\n.*generate_admin_key\.sh/);
  });

  test("a deployment without test mode is refused, naming the variable to set", async () => {
    const live = await startConvexTestStandIn(app, { env: { SLUG_PREFIX: "k" } });
    try {
      const refused = remoteProvider({ kind: "external", connect: () => ({ url: live.url, adminKey: live.adminKey }) });
      await expect(refused.unavailable()).rejects.toThrow(
        new RegExp(`${live.url} is not a test deployment.*npx convex env set CONVEX_HARNESS_TEST_MODE 1`, "s"),
      );
      expect(live.calls.mutation).toBe(0);
    } finally {
      await live.close();
    }
  });

  test("a function that throws is reported with its name, the backend URL and the Convex error", async () => {
    const remote = await provider().fresh(app);
    await expect(remote.mutation(app.functions.seed, { table: "nope", documents: [] })).rejects.toThrow(
      `mutation testing:seed on ${standIn.url} failed: Uncaught Error: Unknown table "nope"`,
    );
  });

  test("a function the deployment does not have says the app is not deployed", async () => {
    const remote = await provider().fresh(app);
    await expect(remote.query("testing:noSuchFunction")).rejects.toThrow(/Could not find public function.*\nFix: push the app's convex\/ folder/s);
  });
});
