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
