// The `stackless` command (bin/stackless.js calls cli()). main() is the whole CLI as a function
// of argv and two sinks, so the tests run it in-process.
import { ImageError, InitError, VmTrap, isSyntaxError } from "../runtime/index";
import { UsageError, parseFlags, type FlagSpec, type Parsed } from "./args";
import { BUDGET_FLAGS, FRAME_FLAGS, budgetCommand } from "./budget";
import { COMPILE_FLAGS, compileCommand } from "./compile";
import { emit, processIo, type Io } from "./io";
import { RUN_FLAGS, SIZE_FLAGS, run, runRequest } from "./run";
import { USAGE } from "./usage";

const EXIT_USAGE = 2;
const EXIT_TRAP = 70;

const BENCH_FLAGS: FlagSpec = { "--json": "bool", "--runs": "count" };
const REPORT_FLAGS: FlagSpec = {
  ...BENCH_FLAGS,
  "--format": ["table", "json", "md", "html"],
  "--baseline": "string",
  ...FRAME_FLAGS,
  ...SIZE_FLAGS,
};

interface Command {
  flags: FlagSpec;
  exec(parsed: Parsed, io: Io): number | Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  run: { flags: RUN_FLAGS, exec: (p, io) => run(runRequest(p), io) },
  compile: { flags: COMPILE_FLAGS, exec: (p) => compileCommand(p) },
  budget: { flags: BUDGET_FLAGS, exec: (p, io) => budgetCommand(p, io) },
  report: {
    flags: REPORT_FLAGS,
    // bench/ is loaded only for the commands that need it.
    exec: async (p, io) => {
      const { reportCommand, reportRequest } = await import("../../bench/report");
      return reportCommand(reportRequest(p), io);
    },
  },
  bench: {
    flags: BENCH_FLAGS,
    exec: async (p, io) => (await import("../../bench/bench")).benchCommand(options(p), io),
  },
};

function options({ flags, positionals }: Parsed): { json: boolean; runs?: number } {
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const runs = flags["--runs"] as number | undefined;
  if (runs === 0) throw new UsageError("--runs must be at least 1");
  return { json: !!flags["--json"], runs };
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    emit(io.stdout, USAGE);
    return 0;
  }
  try {
    const command = name === undefined ? undefined : COMMANDS[name];
    if (!command) throw new UsageError(name === undefined ? "no command given" : `unknown command '${name}'`);
    const parsed = parseFlags(rest, command.flags);
    if (parsed.help) {
      emit(io.stdout, USAGE);
      return 0;
    }
    return await command.exec(parsed, io);
  } catch (e) {
    return report(e, io);
  }
}

/** Maps an error to its message and exit code (see the end of USAGE). */
function report(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    emit(io.stderr, `stackless: ${e.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (isSyntaxError(e)) {
    emit(io.stderr, `${e.message}\n`);
    return 1;
  }
  if (e instanceof ImageError || e instanceof InitError) {
    emit(io.stderr, `${e.name}: ${e.message}\n`);
    return 1;
  }
  if (e instanceof VmTrap) {
    emit(io.stderr, `stackless: ${e.message}\n`);
    return EXIT_TRAP;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT" && err.path) {
    emit(io.stderr, `stackless: cannot open '${err.path}': no such file\n`);
    return 1;
  }
  emit(io.stderr, `stackless: ${err?.message ?? String(e)}\n`);
  return 1;
}

/** The process entry point used by bin/stackless.js. */
export function cli(argv: readonly string[]): void {
  main(argv).then(exitWhenFlushed, (e) => {
    process.stderr.write(`stackless: internal error: ${(e as Error)?.stack ?? e}\n`);
    exitWhenFlushed(EXIT_TRAP);
  });
}

/**
 * Ends the process once stdout and stderr have written everything, without waiting for the event
 * loop to empty: before a natural exit Node drains V8's background jobs, and the TurboFan tier-up
 * of the interpreter that the program's run started (tens of ms) is code nothing will call again.
 * Whatever else is pending when the command is done (a timer, a handle) is not waited for either.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let streams = 2;
  // An empty write's callback runs after every earlier write of the stream has been handed on.
  const flushed = () => void (--streams === 0 && process.exit(code));
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
