import { AbstractStartedContainer, GenericContainer, Wait, type StartedTestContainer } from "testcontainers";
import { API_PORT, CONVEX_BACKEND_IMAGE, SITE_PORT } from "./image.js";
import { limitsEnvironment, resolveTransactionLimits, type TransactionLimits } from "./limits.js";
import { LogTail } from "./logTail.js";

/** A cold start (image already pulled) takes seconds; a small CI machine can take a minute. */
export const DEFAULT_STARTUP_TIMEOUT_MS = 120_000;

/**
 * Fixed credentials, so the admin key is the same on every run. They protect
 * a throwaway container bound to random loopback ports, nothing else.
 */
export const HARNESS_INSTANCE_NAME = "convex-harness";
export const HARNESS_INSTANCE_SECRET = "0123456789abcdef".repeat(4);

/**
 * Ready when the API answers GET /version with 200 (what the image's own
 * healthcheck curls); a backend that exits while starting fails at once
 * instead of after the whole timeout.
 */
export const versionEndpointAnswers = () => Wait.forHttp("/version", API_PORT, { abortOnContainerExit: true }).forStatusCode(200);

/**
 * testcontainers module for the self-hosted Convex backend.
 *
 * @example
 * const backend = await new ConvexBackendContainer().withTransactionLimits({ maxReadRows: 1000 }).start();
 * try { use(backend.getUrl(), backend.getAdminKey()); } finally { await backend.stop(); }
 */
export class ConvexBackendContainer extends GenericContainer {
  private limits: TransactionLimits = resolveTransactionLimits();
  private instanceName = HARNESS_INSTANCE_NAME;
  private instanceSecret = HARNESS_INSTANCE_SECRET;
  private readonly logTail = new LogTail();

  constructor(image: string = CONVEX_BACKEND_IMAGE) {
    super(image);
    this.withExposedPorts(API_PORT, SITE_PORT)
      .withWaitStrategy(versionEndpointAnswers())
      .withStartupTimeout(DEFAULT_STARTUP_TIMEOUT_MS)
      .withLogConsumer(this.logTail.consume);
  }

  /** Lowers Convex's per-transaction limits (see limits.ts for the defaults). */
  withTransactionLimits(limits: Partial<TransactionLimits>): this {
    this.limits = resolveTransactionLimits(limits);
    return this;
  }

  /** Other credentials than the harness's fixed ones; the secret is 32 bytes of hex, as the image expects. */
  withInstance(name: string, secret: string): this {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`withInstance: name must be lowercase letters, digits and dashes, got ${JSON.stringify(name)}`);
    if (!/^[0-9a-f]{64}$/.test(secret)) throw new Error("withInstance: secret must be 64 hex characters (`openssl rand -hex 32`)");
    this.instanceName = name;
    this.instanceSecret = secret;
    return this;
  }

  /** What the container will be started with; tests read it without starting anything. */
  configuration() {
    return {
      image: this.imageName.string,
      ports: [API_PORT, SITE_PORT],
      startupTimeoutMs: this.startupTimeoutMs,
      environment: this.backendEnvironment(),
    };
  }

  override async start(): Promise<StartedConvexBackendContainer> {
    this.withEnvironment(this.backendEnvironment());
    let started: StartedTestContainer;
    try {
      started = await super.start();
    } catch (error) {
      // testcontainers has already stopped and removed a container that failed to become ready.
      throw startFailure(this.imageName.string, error, this.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS, this.logTail.render());
    }
    try {
      const adminKey = await generateAdminKey(started, this.instanceName);
      return new StartedConvexBackendContainer(started, adminKey, this.logTail);
    } catch (error) {
      await started.stop().catch(() => undefined);
      throw new Error(`${(error as Error).message}\nContainer log tail:\n${this.logTail.render()}`, { cause: error });
    }
  }

  private backendEnvironment(): Record<string, string> {
    return {
      INSTANCE_NAME: this.instanceName,
      INSTANCE_SECRET: this.instanceSecret,
      // Origins as seen from inside the container (the docker-compose
      // defaults); the host-side mapped port is not known before start.
      CONVEX_CLOUD_ORIGIN: `http://127.0.0.1:${API_PORT}`,
      CONVEX_SITE_ORIGIN: `http://127.0.0.1:${SITE_PORT}`,
      // No usage beacon from throwaway test containers.
      DISABLE_BEACON: "1",
      RUST_LOG: "info",
      ...limitsEnvironment(this.limits),
    };
  }
}

export class StartedConvexBackendContainer extends AbstractStartedContainer {
  constructor(
    started: StartedTestContainer,
    private readonly adminKey: string,
    private readonly logTail: LogTail,
  ) {
    super(started);
  }

  /** The API origin on the host, e.g. http://localhost:49153. */
  getUrl(): string {
    return `http://${this.getHost()}:${this.getMappedPort(API_PORT)}`;
  }

  /** Where HTTP actions answer on the host. */
  getSiteUrl(): string {
    return `http://${this.getHost()}:${this.getMappedPort(SITE_PORT)}`;
  }

  getAdminKey(): string {
    return this.adminKey;
  }

  /** The last lines the backend printed, for error messages. */
  getLogTail(): string {
    return this.logTail.render();
  }
}

/**
 * Runs the image's own generate_admin_key.sh, which derives the key from
 * INSTANCE_NAME and INSTANCE_SECRET; the key is its last line of output.
 */
export async function generateAdminKey(container: Pick<StartedTestContainer, "exec">, instanceName: string): Promise<string> {
  const result = await container.exec(["./generate_admin_key.sh"]);
  const key = parseAdminKey(result.stdout);
  if (result.exitCode !== 0 || !key || !key.startsWith(`${instanceName}|`)) {
    throw new Error(
      `./generate_admin_key.sh in the Convex backend container did not print an admin key for "${instanceName}" ` +
        `(exit code ${result.exitCode}); its output:\n${result.output.trim() || "(none)"}`,
    );
  }
  return key;
}

export function parseAdminKey(stdout: string): string | undefined {
  return stdout.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).at(-1);
}

/** Names the cause of a failed start and its fix; exported for its tests. */
export function startFailure(image: string, error: unknown, timeoutMs: number, tail: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  let text: string;
  // Most specific first: an exit message carries the backend's own log lines.
  if (/container runtime/i.test(message)) {
    text = `no container runtime: ${message}. Fix: start Docker (or Podman with its Docker socket), then run \`npm run test:container\`.`;
  } else if (/exited/i.test(message)) {
    text = `the Convex backend exited while starting (${message.split("\n")[0]}). Fix: read the log tail below (a knob value it rejects, a port in use).`;
  } else if (/not accessible after|timed out|timeout/i.test(message)) {
    text =
      `the Convex backend did not answer GET /version on port ${API_PORT} within ${timeoutMs} ms (${message}). ` +
      "Fix: read the log tail below; on a slow machine raise HARNESS_CONTAINER_STARTUP_TIMEOUT_MS.";
  } else if (/pull|manifest|no such image|not found|denied|unauthorized|toomanyrequests/i.test(message)) {
    text =
      `could not pull ${image}: ${message}. Fix: check that this machine reaches ghcr.io (\`docker pull ${image}\`); ` +
      "the tag is pinned in harness/backends/container/image.ts.";
  } else {
    text = `could not start ${image}: ${message}`;
  }
  return new Error(`${text}\nContainer log tail:\n${tail}`, { cause: error });
}
