// GIL hand-offs per second: two threads spinning at sys.setswitchinterval(100), the hand-offs
// counted by the VM (stats().switches: these threads switch no tasklets of their own), the time
// of rt.run() alone; medians of --runs N (default 7) fresh runs after one warm-up.
//   node build/bench/handoffs.js [--runs N]
import { Runtime, compileModule } from "../host/runtime/index";
import { median } from "./table";

const PROGRAM = `import sys, threading
sys.setswitchinterval(100)
N = 200000
def spin():
    n = 0
    for i in range(N):
        n += 1
ts = [threading.Thread(target=spin) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`;

async function main(): Promise<void> {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 7;
  const module = await compileModule();
  const rates: number[] = [];
  let handoffs = 0;
  for (let r = 0; r <= runs; r++) {
    const rt = new Runtime(module, { stdout: () => {}, stderr: () => {} });
    rt.loadSource(PROGRAM, "handoffs.py");
    const before = rt.stats().switches;
    const t = performance.now();
    if (rt.run() !== 0) throw new Error("the program failed");
    const s = (performance.now() - t) / 1000;
    handoffs = rt.stats().switches - before;
    if (r > 0) rates.push(handoffs / s); // (run 0 warms V8 up)
  }
  rates.sort((a, b) => a - b);
  console.log(`${handoffs} GIL hand-offs per run at switch interval 100: median ${Math.round(median(rates)).toLocaleString("en-US")}/s ` +
    `(min ${Math.round(rates[0]).toLocaleString("en-US")}, max ${Math.round(rates[rates.length - 1]).toLocaleString("en-US")}, ${runs} runs)`);
}

void main();
