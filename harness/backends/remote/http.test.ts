import { describe, expect, test } from "vitest";
import { RemoteBackendError } from "./errors.js";
import { callFunction, type RemoteConnection } from "./http.js";

const connection: RemoteConnection = { url: "http://127.0.0.1:3210/", adminKey: "convex-self-hosted|abc" };

/** A fetch that records the request and answers with one canned response. */
function fakeFetch(status: number, body: unknown) {
  const seen: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen };
}

async function failure(promise: Promise<unknown>): Promise<RemoteBackendError> {
  const error = await promise.then(() => null, (e) => e);
  expect(error).toBeInstanceOf(RemoteBackendError);
  return error as RemoteBackendError;
}

describe("callFunction speaks Convex's HTTP API like ConvexHttpClient", () => {
  test("posts path, encoded args and the admin key, and decodes the value", async () => {
    const { fetch, seen } = fakeFetch(200, { status: "success", value: { n: { $integer: "AQAAAAAAAAA=" } } });
    const value = await callFunction(connection, "mutation", "testing:seed", { count: 1n }, { fetch });
    expect(value).toEqual({ n: 1n });
    expect(seen[0].url).toBe("http://127.0.0.1:3210/api/mutation");
    const headers = seen[0].init.headers as Record<string, string>;
    expect(headers.Authorization).toBe("Convex convex-self-hosted|abc");
    expect(JSON.parse(seen[0].init.body as string)).toEqual({
      path: "testing:seed",
      format: "convex_encoded_json",
      args: [{ count: { $integer: "AQAAAAAAAAA=" } }],
    });
  });

  test("a function that threw names the function, the backend and the Convex error", async () => {
    const { fetch } = fakeFetch(560, { status: "error", errorMessage: "Uncaught Error: boom in batch" });
    const error = await failure(callFunction(connection, "mutation", "migrations/x:forward", {}, { fetch }));
    expect(error.failure).toBe("function-error");
    expect(error.message).toBe("mutation migrations/x:forward on http://127.0.0.1:3210 failed: Uncaught Error: boom in batch");
  });

  test("a wrong admin key is a clear error with the fix", async () => {
    const { fetch } = fakeFetch(401, { code: "BadAdminKey", message: "The provided admin key was invalid for this instance" });
    const error = await failure(callFunction(connection, "query", "testing:tableNames", {}, { fetch }));
    expect(error.failure).toBe("bad-admin-key");
    expect(error.message).toContain("the admin key was rejected (HTTP 401 BadAdminKey");
    expect(error.message).toContain("generate_admin_key.sh");
  });

  test("a missing function says the app is not deployed", async () => {
    const { fetch } = fakeFetch(560, {
      status: "error",
      errorMessage: "Could not find public function for 'testing:seed'. Did you forget to run `npx convex dev`?",
    });
    const error = await failure(callFunction(connection, "mutation", "testing:seed", {}, { fetch }));
    expect(error.failure).toBe("not-deployed");
    expect(error.message).toContain("npx convex deploy");
  });

  test("something that is not a Convex backend is named as such", async () => {
    const { fetch } = fakeFetch(200, "<html>dashboard</html>");
    const error = await failure(callFunction(connection, "query", "testing:tableNames", {}, { fetch }));
    expect(error.failure).toBe("bad-response");
    expect(error.message).toContain('unexpected answer "<html>dashboard</html>"');
  });

  test("a refused connection is 'cannot reach', with the reason", async () => {
    const fetch = (async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    }) as unknown as typeof globalThis.fetch;
    const error = await failure(callFunction(connection, "query", "testing:tableNames", {}, { fetch }));
    expect(error.failure).toBe("unreachable");
    expect(error.message).toContain("query testing:tableNames on http://127.0.0.1:3210: cannot reach the backend (ECONNREFUSED)");
  });

  test("no answer within the timeout is a timeout, not a hang", async () => {
    const fetch = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener("abort", () => reject(init.signal!.reason)))) as unknown as typeof globalThis.fetch;
    const error = await failure(callFunction(connection, "query", "testing:tableNames", {}, { fetch, timeoutMs: 20 }));
    expect(error.failure).toBe("timeout");
    expect(error.message).toContain("no answer within 20 ms");
  });
});
