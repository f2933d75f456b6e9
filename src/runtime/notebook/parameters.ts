import { joinSource, splitLines, tagsOf, type Cell, type CodeCell, type Notebook } from "./nbformat";

/** Parameter values by name, as given with `-p name=value`. */
export type Parameters = Record<string, unknown>;

/** How a parameter is declared in the `parameters` cell; decides how the injected cell overrides it. */
export type DeclarationKind = "let" | "var" | "const";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Parses one `-p` argument: `name=value`, the value as JSON when it is JSON and as a string otherwise
 * (as papermill's `-p` does), so `-p capacityHours=120` is a number and `-p currency=USD` a string.
 *
 * @example
 * parseParameterArg("capacityHours=120") // { success: true, name: "capacityHours", value: 120 }
 * parseParameterArg('label="a=b"')        // { success: true, name: "label", value: "a=b" }
 */
export function parseParameterArg(
  arg: string,
): { success: true; name: string; value: unknown } | { success: false; error: string } {
  const at = arg.indexOf("=");
  if (at <= 0) return { success: false, error: `-p expects name=value, got ${JSON.stringify(arg)}` };
  const name = arg.slice(0, at).trim();
  const raw = arg.slice(at + 1);
  if (!IDENTIFIER.test(name))
    return { success: false, error: `-p ${JSON.stringify(name)}: a parameter name must be a TypeScript identifier` };
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the text itself, as papermill does for strings.
  }
  if (typeof value === "number" && !Number.isFinite(value))
    return { success: false, error: `-p ${name}: ${raw} is not a finite number` };
  return { success: true, name, value };
}

/**
 * The variables a `parameters` cell declares at top level, one declaration per line:
 * `let capacityHours = 100;`, `const currency: string = "RUB";`.
 *
 * @example
 * declaredParameters("let a = 1;\nconst b: string = 'x'; // note") // { a: "let", b: "const" }
 */
export function declaredParameters(source: string): Record<string, DeclarationKind> {
  const withoutBlockComments = source.replace(/\/\*[\s\S]*?\*\//g, "");
  const declared: Record<string, DeclarationKind> = {};
  for (const line of withoutBlockComments.split("\n")) {
    const match = /^\s*(?:export\s+)?(let|var|const)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) declared[match[2]] = match[1] as DeclarationKind;
  }
  return declared;
}

/**
 * The TypeScript of the injected cell. Variables declared with `let`/`var` are assigned, so the
 * parameters cell's type still checks the new value (a string for a number is a type error, not a
 * silent change); `const` ones are redeclared, which tslab allows across cells. Assignments sit in a
 * block because tslab prints the value of a cell's last expression.
 *
 * @example
 * injectedSource({ capacityHours: 120 }, { capacityHours: "let" })
 * // "// Injected by the runner (-p): replaces the defaults above.\n{\n  capacityHours = 120;\n}\n"
 */
export function injectedSource(values: Parameters, declared: Record<string, DeclarationKind>): string {
  const lines = ["// Injected by the runner (-p): replaces the defaults above."];
  const assignments: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const literal = toLiteral(value);
    if (declared[name] === "const") lines.push(`const ${name} = ${literal};`);
    else assignments.push(`  ${name} = ${literal};`);
  }
  if (assignments.length > 0) lines.push("{", ...assignments, "}");
  return lines.join("\n") + "\n";
}

/** Why parameters could not be injected. */
export type InjectionError =
  { kind: "no-parameters-cell" } | { kind: "unknown-parameters"; names: string[]; known: string[] };

/**
 * Describes an injection error for a person.
 *
 * @example
 * describeInjectionError({ kind: "unknown-parameters", names: ["x"], known: ["a"] })
 * // "unknown parameter x: the parameters cell declares a"
 */
export function describeInjectionError(error: InjectionError): string {
  if (error.kind === "no-parameters-cell")
    return 'the notebook has no cell tagged "parameters", so -p has nothing to override';
  const names = error.names.join(", ");
  const known = error.known.length > 0 ? error.known.join(", ") : "nothing";
  return `unknown parameter${error.names.length > 1 ? "s" : ""} ${names}: the parameters cell declares ${known}`;
}

/**
 * Papermill's rule for TypeScript notebooks: with parameters given, inserts a code cell tagged
 * `injected-parameters` right after the first cell tagged `parameters` (replacing an injected cell
 * already there). Every name must be declared in the parameters cell. The input is not changed.
 *
 * @example
 * injectParameters(notebook, { capacityHours: 120 }) // { success: true, notebook: <a copy with the new cell> }
 */
export function injectParameters(
  notebook: Notebook,
  values: Parameters,
):
  { success: true; notebook: Notebook; injectedIndex: number | undefined } | { success: false; error: InjectionError } {
  if (Object.keys(values).length === 0) return { success: true, notebook, injectedIndex: undefined };
  const at = notebook.cells.findIndex((c) => c.cell_type === "code" && tagsOf(c).includes("parameters"));
  const parametersCell = notebook.cells[at];
  if (parametersCell === undefined) return { success: false, error: { kind: "no-parameters-cell" } };
  const declared = declaredParameters(joinSource(parametersCell.source));
  const unknown = Object.keys(values).filter((name) => !(name in declared));
  if (unknown.length > 0)
    return { success: false, error: { kind: "unknown-parameters", names: unknown, known: Object.keys(declared) } };

  const injected: CodeCell = {
    cell_type: "code",
    execution_count: null,
    metadata: { tags: ["injected-parameters"] },
    outputs: [],
    source: splitLines(injectedSource(values, declared)),
  };
  const before = notebook.cells.slice(0, at + 1);
  const rest = notebook.cells.slice(at + 1);
  const after = rest[0] !== undefined && tagsOf(rest[0]).includes("injected-parameters") ? rest.slice(1) : rest;
  // nbformat 4.5 made cell ids mandatory.
  if (notebook.nbformat_minor >= 5) injected.id = uniqueId([...before, ...after], "injected-parameters");
  return {
    success: true,
    notebook: { ...notebook, cells: [...before, injected, ...after] },
    injectedIndex: at + 1,
  };
}

function uniqueId(cells: readonly Cell[], base: string): string {
  const taken = new Set(cells.map((c) => c.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A TypeScript literal for a JSON value. It is JSON, except that a `"__proto__"` key is written as a
 * computed key: in an object literal, `"__proto__": x` would set the prototype instead of a property.
 *
 * @example
 * toLiteral({ a: [1, "x"] })      // '{"a":[1,"x"]}'
 * toLiteral({ __proto__: null }) // '{["__proto__"]:null}' (for an own key named __proto__)
 */
export function toLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${k === "__proto__" ? `[${JSON.stringify(k)}]` : JSON.stringify(k)}:${toLiteral(v)}`,
    );
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
