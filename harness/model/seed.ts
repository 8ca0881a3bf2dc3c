/**
 * A fresh seed: for a check that was given none, a fuzz round, a
 * certification. Not test randomness (fast-check draws everything from the
 * seed); it is printed with every failure, so any run can be repeated.
 */
export function freshSeed(): number {
  return crypto.getRandomValues(new Int32Array(1))[0];
}
