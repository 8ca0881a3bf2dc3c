// @vitest-environment node
/**
 * Makes the container project visible in `npm test`, which runs only the
 * memory project: one skipped test whose note (and one printed line) says
 * whether a container runtime exists here and how to run the container
 * suites. It never passes in their place.
 */
import { test } from "vitest";
import { containerAvailability, containerSkipLine, CONTAINER_COMMAND } from "../../harness/backends/container/availability.js";

test("the container backend's suites run in their own project", async (context) => {
  const reason = await containerAvailability();
  const line = reason ? containerSkipLine(reason) : `container backend: a container runtime is available; run \`${CONTAINER_COMMAND}\``;
  console.log(line);
  context.skip(line);
});
