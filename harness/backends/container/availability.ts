/** How the container suites are run, for every message that says they were skipped. */
export const CONTAINER_COMMAND = "npm run test:container";

type RuntimeCheck = () => Promise<unknown>;

/**
 * Why the container backend cannot run here (no Docker or Podman socket that
 * testcontainers can find), or null when it can. For certification: a reason
 * means INCOMPLETE, never a pass. testcontainers is imported lazily, so that
 * merely importing the harness never loads it.
 *
 * @example
 * const reason = await containerAvailability();
 * if (reason !== null) console.log(`container backend skipped: ${reason}`);
 */
export async function containerAvailability(check?: RuntimeCheck): Promise<string | null> {
  try {
    if (check) await check();
    else await (await import("testcontainers")).getContainerRuntimeClient();
    return null;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return `no container runtime (${message})`;
  }
}

/** The one line printed when the container backend is skipped. */
export function containerSkipLine(reason: string): string {
  return `container backend skipped: ${reason}; on a machine with Docker run \`${CONTAINER_COMMAND}\``;
}
