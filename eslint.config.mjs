// Lint (`npm run lint`): typescript-eslint's recommended rules over the library, its tests and scripts.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // out/ holds what `npm start` generates (the handout, its bundled scripts): not our source.
  { ignores: ["dist/", "node_modules/", "notebooks/", "out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // `{ index: _, ...rest }` drops a key on purpose; a leading underscore marks a parameter a signature needs.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-require-imports": [
        "error",
        {
          // Loaded on demand, synchronously: danfojs-node is an optional peer dependency (read-table.ts),
          // exceljs's cell parser is patched from its internal module (xlsx-load.ts), and HiGHS with node:v8
          // load on the first solve, not with the package (solver.ts). Anything else is an import.
          allow: ["^danfojs-node$", "^exceljs/lib/xlsx/xform/sheet/cell-xform\\.js$", "^highs$", "^node:v8$"],
        },
      ],
    },
  },
  {
    // CommonJS scripts (a bench that measures the built package as a script loads it): require is the way.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
