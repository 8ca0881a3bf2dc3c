import { duration } from "../../model/duration.js";
import type { Reporter, TestCase, TestModule } from "vitest/node";

/** How often a long run says where it is. */
const EVERY_MS = 10_000;

/**
 * Progress of a long run, every 10 s: checks done of those collected so
 * far, spec files done, what runs now, time spent and (when the run has a
 * budget, or enough has finished to extrapolate) time left.
 */
export class ProgressReporter implements Reporter {
  private readonly started = Date.now();
  private collected = 0;
  private done = 0;
  private modulesDone = 0;
  private modules = 0;
  private readonly running = new Map<string, string>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly command: string, private readonly deadline?: number, private readonly write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)) {}

  onTestRunStart(specifications: ReadonlyArray<unknown>): void {
    this.modules = specifications.length;
    this.timer = setInterval(() => this.write(this.line()), EVERY_MS);
    this.timer.unref?.();
  }

  onTestModuleCollected(module: TestModule): void {
    this.collected += [...module.children.allTests()].length;
  }

  onTestCaseReady(test: TestCase): void {
    this.running.set(test.id, test.fullName);
  }

  onTestCaseResult(test: TestCase): void {
    this.running.delete(test.id);
    this.done += 1;
  }

  onTestModuleEnd(): void {
    this.modulesDone += 1;
  }

  onTestRunEnd(): void {
    this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** "certify: 23/98 checks, 2/7 spec files, 1m05s elapsed, about 3m left; running: apiKeysToTable on memory roundTrip…" */
  line(now = Date.now()): string {
    const elapsed = now - this.started;
    const left = this.deadline !== undefined
      ? `, ${duration(Math.max(0, this.deadline - now))} left`
      : this.done > 0 && this.collected > this.done
        ? `, about ${duration((elapsed / this.done) * (this.collected - this.done))} left`
        : "";
    const running = [...this.running.values()];
    const now_ = running.length > 0 ? `; running: ${running.slice(0, 2).map(short).join(", ")}${running.length > 2 ? ` and ${running.length - 2} more` : ""}` : "";
    return `${this.command}: ${this.done}/${this.collected} tests, ${this.modulesDone}/${this.modules} spec files, ${duration(elapsed)} elapsed${left}${now_}`;
  }
}

function short(name: string): string {
  const cut = name.indexOf(":");
  return cut > 0 ? name.slice(0, cut) : name.length > 80 ? `${name.slice(0, 77)}...` : name;
}

