// The host side of the boundary (docs/abi.md, "Host functions" and "Host requests"): host
// modules, the host_call/host_reply/host_error imports, and requests into the script (call,
// spawn, module attributes, channels, settling async host calls). Values cross as MessagePack
// (./values). The Runtime owns one Boundary and calls into the module only through it here.
import { encodeValue, decodeValue } from "./values";
import { PythonError, CallError, type PythonFrame } from "./errors";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HostFunction = (...args: any[]) => unknown;

/** vm_host's answers. */
const Reply = { Value: 0, Error: 1, GivenUp: 2, Refused: 3 } as const;
/** The first byte of a host_call reply. */
const ReplyKind = { Value: 0, Error: 1, Pending: 2 } as const;

/** The module exports the boundary uses. */
export interface BoundaryExports {
  memory: WebAssembly.Memory;
  vm_buffer(len: number): number;
  vm_host(len: number, ops: number): number;
  vm_reply(): number;
  vm_host_module(len: number): number;
  vm_host_mode(flags: number): void;
}

/** How a JS exception thrown by a host function arrives in the script. */
export function pythonTypeOf(e: unknown): string {
  const named = (e as { pythonType?: unknown } | null)?.pythonType;
  if (typeof named === "string") return named;
  if (e instanceof TypeError) return "TypeError";
  if (e instanceof RangeError) return "ValueError";
  return "RuntimeError";
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function withKind(kind: number, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 1);
  out[0] = kind;
  out.set(body, 1);
  return out;
}

/** An error record from the VM: [type, message, [[file, line, function, source], ...], handle]. */
export function pythonError(record: unknown): PythonError {
  if (!Array.isArray(record)) return new PythonError("SystemError", "the VM gave no error record", []);
  const [type, message, frames, handle] = record as [string, string, unknown[], number | null];
  const fs: PythonFrame[] = (frames ?? []).map((f) => {
    const [file, line, fn, source] = f as [string, number, string, string | null];
    return source ? { file, line, function: fn, source } : { file, line, function: fn };
  });
  return new PythonError(String(type), String(message ?? ""), fs, handle ?? undefined);
}

/** vm_host's status and the decoded reply (the message when refused). */
export interface Exchange {
  status: number;
  value: unknown;
}

export class Boundary {
  private readonly modules = new Map<string, Record<string, HostFunction>>();
  /** Host functions by the index the VM calls them with (rebuilt at each install). */
  private functions: HostFunction[] = [];
  private pendingReply?: Uint8Array;
  private nextCall = 0;
  /** Async host calls that settled and wait for the next tick to deliver their outcome. */
  private settled: [number, boolean, unknown][] = [];
  /** Async host calls not settled yet. */
  private unsettled = 0;
  private readonly sinks = new Map<number, (value: unknown) => void>();
  private nextSink = 0;
  private deliveries: [number, unknown][] = [];
  private errors: PythonError[] = [];
  private settledWaiters: (() => void)[] = [];
  /** Uncaught tasklet exceptions go here instead of to main (Stackless's default) when set. */
  onTaskletError?: (error: PythonError) => void;

  constructor(private readonly exports: () => BoundaryExports) {}

