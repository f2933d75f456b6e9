import { parseParameterArg, type Parameters } from "../notebook/parameters";
import { gridRuns, MAX_GRID_RUNS, parseGridArg } from "./grid";

/** The options of `npm start`. */
export interface CliOptions {
  notebooks: string[];
  parameters: Parameters;
  /** `--grid NAME=V1,V2,…` (repeatable): a sweep, every combination run once. */
  grid: Record<string, unknown[]>;
  outDir: string;
  /** Per-cell timeout in seconds. */
  timeoutSeconds: number;
  startupTimeoutSeconds: number;
  /** "auto" draws a progress bar on a terminal and plain lines otherwise. */
  progress: "auto" | "plain" | "none";
  /** `--standalone`: inline plotly.js and the what-if bundle into every page instead of sharing out/assets/. */
  standalone: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [NOTEBOOK.ipynb ...] [options]

Runs notebooks headless in the project's tslab kernel and writes executed copies and offline HTML.
Without notebook paths, runs every notebooks/*.ipynb in order.

Options:
  -p, --parameter NAME=VALUE   override a default of the cell tagged "parameters" (VALUE is JSON,
                               else a string); repeatable. Example: -p capacityHours=120
      --grid NAME=V1,V2,...    a sweep: run each notebook once per value (each JSON, else a string;
                               commas inside [..], {..} or "..." do not split); repeatable, every
                               combination runs. Writes out/NAME.run-K.html per run and
                               out/NAME.compare.html: one column per run, one row per figure the
                               notebook record()s. Example: --grid capacityHours=80,100,120
  -o, --out DIR                output folder (default: out)
  -t, --timeout SECONDS        limit per cell (default: 120)
      --startup-timeout SECONDS  limit for the kernel to start (default: 60)
      --standalone             inline plotly.js and the what-if bundle into every page (one file
                               to e-mail) instead of sharing one copy in out/assets/
      --plain                  plain progress lines even on a terminal
      --quiet                  no progress, only the summary
  -h, --help                   this text

Writes out/NAME.html (offline; charts load out/assets/*.js), out/notebooks/NAME.ipynb (executed copy) and out/index.html.
Exit code: 0 when every notebook ran without error, 1 when one failed, 2 for bad arguments, 130 on Ctrl-C.`;

/**
 * Parses `npm start` arguments into options, or an error message (errors as data: the CLI prints it with the usage).
 *
 * @example
 * parseArgs(["notebooks/03-ranking.ipynb", "-p", "capacityHours=120"])
 * // { success: true, options: { notebooks: ["notebooks/03-ranking.ipynb"], parameters: { capacityHours: 120 }, ... } }
 */
export function parseArgs(
  argv: readonly string[],
): { success: true; options: CliOptions } | { success: false; error: string } {
  const options: CliOptions = {
    notebooks: [],
    parameters: {},
    grid: {},
    outDir: "out",
    timeoutSeconds: 120,
    startupTimeoutSeconds: 60,
    progress: "auto",
    standalone: false,
    help: false,
  };
  const args = [...argv];
  const seconds = (flag: string, value: string | undefined): number | string => {
    const n = Number(value);
    return value !== undefined && Number.isFinite(n) && n > 0
      ? n
      : `${flag} expects a positive number of seconds, got ${value === undefined ? "nothing" : JSON.stringify(value)}`;
  };
  while (args.length > 0) {
    const arg = args.shift() as string;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => inline ?? args.shift();
    switch (flag) {
      case "-p":
      case "--parameter": {
        const v = value();
        if (v === undefined) return { success: false, error: `${flag} expects name=value` };
        const parsed = parseParameterArg(v);
        if (!parsed.success) return { success: false, error: parsed.error };
        options.parameters[parsed.name] = parsed.value;
        break;
      }
      case "--grid": {
        const v = value();
        if (v === undefined) return { success: false, error: `--grid expects name=value,value,…` };
        const parsed = parseGridArg(v);
        if (!parsed.success) return { success: false, error: parsed.error };
        if (options.grid[parsed.name] !== undefined)
          return { success: false, error: `--grid ${parsed.name} is given twice: list all its values in one --grid` };
        options.grid[parsed.name] = parsed.values;
        break;
      }
      case "-o":
      case "--out": {
        const v = value();
        if (v === undefined || v === "") return { success: false, error: `${flag} expects a folder` };
        options.outDir = v;
        break;
      }
      case "-t":
      case "--timeout": {
        const s = seconds(flag, value());
        if (typeof s === "string") return { success: false, error: s };
        options.timeoutSeconds = s;
        break;
      }
      case "--startup-timeout": {
        const s = seconds(flag, value());
        if (typeof s === "string") return { success: false, error: s };
        options.startupTimeoutSeconds = s;
        break;
      }
      case "--standalone":
        options.standalone = true;
        break;
      case "--plain":
        options.progress = "plain";
        break;
      case "--quiet":
        options.progress = "none";
        break;
      case "-h":
      case "--help":
        options.help = true;
        break;
      default:
        if (arg.startsWith("-")) return { success: false, error: `unknown option ${arg}` };
        if (!arg.toLowerCase().endsWith(".ipynb"))
          return { success: false, error: `${arg} is not a notebook (.ipynb)` };
        options.notebooks.push(arg);
    }
  }
  const clash = Object.keys(options.grid).find((name) => name in options.parameters);
  if (clash) return { success: false, error: `${clash} is given both with -p and with --grid: keep one` };
  const runs = Object.values(options.grid).reduce((product, values) => product * values.length, 1);
  if (runs > MAX_GRID_RUNS)
    return {
      success: false,
      error: `the grid makes ${runs} runs per notebook, more than ${MAX_GRID_RUNS}: use fewer values`,
    };
  return { success: true, options };
}

/**
 * The parameter sets a parsed command line runs: one per combination of the grid (none without a grid).
 *
 * @example
 * gridOf(parseArgs(["--grid", "a=1,2"]).options); // [{ a: 1 }, { a: 2 }]
 */
export function gridOf(options: CliOptions): Parameters[] {
  return Object.keys(options.grid).length === 0 ? [] : gridRuns(options.grid);
}
