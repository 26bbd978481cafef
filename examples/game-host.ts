// A game loop hosting NPC brains written in Python (examples/npc.py): the game registers a host
// module the script calls, starts the brains with rt.call, sends player events into a script
// channel, takes NPC commands from another, and ticks the VM once per frame with an op budget,
// as a game does from its frame callback. One NPC's bug is reported and the level goes on.
//   tsc (strict) → node game-host.js [npcs]   (tests/host/package-install.test.ts does this)
import * as fs from "node:fs";
import * as path from "node:path";
import { Runtime, Status, type PythonError } from "stackless-wasm";

const FRAMES = 600; // ten seconds at 60 frames per second
const OPS_PER_FRAME = 50_000; // the scripts' share of a frame
const REPORT_EVERY = 120;

async function main(): Promise<number> {
  const npcs = Number(process.argv[2] ?? 1000);
  const rt = await Runtime.create({ budget: 2 << 20, keepAlive: true });
  let effects = 0;
  rt.registerModule("game", {
    spawn_fx: (_kind: string, _x: number) => ++effects,
    // path finding takes a while: a Promise, so only the asking NPC waits for it
    find_path: (npc: number, to: number) => new Promise((resolve) => setTimeout(() => resolve([npc % 10, to]), 1)),
  });
  const errors: PythonError[] = [];
  rt.onTaskletError = (e) => errors.push(e);
  rt.loadSource(fs.readFileSync(path.join(__dirname, "npc.py"), "utf8"), "npc.py");
  rt.tick({ ops: 0 }); // the script's top level
  rt.call("start", npcs);

  const events = rt.channel("events");
  const commands: unknown[] = [];
  rt.channel("commands").onValue((c) => commands.push(c));

  let status: Status = Status.Budget;
  for (let frame = 1; frame <= FRAMES && status !== Status.Done && status !== Status.Error; frame++) {
    if (frame % 60 === 0) events.send(["alarm", frame % 100]); // the player trips an alarm
    status = rt.tick({ ops: OPS_PER_FRAME }).status;
    if (rt.pendingHostCalls) await new Promise((r) => setTimeout(r, 0)); // let path finding settle
    if (frame % REPORT_EVERY === 0) {
      const { heapUsed, heapPeak } = rt.stats();
      console.log(`frame ${frame}: ${commands.length} commands, ${effects} effects, ${errors.length} NPC errors, heap ${heapUsed} B (peak ${heapPeak} B)`);
    }
  }
  for (const e of errors) console.log(`an NPC failed: ${e.message} (${e.frames[0]?.file}:${e.frames[0]?.line})`);
  // The level is over: the brains still alive get TaskletExit; tick until the program has ended.
  status = rt.exit();
  while (status === Status.Budget) status = rt.tick({ ops: OPS_PER_FRAME }).status;
  return rt.exitCode(status);
}

main().then((code) => process.exit(code));
