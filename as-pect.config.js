// as-pect configuration: runs every AssemblyScript spec under tests/assembly/.
// Run with `npm run test:assembly` (= `asp --config as-pect.config.js --as-config "$(pwd)/as-pect.asconfig.json"`: the absolute path lets asc find the transform that as-pect.asconfig.json lists). `asp FILE` ignores FILE;
// to run a subset use `-g <group regex>` / `-t <test regex>`.
// The compiler options come from as-pect.asconfig.json (which extends asconfig.json).
// Load the reporter now: its exit hook then also reports compile errors, which make as-pect
// exit before it would load the reporter itself.
require("./tests/assembly/reporter.js");

module.exports = {
  entries: ["tests/assembly/**/*.spec.ts"],
  // No per-test includes; as-pect's own assembly library comes from as-pect.asconfig.json.
  include: ["tests/assembly/**/*.include.ts"],
  disclude: [/node_modules/],
  // Prints `assembly: N passed, N failed` as the last line; exit status stays as-pect's.
  reporter: "tests/assembly/reporter.js",
  async instantiate(memory, createImports, instantiate, binary) {
    return instantiate(binary, createImports({ env: { memory } }));
  },
  outputBinary: false,
};
