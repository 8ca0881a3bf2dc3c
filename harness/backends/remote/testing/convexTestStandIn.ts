import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import { convexToJson, jsonToConvex, type Value } from "convex/values";
import type { App } from "../../../model/app.js";

/**
 * TEST DOUBLE, not a backend. A loopback HTTP server that answers the routes
 * of Convex's HTTP API that the remote driver uses (/version, /api/query,
 * /api/mutation, /api/action, the admin-key check, acting as a user) by running the app in
 * convex-test. It lets the remote driver's contract be tested where no
 * container runtime exists; what it cannot show (real limits, real
 * isolation, the CLI push) is what the container backend is for.
 */
export interface ConvexTestStandIn {
  /** http://127.0.0.1:<random port> */
  readonly url: string;
  readonly adminKey: string;
  /** Function calls answered so far (per route), for tests of the driver's traffic. */
  readonly calls: Record<"query" | "mutation" | "action", number>;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** The key callers must send; anything else gets the backend's 401 BadAdminKey. */
  adminKey?: string;
  /**
   * The deployment's environment variables (as `npx convex env set` would set
   * them); default the app's own env, which includes test mode.
   */
  env?: Record<string, string>;
}

/** Status the real backend uses for a function that threw (STATUS_CODE_UDF_FAILED). */
const UDF_FAILED = 560;

export async function startConvexTestStandIn(app: App, options: StandInOptions = {}): Promise<ConvexTestStandIn> {
  const adminKey = options.adminKey ?? "convex-test-stand-in|0123456789abcdef";
  const env = options.env ?? { ...app.env };
  const t = convexTest(app.schema, app.modules);
  app.setupMemory?.(t);
  const calls = { query: 0, mutation: 0, action: 0 };
  // One call at a time, like the harness's own sequential calls; it also
  // makes swapping process.env around each call safe.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, { code: "InternalServerError", message: String(error) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = req.url?.split("?")[0] ?? "";
    if (req.method === "GET" && route === "/version") return sendText(res, 200, "convex-test-stand-in");
    const type = /^\/api\/(query|mutation|action)$/.exec(route)?.[1] as "query" | "mutation" | "action" | undefined;
    if (req.method !== "POST" || !type) return send(res, 404, { code: "NotFound", message: `no route ${req.method} ${route}` });
    // The admin key alone, or acting as a user: `<key>:<base64 of the identity's JSON>` (ConvexHttpClient.setAdminAuth).
    const auth = /^Convex ([^:]+)(?::([A-Za-z0-9+/=]+))?$/.exec(req.headers.authorization ?? "");
    if (!auth || auth[1] !== adminKey) {
      return send(res, 401, { code: "BadAdminKey", message: "The provided admin key was invalid for this instance" });
    }
    const identity = auth[2] ? (JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(auth[2]), (c) => c.codePointAt(0)!))) as Record<string, unknown>) : undefined;
    let body: { path?: unknown; args?: unknown };
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      return send(res, 400, { code: "BadJsonBody", message: String(error) });
    }
    if (typeof body.path !== "string") return send(res, 400, { code: "BadJsonBody", message: "missing field `path`" });
    // The backend accepts `args` as one object or as a one-element array (ConvexHttpClient's form).
    const raw = Array.isArray(body.args) ? body.args[0] : body.args;
    const args = jsonToConvex((raw ?? {}) as any) as Record<string, Value>;
    calls[type] += 1;
    const path = body.path;
    const caller = identity ? t.withIdentity(identity as never) : t;
    const call = caller[type] as (ref: unknown, args: unknown) => Promise<unknown>;
    const outcome = await serial(() => withEnv(env, () => call(makeFunctionReference<any>(path), args)));
    if (outcome.ok) return send(res, 200, { status: "success", value: convexToJson(outcome.value as Value) });
    return send(res, UDF_FAILED, { status: "error", errorMessage: backendMessage(path, outcome.error) });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    adminKey,
    calls,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Runs with exactly the deployment's variables set, restoring the process's afterwards. */
async function withEnv(env: Record<string, string>, work: () => Promise<unknown>) {
  const saved = { ...process.env };
  const harnessKeys = Object.keys(saved).filter((key) => key.startsWith("CONVEX_HARNESS_"));
  for (const key of harnessKeys) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return { ok: true as const, value: await work() };
  } catch (error) {
    return { ok: false as const, error };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** The wording of the real backend's errors, which the driver classifies. */
function backendMessage(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Could not find module for|there is no such export/.test(message)) {
    return `Could not find public function for '${path}'. Did you forget to run \`npx convex dev\`?`;
  }
  return `Uncaught ${error instanceof Error ? error.name : "Error"}: ${message}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain" });
  res.end(text);
}
