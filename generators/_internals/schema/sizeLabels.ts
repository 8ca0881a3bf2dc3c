/**
 * Which of the size classes 0, 1, batch-1, batch, batch+1 and larger counts
 * within `min`..`max` can be (several when batchSize <= 2: 1 is batch-1 at
 * batch size 2); for a single count, the classes it is in.
 */
export function sizeLabels(batchSize: number, { min, max }: { min: number; max: number }): string[] {
  const within = (n: number) => n >= min && n <= max;
  const labels: string[] = [];
  if (within(0)) labels.push("0");
  if (within(1)) labels.push("1");
  if (within(batchSize - 1)) labels.push("batch-1");
  if (within(batchSize)) labels.push("batch");
  if (within(batchSize + 1)) labels.push("batch+1");
  if (max > batchSize + 1) labels.push("larger");
  return labels;
}
