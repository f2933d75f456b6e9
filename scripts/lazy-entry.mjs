// Makes the package entry (dist/index.js) load its edge modules — display, charts, explanations, export,
// exercises, i18n — when one of their names is first read, not when the package is required: a script
// that only calls loadModel and rankingMix starts without compiling some fifty modules it never uses.
// The compiled re-exports stay as TypeScript wrote them (`get: function () { return display_1.show; }`,
// the form Node's ESM loader reads names from), only `display_1` becomes a proxy that requires the module
// on first read. Run by `npm run build` after tsc; fails the build if the emitted form ever changes.
import { readFileSync, writeFileSync } from "node:fs";

const file = "dist/index.js";
const LAZY = ["display", "charts", "explain", "export", "exercises", "i18n"];
const HELPER =
  "function lazyModule(load) { let loaded; return new Proxy({}, { get: (_target, key) => (loaded ??= load())[key] }); }";

let text = readFileSync(file, "utf8");
for (const name of LAZY) {
  const pattern = new RegExp(`^var (${name}_\\d+) = require\\("\\./${name}"\\);$`, "gm");
  let found = 0;
  text = text.replace(pattern, (_line, variable) => {
    found++;
    return `var ${variable} = lazyModule(() => require("./${name}"));`;
  });
  if (found === 0) throw new Error(`scripts/lazy-entry.mjs: no \`var ${name}_N = require("./${name}")\` in ${file}`);
}
// On the "use strict" line, so the source map's lines still match.
if (!text.startsWith('"use strict";\n'))
  throw new Error(`scripts/lazy-entry.mjs: ${file} does not start with "use strict"`);
text = text.replace('"use strict";\n', `"use strict"; ${HELPER}\n`);
writeFileSync(file, text);
