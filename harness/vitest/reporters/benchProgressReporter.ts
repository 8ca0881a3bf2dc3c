/**
 * What a long command (bench) prints while it runs: each bench as it starts and
 * ends, the progress lines and figures the bench files log, and every ten
 * seconds what is running, how many benches are done, the time spent and
 * about how much is left: the plan's estimates of what is left, scaled by
 * how long this run's finished benches took against theirs. (The ten-second
 * line is skipped while the bench itself keeps printing.)
 */

import { duration } from "../../model/duration.js";

/** What a run is expected to hold: per file (path from the project root), its tests and their rough seconds each. */
export type ProgressPlan = Record<string, { tests: number; seconds: number }>;

type TestInfo = { id: string; name: string };
type ModuleInfo = { moduleId: string; children: { allTests(): Iterable<TestInfo> }; state(): string };

/** The reporter counts in seconds; people read durations. */
function format(seconds: number): string {
  return duration(seconds * 1000);
}

export class BenchProgressReporter {
  private readonly started = Date.now();
  /** Steps not finished yet, with their estimated seconds: a file's placeholder until it is collected, then its tests. */
  private readonly pending = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private running: { id: string; name: string; since: number; fraction?: number } | null = null;
  private done = 0;
  private spent = 0;
  private estimatedDone = 0;
  private failed = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastPrinted = Date.now();

  /**
   * `byFile`: one step per file (the suites' wall times) instead of one per test.
   * `echoLogs`: print what the tests log (the bench files' progress and figures, not the suites' statistics).
   */
  constructor(
    private readonly plan: ProgressPlan,
    private readonly options: { byFile?: boolean; echoLogs?: boolean } = {},
    private readonly write: (line: string) => void = (line) => console.log(line),
  ) {
    for (const [file, { tests, seconds }] of Object.entries(plan)) {
      if (this.options.byFile) this.pending.set(`file:${file}`, tests * seconds);
      else for (let i = 0; i < tests; i++) this.pending.set(`file:${file}#${i}`, seconds);
    }
  }

  get failures(): number {
    return this.failed;
  }

  onTestRunStart(): void {
    this.timer ??= setInterval(() => this.heartbeat(), 10_000);
    this.timer.unref?.();
  }

  onTestModuleCollected(module: ModuleInfo): void {
    const file = this.fileOf(module.moduleId);
    const planned = this.plan[file];
    if (planned === undefined || this.options.byFile) return;
    for (let i = 0; i < planned.tests; i++) this.pending.delete(`file:${file}#${i}`);
    for (const test of module.children.allTests()) {
      this.pending.set(test.id, planned.seconds);
      this.names.set(test.id, test.name);
    }
  }

  onTestModuleStart(module: { moduleId: string }): void {
    if (this.options.byFile) this.start(`file:${this.fileOf(module.moduleId)}`, this.fileOf(module.moduleId));
  }

  onTestModuleEnd(module: ModuleInfo): void {
    if (this.options.byFile) this.end(`file:${this.fileOf(module.moduleId)}`, module.state() !== "failed");
  }

  onTestCaseReady(test: TestInfo): void {
    if (!this.options.byFile && this.running?.id !== test.id) this.start(test.id, test.name);
  }

  onTestCaseResult(test: { id: string; result(): { state: string; errors?: ReadonlyArray<{ message: string }> } }): void {
    if (this.options.byFile || !this.pending.has(test.id)) return;
    const result = test.result();
    this.end(test.id, result.state !== "failed", result.errors?.[0]?.message);
  }

  onUserConsoleLog(log: { content: string; taskId?: string }): void {
    // A test's first lines can arrive before the event saying it started.
    if (!this.options.byFile && log.taskId && this.names.has(log.taskId) && this.running?.id !== log.taskId) this.start(log.taskId, this.names.get(log.taskId)!);
    // "progress: roundTrip (3/13) ...": the running bench is that far through its steps.
    const step = /^progress: .*\((\d+)\/(\d+)\)/m.exec(log.content);
    if (step && this.running) this.running.fraction = (Number(step[1]) - 1) / Number(step[2]);
    if (this.options.echoLogs === false) return;
    for (const line of log.content.trimEnd().split("\n")) this.print(`  ${line}`);
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private fileOf(moduleId: string): string {
    return moduleId.replace(`${process.cwd()}/`, "");
  }

  private start(id: string, name: string): void {
    if (!this.pending.has(id)) return;
    this.running = { id, name, since: Date.now() };
    this.print(`[${this.done + 1}/${this.done + this.pending.size}] ${name} (${format((Date.now() - this.started) / 1000)} elapsed, ${this.left()})`);
  }

  private end(id: string, passed: boolean, error?: string): void {
    if (!this.pending.has(id)) return;
    const seconds = this.running?.id === id ? (Date.now() - this.running.since) / 1000 : 0;
    this.spent += seconds;
    this.estimatedDone += this.pending.get(id)!;
    this.pending.delete(id);
    this.done++;
    if (!passed) this.failed++;
    this.print(`  ${passed ? "done" : "FAILED"} in ${format(seconds)}${error ? `: ${error.split("\n")[0]}` : ""}`);
    this.running = null;
  }

  private left(): string {
    const pace = this.estimatedDone > 0 ? this.spent / this.estimatedDone : 1;
    const others = [...this.pending].filter(([id]) => id !== this.running?.id).reduce((n, [, s]) => n + s, 0) * pace;
    return `about ${format(others + this.runningLeft(pace))} left`;
  }

  /** What the running bench has left: from its own steps when it reports them, else its estimate less the time spent. */
  private runningLeft(pace: number): number {
    if (!this.running) return 0;
    const elapsed = (Date.now() - this.running.since) / 1000;
    const { fraction } = this.running;
    if (fraction !== undefined && fraction > 0) return (elapsed * (1 - fraction)) / fraction;
    return Math.max(0, (this.pending.get(this.running.id) ?? 0) * pace - elapsed);
  }

  private print(line: string): void {
    this.lastPrinted = Date.now();
    this.write(line);
  }

  private heartbeat(): void {
    if (!this.running || Date.now() - this.lastPrinted < 9_000) return;
    const elapsed = (Date.now() - this.started) / 1000;
    this.print(`  … ${this.running.name}: running for ${format((Date.now() - this.running.since) / 1000)} (${this.done}/${this.done + this.pending.size} done, ${format(elapsed)} elapsed, ${this.left()})`);
  }
}
