// The V8 side of `stackless bench`, in a child process of its own for each program so that its
// first run is a first run: V8 shares compiled code between modules of the same bytes in one
// process, and a fresh process is what `stackless run` starts from. Same protocol as
// bench/runner.py: {"load": BASE64 image} -> {"ok", "startupMs"}; {"run": true} -> {"ms", "stdout", ...}.
// The module is compiled and the runtime created before the first run (startupMs: what that
// took); a run times rt.run() alone (loadImage, which resets the VM, is outside the timing).
//   node [V8 flags] build/bench/v8-runner.js [--ops N]   (N: opcodes per vm_run call, as --tick)
import * as readline from "node:readline";
import { Runtime, compileModule } from "../host/runtime/index";

async function main(): Promise<void> {
  const ops = process.argv[2] === "--ops" ? Number(process.argv[3]) : 0;
  let out = "";
  let err = "";
  const t0 = performance.now();
  const rt = new Runtime(await compileModule(), {
    stdout: (b) => (out += Buffer.from(b).toString("utf8")),
    stderr: (b) => (err += Buffer.from(b).toString("utf8")),
  });
  const startupMs = performance.now() - t0;
  let image: Uint8Array | undefined;
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const request = JSON.parse(line) as { load?: string; run?: boolean };
    if (request.load !== undefined) {
      image = Buffer.from(request.load, "base64");
      process.stdout.write(JSON.stringify({ ok: true, startupMs }) + "\n");
      continue;
    }
    if (!image) throw new Error("run before load");
    out = err = "";
    rt.loadImage(image); // (a loaded runtime resets itself first)
    const t = performance.now();
    const status = rt.run(ops);
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ ms, stdout: out, stderr: err, status }) + "\n");
  }
}

void main();
