// as-pect reporter: one line per spec file, details for each failed test, and one final line
//   assembly: N passed, N failed
// printed alone on its line when the process exits. as-pect itself sets the exit status
// (1 on any failed test or compile error); this reporter never changes it.
// as-pect imports this module once and reuses the instance for every spec file, so the
// counts accumulate over the whole run. The default export must be an instance.
// (Self-contained on purpose: @as-pect/core is ESM and this package is CommonJS.)
const fs = require("fs");

function str(v) {
  try { return v.stringify({ indent: 2, maxExpandLevel: 10 }).trimStart(); } catch (e) { return String(v); }
}

class CountingReporter {
  constructor() {
    this.stdout = null;
    this.stderr = null;
    this.passed = 0;
    this.failed = 0;
    process.on("exit", (code) => {
      let failed = this.failed;
      // A compile error or a crash before any spec finished: count it as one failure.
      if (code !== 0 && failed === 0) failed = 1;
      fs.writeSync(1, `\nassembly: ${this.passed} passed, ${failed} failed\n`);
    });
  }
  // Always process.stdout: as-pect's CombinationReporter has a bug whose `stderr` setter
  // overwrites `stdout` with process.stderr.
  write(s) { process.stdout.write(s); }
  onEnter() {}
  onExit() {}
  onStart() {}
  onGroupStart() {}
  onGroupFinish() {}
  onTestStart() {}
  onTestFinish() {}
  onTodo() {}
  onLog(v) {
    this.write(`    [Log] ${str(v)}\n`);
  }
  onFinish(suite) {
    const pass = suite.testPassCount;
    let fail = suite.testCount - pass;
    if (!suite.pass && fail === 0) fail = 1; // an error outside any test
    this.passed += pass;
    this.failed += fail;
    this.write(`${suite.pass ? "PASS" : "FAIL"} ${suite.fileName}: ${pass} passed, ${fail} failed (${suite.rootNode.deltaT} ms)\n`);
    const visit = (node) => {
      for (const log of node.logs || []) this.onLog(log);
      if (node.type !== 1 /* group */ && !node.pass) {
        this.write(`  FAILED: ${node.parent && node.parent.name ? node.parent.name + " > " : ""}${node.name}\n`);
        if (node.message) this.write(`    message:  ${node.message}\n`);
        if (!node.negated && node.actual) this.write(`    actual:   ${str(node.actual)}\n`);
        if (!node.negated && node.expected) this.write(`    expected: ${node.expected.negated ? "not " : ""}${str(node.expected)}\n`);
        if (node.stackTrace) this.write(`    stack:    ${node.stackTrace.split("\n").slice(0, 6).join("\n              ")}\n`);
      }
      for (const child of node.children || []) visit(child);
    };
    visit(suite.rootNode);
    for (const err of suite.errors || []) {
      this.write(`  ERROR: ${err.type} ${err.message}\n`);
    }
  }
}

// One instance per process, even if the module were loaded twice (require and import).
const KEY = Symbol.for("stackless-wasm.aspect-reporter");
if (!globalThis[KEY]) globalThis[KEY] = new CountingReporter();
module.exports = globalThis[KEY];
