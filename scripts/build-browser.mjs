// Bundles the live what-if (the core, i18n, the figure builders and src/display/what-if-browser.ts) for
// the browser: one IIFE file, dist/browser/what-if.js, that pages inline or load once. Run by `npm run build`.
import { build } from "esbuild";
import { statSync } from "node:fs";

const outfile = "dist/browser/what-if.js";

// The browser recomputes ranking plans only; HiGHS (WebAssembly, ~2 MB) is reached through the core's
// index but never called there, so it is replaced by a module that says so if anything ever does.
const noSolver = {
  name: "no-solver-in-the-browser",
  setup(b) {
    b.onResolve({ filter: /^highs$/ }, () => ({ path: "highs", namespace: "no-solver" }));
    b.onLoad({ filter: /.*/, namespace: "no-solver" }, () => ({
      contents:
        "module.exports = function loadHighs() { return Promise.reject(new Error('the optimal mix (HiGHS) is not in the browser bundle')); };",
      loader: "js",
    }));
  },
};

// The solver's loader sets a V8 flag through node:v8 when it loads HiGHS (never in the browser). Both stand-ins
// are CommonJS, as the solver requires them on its first solve.
const noNodeV8 = {
  name: "no-node-v8-in-the-browser",
  setup(b) {
    b.onResolve({ filter: /^node:v8$/ }, () => ({ path: "node:v8", namespace: "no-node-v8" }));
    b.onLoad({ filter: /.*/, namespace: "no-node-v8" }, () => ({
      contents: "exports.setFlagsFromString = function setFlagsFromString() {};",
      loader: "js",
    }));
  },
};

await build({
  entryPoints: ["src/display/what-if-browser.ts"],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["es2020"],
  minify: true,
  legalComments: "inline",
  outfile,
  plugins: [noSolver, noNodeV8],
  logLevel: "warning",
});
const size = statSync(outfile).size;
if (process.argv.includes("--verbose")) console.log(`${outfile}: ${(size / 1024).toFixed(0)} kB`);
