// The cost of the host boundary (issue 10's figures): a host function call with 3 int args, a
// channel value host -> script, rt.call of a script function, and a tick of the 1,000-NPC game
// loop. Each is a median of several runs, and set against a reference measured in the same
// run: the same script calling a Python function with 3 args instead of the host's.
//   node build/bench/boundary.js [--runs N]
import { Runtime, compileModule } from "../host/runtime/index";
import { median } from "./table";

const CALLS = 100_000;

const HOST_CALLS = `import game
def run(n):
    f = game.add3
    i = 0
    while i < n:
        f(i, 2, 3)
        i += 1
`;
const PY_CALLS = `def add3(a, b, c):
    return a + b + c
def run(n):
    f = add3
    i = 0
    while i < n:
        f(i, 2, 3)
        i += 1
`;
const NPCS = `import stackless
events = stackless.channel()
positions = [0] * 1000
def npc(i):
    x = 0
    while True:
        x += i % 7 - 3
        positions[i] = x
        stackless.schedule()
def listener():
    while True:
        e = events.receive()
        positions[e % 1000] = 0
for i in range(1000):
    stackless.tasklet(npc)(i)
stackless.tasklet(listener)()
def where(i):
    return positions[i]
`;

async function fresh(source: string, withGame: boolean): Promise<Runtime> {
  const rt = await Runtime.create({ module: await compileModule(), budget: 4 << 20, keepAlive: true, callOps: 0xffffffff });
  if (withGame) rt.registerModule("game", { add3: (a: number, b: number, c: number) => a + b + c });
  rt.loadSource(source, "bench.py");
  rt.tick({ ops: 1_000_000 }); // the top level (the NPCs never stop: no unlimited tick)
  return rt;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
  const host = await fresh(HOST_CALLS, true);
  const py = await fresh(PY_CALLS, false);
  const hostMs: number[] = [];
  const pyMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    hostMs.push(time(() => host.call("run", CALLS)));
    pyMs.push(time(() => py.call("run", CALLS)));
  }
  const perHost = (median(hostMs) * 1e6) / CALLS;
  const perPy = (median(pyMs) * 1e6) / CALLS;
  console.log(`host call, 3 int args: ${perHost.toFixed(0)} ns (a Python call with 3 args: ${perPy.toFixed(0)} ns; ratio ${(perHost / perPy).toFixed(1)})`);

  const npcs = await fresh(NPCS, false);
  const events = npcs.channel("events");
  for (let i = 0; i < 20; i++) npcs.tick({ ops: 50_000 }); // warm up
  const frameMs: number[] = [];
  const sendMs: number[] = [];
  for (let frame = 0; frame < 600; frame++) {
    sendMs.push(time(() => { for (let k = 0; k < 10; k++) events.send(frame * 10 + k); }) / 10);
    frameMs.push(time(() => npcs.tick({ ops: 50_000 })));
  }
  const callMs: number[] = [];
  for (let r = 0; r < 200; r++) callMs.push(time(() => npcs.call("where", 7)));
  console.log(`channel value host -> script: ${(median(sendMs) * 1000).toFixed(1)} µs to send (the receiving tasklet runs in the tick)`);
  console.log(`rt.call of a script function: ${(median(callMs) * 1000).toFixed(1)} µs`);
  console.log(`1,000-NPC frame (a 50,000-op tick, 10 host events): ${median(frameMs).toFixed(2)} ms per tick`);
}

void main();
