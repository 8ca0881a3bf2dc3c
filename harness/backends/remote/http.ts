import { version } from "convex";
import { convexToJson, jsonToConvex, type Value } from "convex/values";
import { classifyFunctionError, fixFor, RemoteBackendError } from "./errors.js";

/** Where a deployment answers and the key that lets the harness call internal functions. */
export interface RemoteConnection {
  /** The API origin, e.g. http://127.0.0.1:3210 (no trailing slash needed). */
  url: string;
  adminKey: string;
}

export type FunctionType = "query" | "mutation" | "action";

export interface CallOptions {
  /** Per-call timeout; default 60 s (a Convex mutation itself is limited to seconds). */
  timeoutMs?: number;
  /** Injected in tests; default the global fetch. */
  fetch?: typeof fetch;
  /** Run the function as this user (`ctx.auth`): the admin key's acting-as identity. */
  as?: Record<string, unknown>;
}

/**
 * The custom status the backend answers when the function itself failed
 * (STATUS_CODE_UDF_FAILED in convex/src/browser/http_client.ts).
 */
const STATUS_UDF_FAILED = 560;
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Calls one function over Convex's HTTP API, exactly as the npm package's
 * ConvexHttpClient does with an admin key (`setAdminAuth`): POST
 * /api/{query,mutation,action}, `Authorization: Convex <adminKey>`, body
 * `{ path, format: "convex_encoded_json", args: [convexToJson(args)] }`.
 * The encoded format (not the documented "json") is what round-trips
 * bigint, bytes and special floats through jsonToConvex.
 */
export async function callFunction(
  connection: RemoteConnection,
  type: FunctionType,
  name: string,
  args: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<unknown> {
  const url = trimUrl(connection.url);
  const where = `${type} ${name} on ${url}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${url}/api/${type}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Convex-Client": `npm-${version}`,
        Authorization: `Convex ${adminAuth(connection.adminKey, options.as)}`,
      },
      body: JSON.stringify({ path: name, format: "convex_encoded_json", args: [convexToJson(args as Value)] }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw transportError(error, where, url, timeoutMs);
  }
  const text = await response.text();
  if (response.status !== 200 && response.status !== STATUS_UDF_FAILED) throw httpError(response.status, text, where, url);
  const body = parseJson(text);
  if (body?.status === "success") return jsonToConvex(body.value);
  if (body?.status === "error" && typeof body.errorMessage === "string") {
    const failure = classifyFunctionError(body.errorMessage);
    const data = body.errorData === undefined ? "" : ` (errorData ${JSON.stringify(body.errorData)})`;
    const fix = fixFor(failure, url);
    throw new RemoteBackendError(failure, `${where} failed: ${body.errorMessage}${data}${fix ? `\n${fix}` : ""}`);
  }
  throw new RemoteBackendError("bad-response", `${where}: unexpected answer ${excerpt(text)}\n${fixFor("bad-response", url)}`);
}

/**
 * The admin key, acting as `identity` when given: what ConvexHttpClient's
 * `setAdminAuth(key, identity)` sends (the key, a colon, the identity's JSON
 * in base64), which the backend accepts in place of a user's token.
 */
export function adminAuth(adminKey: string, identity?: Record<string, unknown>): string {
  if (identity === undefined) return adminKey;
  const bytes = new TextEncoder().encode(JSON.stringify(identity));
  return `${adminKey}:${btoa(String.fromCodePoint(...bytes))}`;
}

export function trimUrl(url: string): string {
  return url.replace(/\/+$/, "");
}

function transportError(error: unknown, where: string, url: string, timeoutMs: number): RemoteBackendError {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError") {
    return new RemoteBackendError("timeout", `${where}: no answer within ${timeoutMs} ms\n${fixFor("timeout", url)}`, { cause: error });
  }
  // undici's "fetch failed" keeps the reason (ECONNREFUSED, ENOTFOUND) in `cause`.
  const reason = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(error);
  return new RemoteBackendError("unreachable", `${where}: cannot reach the backend (${reason})\n${fixFor("unreachable", url)}`, { cause: error });
}

function httpError(status: number, text: string, where: string, url: string): RemoteBackendError {
  // Non-function failures come as `{ code, message }` (e.g. 401 BadAdminKey).
  const body = parseJson(text);
  const code = typeof body?.code === "string" ? body.code : undefined;
  const detail = code ? `${code}: ${body.message}` : excerpt(text);
  if (status === 401 || status === 403 || code === "BadAdminKey" || code === "Unauthenticated") {
    return new RemoteBackendError("bad-admin-key", `${where}: the admin key was rejected (HTTP ${status} ${detail})\n${fixFor("bad-admin-key", url)}`);
  }
  return new RemoteBackendError("bad-response", `${where}: HTTP ${status} ${detail}\n${fixFor("bad-response", url)}`);
}

function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 200 ? `${flat.slice(0, 200)}...` : flat);
}
