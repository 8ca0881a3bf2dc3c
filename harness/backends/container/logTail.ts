import type { Readable } from "node:stream";

/**
 * Keeps the last lines a container printed. testcontainers removes a container
 * that fails its wait strategy, and its logs go with it, so the tail is
 * collected while it runs, to be put into the start or deploy error.
 */
export class LogTail {
  private lines: string[] = [];
  private partial = "";

  constructor(private readonly limit = 40) {}

  /** testcontainers' `withLogConsumer` callback. */
  readonly consume = (stream: Readable): void => {
    stream.on("data", (chunk: Buffer | string) => this.push(chunk.toString()));
    stream.on("error", () => {});
  };

  push(text: string): void {
    const parts = (this.partial + text).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts);
    if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
  }

  /** The tail as an indented block, or a note that there was nothing. */
  render(): string {
    const lines = this.partial ? [...this.lines, this.partial] : this.lines;
    if (lines.length === 0) return "  (the container printed nothing)";
    return lines.slice(-this.limit).map((line) => `  | ${line}`).join("\n");
  }
}
