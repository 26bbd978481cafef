#!/usr/bin/env node
// The `stackless` command: a thin shim over the compiled host (build/host/cli/main.js).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const entry = path.join(root, "build", "host", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "stackless: the host is not built (no build/host/cli/main.js).\n" +
      `Run \`npm run build\` in ${root} first.\n`,
  );
  process.exit(1);
}
require(entry).cli(process.argv.slice(2));
