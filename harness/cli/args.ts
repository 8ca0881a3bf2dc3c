export interface CliArgs {
  runs: number;
}

/** Parses `--runs N`; rejects unknown flags with a message that names them. */
export function parseArgs(argv: string[], defaults: CliArgs): CliArgs {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--runs") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--runs must be a positive integer, got ${argv[i]}`);
      args.runs = n;
    } else {
      throw new Error(`unknown option ${flag}; known: --runs N`);
    }
  }
  return args;
}