  register(name: string, fns: Record<string, HostFunction>): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name) || name === "_host") {
      throw new TypeError(`registerModule: '${name}' is not a module name`);
    }
    for (const [k, f] of Object.entries(fns)) {
      if (typeof f !== "function") throw new TypeError(`registerModule: ${name}.${k} is not a function`);
    }
    this.modules.set(name, { ...fns });
    this.changed = true;
  }

  /** The program stays alive (idle) after main returns, until exit(): set by the Runtime's option. */
  keepAlive = false;

  /** vm_host_mode's flags. */
  mode(): number {
    return (this.onTaskletError ? 1 : 0) | (this.keepAlive ? 2 : 0);
  }

  /** A module was registered since the last install: the next load must re-initialise. */
  changed = false;

  /** The stackless.host_* imports. */
  imports(): Record<string, (...a: number[]) => unknown> {
    return {
      host_call: (fn: number, ptr: number, len: number): number => this.hostCall(fn, ptr >>> 0, len >>> 0),
      host_reply: (dst: number): void => {
        const reply = this.pendingReply;
        this.pendingReply = undefined;
        if (reply) new Uint8Array(this.exports().memory.buffer, dst >>> 0, reply.length).set(reply);
      },
      host_error: (ptr: number, len: number): void => {
        const bytes = new Uint8Array(this.exports().memory.buffer, ptr >>> 0, len >>> 0).slice();
        this.errors.push(pythonError(decodeValue(bytes)));
      },
    };
  }

  /** After vm_init, before the image: the host modules, and where uncaught tasklet errors go. */
  install(): string | undefined {
    const vm = this.exports();
    this.changed = false;
    this.functions = [(sink: number, value: unknown) => void this.deliveries.push([sink, value])];
    this.pendingReply = undefined;
    this.settled = [];
    this.deliveries = [];
    this.errors = [];
    this.sinks.clear();
    const specs: [string, [string, number][]][] = [["_host", [["deliver", 0]]]];
    for (const [name, fns] of this.modules) {
      specs.push([name, Object.entries(fns).map(([k, f]) => [k, this.functions.push(f) - 1] as [string, number])]);
    }
    for (const spec of specs) {
      const len = this.write(encodeValue(spec));
      if (vm.vm_host_module(len) !== 0) return `host module '${spec[0]}'`;
    }
    vm.vm_host_mode(this.mode());
    return undefined;
  }

  /**
   * Runs a request in the script (vm_host): the raw answer, to be given to `answer` outside the
   * module call (a PythonError is the script's, not a fault of the module).
   */
  exchange(req: unknown[], ops: number, message: () => string): Exchange {
    const vm = this.exports();
    let len: number;
    try {
      len = this.write(encodeValue(req));
    } catch (e) {
      // a value that cannot cross, or does not fit: the host's error, thrown by answer()
      return { status: -1, value: e };
    }
    const status = vm.vm_host(len, ops);
    if (status === Reply.Refused) return { status, value: message() };
    if (status === Reply.GivenUp) return { status, value: undefined };
    const at = vm.vm_reply() >>> 0;
    const n = new DataView(vm.memory.buffer).getUint32(at, true);
    return { status, value: decodeValue(new Uint8Array(vm.memory.buffer, at + 4, n).slice()) };
  }

  /** The value of an exchange; throws PythonError or CallError. */
  answer({ status, value }: Exchange, ops: number, what: string): unknown {
    if (status === -1) throw value;
    if (status === Reply.Refused) throw new Error(`${what}: ${value}`);
    if (status === Reply.GivenUp) {
      throw new CallError(`${what} did not return within ${ops} opcodes: it waits for something a later tick brings, or runs long (it goes on as a tasklet; use spawn for functions that wait)`);
    }
    if (status === Reply.Error) throw pythonError(value);
    return value;
  }

  /** A callback for each value the script's channel gives the host (see Runtime.channel). */
  addSink(fn: (value: unknown) => void): number {
    this.sinks.set(++this.nextSink, fn);
    return this.nextSink;
  }

  /** Before a tick: the outcomes of settled async host calls, as requests. */
  settle(run: (req: unknown[]) => void): void {
    const done = this.settled;
    this.settled = [];
    for (const [id, ok, value] of done) {
      try {
        run(["settle", id, ok, value]);
      } catch (e) {
        // a result that cannot cross (a function, a cycle) fails the call in the script instead
        if (!(e instanceof TypeError)) throw e;
        run(["settle", id, false, ["TypeError", e.message]]);
      }
    }
  }

  /** After a tick: channel values to their callbacks, tasklet errors to onTaskletError. */
  dispatch(): void {
    const deliveries = this.deliveries;
    this.deliveries = [];
    for (const [sink, value] of deliveries) this.sinks.get(sink)?.(value);
    const errors = this.errors;
    this.errors = [];
    for (const e of errors) this.onTaskletError?.(e);
  }

  /** Async host calls still in flight. */
  get pending(): number {
    return this.unsettled;
  }

  /** Resolves once an async host call has settled (or at once when one has and waits for a tick). */
  whenSettled(): Promise<void> {
    if (this.settled.length || !this.unsettled) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private write(bytes: Uint8Array): number {
    const vm = this.exports();
    const ptr = vm.vm_buffer(bytes.length) >>> 0;
    if (ptr === 0) throw new RangeError(`a value of ${bytes.length} bytes does not fit in the VM's memory budget`);
    new Uint8Array(vm.memory.buffer, ptr, bytes.length).set(bytes);
    return bytes.length;
  }

  private hostCall(fn: number, ptr: number, len: number): number {
    let reply: Uint8Array;
    try {
      const args = decodeValue(new Uint8Array(this.exports().memory.buffer, ptr, len).slice()) as unknown[];
      const f = this.functions[fn];
      if (!f) throw new Error(`no host function number ${fn}`);
      const r = f(...args);
      if (r && typeof (r as PromiseLike<unknown>).then === "function") {
        const id = ++this.nextCall;
        this.unsettled++;
        const done = (ok: boolean, v: unknown): void => {
          this.unsettled--;
          this.settled.push([id, ok, v]);
          const waiters = this.settledWaiters;
          this.settledWaiters = [];
          for (const w of waiters) w();
        };
        (r as PromiseLike<unknown>).then(
          (v) => done(true, v),
          (e) => done(false, [pythonTypeOf(e), messageOf(e)]),
        );
        reply = withKind(ReplyKind.Pending, encodeValue(id));
      } else {
        reply = withKind(ReplyKind.Value, encodeValue(r));
      }
    } catch (e) {
      reply = withKind(ReplyKind.Error, encodeValue([pythonTypeOf(e), messageOf(e)]));
    }
    this.pendingReply = reply;
    return reply.length;
  }
}
