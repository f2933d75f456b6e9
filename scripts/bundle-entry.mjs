// Bundles the package entry (dist/index.js as tsc and scripts/lazy-entry.mjs left it, and every dist module it
// reaches) into one file, dist/entry.js, the file `require("throughput-accounting")` and `import` load.
// Why: Node 20 resolves, reads and compiles each of the ~100 modules the entry reaches on its own; one file
// takes about 20 ms less to require (measured in test/bench/RESULTS-constraints.md, section 5), and every
// notebook, script and CLI-free use starts that much sooner. The modules are still evaluated on first use:
// esbuild wraps each CommonJS module in a function called on its first require, so the lazy edges (display,
// charts, explanations, …) stay lazy. Packages (decimal.js, highs, papaparse, danfojs-node, …) stay outside,
// resolved from node_modules as before. The per-file dist/ stays for the CLI, the runtime and the types.
// Run by `npm run build` after lazy-entry; fails the build if the bundle's export names differ from the entry's.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const entry = "dist/index.js";
const outfile = "dist/entry.js";

await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: ["node20"],
  packages: "external",
  // tsc's source maps (with their TypeScript inlined) are read back, so stack traces still map to src/.
  sourcemap: "linked",
  outfile,
  logLevel: "warning",
});

// Node's ESM loader reads a CommonJS module's export names from its text (cjs-module-lexer). The bundle
// ends in `module.exports = require_index()`, which names nothing, so the names are written out the way
// esbuild itself annotates its own CommonJS output: a statement that never runs (`0 && …`).
const require = createRequire(import.meta.url);
const names = Object.keys(require(`../${entry}`)).filter((name) => name !== "__esModule");
const bundled = Object.keys(require(`../${outfile}`)).filter((name) => name !== "__esModule");
if (names.join() !== bundled.join())
  throw new Error(`scripts/bundle-entry.mjs: ${outfile} exports [${bundled}], ${entry} exports [${names}]`);
const text = readFileSync(outfile, "utf8");
const mapComment = "//# sourceMappingURL=entry.js.map";
if (!text.includes(mapComment)) throw new Error(`scripts/bundle-entry.mjs: no ${mapComment} in ${outfile}`);
const annotation = `// Export names for Node's ESM loader (never run).\n0 && (module.exports = {\n${names.map((name) => `  ${name},`).join("\n")}\n});\n`;
writeFileSync(outfile, text.replace(mapComment, `${annotation}${mapComment}`));
