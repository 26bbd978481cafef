// A game loop hosting NPC brains written in Python (examples/npc.py): load the script once, then
// tick the VM once per frame with an op budget, as a game does from its frame callback.
//   tsc (strict) → node game-host.js [script.py]   (tests/host/package-install.test.ts does this)
import * as fs from "node:fs";
import * as path from "node:path";
import { Runtime, Status } from "stackless-wasm";

const FRAMES = 600; // ten seconds at 60 frames per second
const OPS_PER_FRAME = 20_000; // the scripts' share of a frame
const REPORT_EVERY = 120;

async function main(): Promise<number> {
  const script = process.argv[2] ?? path.join(__dirname, "npc.py");
  const rt = await Runtime.create({ budget: 1 << 20 });
  rt.loadSource(fs.readFileSync(script, "utf8"), path.basename(script));

  let status: Status = Status.Budget;
  for (let frame = 1; frame <= FRAMES && status !== Status.Done && status !== Status.Error; frame++) {
    const tick = rt.tick({ ops: OPS_PER_FRAME });
    status = tick.status;
    if (frame % REPORT_EVERY === 0) {
      const { heapUsed, heapPeak } = rt.stats();
      console.log(`frame ${frame}: ${tick.runnable} runnable, ${tick.blocked} blocked, heap ${heapUsed} B (peak ${heapPeak} B)`);
    }
  }
  // The level is over: the brains still alive get TaskletExit; tick until the program has ended.
  if (status !== Status.Done && status !== Status.Error) status = rt.exit();
  while (status === Status.Budget) status = rt.tick({ ops: OPS_PER_FRAME }).status;
  return rt.exitCode(status);
}

main().then((code) => process.exit(code));
