// Where a command's output goes: the process's streams from bin/stackless.js, buffers in tests.
import type { Sink } from "../runtime/index";

export interface Io {
  stdout: Sink;
  stderr: Sink;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr };

const encoder = new TextEncoder();

/** Writes text or bytes to a sink. */
export function emit(sink: Sink, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  if (typeof sink === "function") sink(bytes);
  else sink.write(bytes);
}

/** An Io that collects everything, for running commands in-process. */
export function bufferIo(): Io & { out(): string; err(): string } {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  return {
    stdout: (b) => void out.push(b),
    stderr: (b) => void err.push(b),
    out: () => Buffer.concat(out).toString("utf8"),
    err: () => Buffer.concat(err).toString("utf8"),
  };
}
