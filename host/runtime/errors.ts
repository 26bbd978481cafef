// Errors the runtime raises to its host. A script's own exceptions are not here: they end a run
// with vm_run status 2 and a traceback on fd 2.

/** vm_image_buffer or vm_load refused an image; `message` is the VM's own (from vm_message). */
export class ImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImageError";
  }
}

/** vm_init refused the configuration (e.g. regions larger than the budget). */
export class InitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InitError";
  }
}

/** The module trapped: a VM bug, never a script's behaviour. The runtime must be re-initialised. */
export class VmTrap extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "VmTrap";
  }
}

/** A frame of a Python traceback, outermost first. `source` when the image carries source text. */
export interface PythonFrame {
  file: string;
  line: number;
  function: string;
  source?: string;
}

/**
 * A Python exception that reached the host: raised by a function `Runtime.call` ran, by a
 * tasklet `Runtime.spawn` started, or (with `onTaskletError`) by any tasklet. `type` is the
 * exception's class name, `message` its `str()`, `frames` the traceback (outermost first).
 */
export class PythonError extends Error {
  readonly type: string;
  readonly frames: PythonFrame[];
  /** The handle of the tasklet it happened in, when `Runtime.spawn` made it. */
  readonly tasklet?: number;

  constructor(type: string, message: string, frames: PythonFrame[], tasklet?: number) {
    super(message ? `${type}: ${message}` : type);
    this.name = "PythonError";
    this.type = type;
    this.frames = frames;
    this.tasklet = tasklet;
  }

  /** The traceback as CPython prints it. */
  get traceback(): string {
    const lines = ["Traceback (most recent call last):"];
    for (const f of this.frames) {
      lines.push(`  File "${f.file}", line ${f.line}, in ${f.function}`);
      if (f.source) lines.push(`    ${f.source}`);
    }
    lines.push(this.message);
    return lines.join("\n");
  }
}

/** Runtime.call gave up: the function did not return within the op limit (it waits for something or runs long). */
export class CallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CallError";
  }
}
