/** What the display layer needs of tslab's `display`: one mime type per call. */
export interface DisplayTarget {
  html(html: string): void;
  text(text: string): void;
}

interface TslabGlobal {
  readonly require?: (id: string) => unknown;
}

/**
 * tslab's `display` of the running kernel, or undefined outside a kernel.
 *
 * Why not a plain `require("tslab")`: tslab hooks `require("tslab")` only for code typed in a cell, and
 * this library is loaded from node_modules, where a plain require may find another copy of tslab (the
 * project's, not the kernel's) whose display is "Not ready". The kernel publishes its own require as
 * `globalThis.__tslab__.require`, which returns the kernel's own tslab.
 */
export function kernelDisplay(): DisplayTarget | undefined {
  const tslab = (globalThis as { __tslab__?: TslabGlobal }).__tslab__;
  if (tslab === undefined || typeof tslab.require !== "function") return undefined;
  try {
    const module = tslab.require("tslab") as { display?: DisplayTarget } | undefined;
    return module?.display;
  } catch {
    return undefined;
  }
}

/**
 * Sends HTML to the notebook, or writes the text to stdout when there is no kernel (a script, a test,
 * a REPL) or the kernel refuses (tslab's display throws "Not ready" outside a cell's execution).
 * Returns where it went.
 */
export function emit(html: string, text: string, target?: DisplayTarget): "html" | "text" {
  const display = target ?? kernelDisplay();
  if (display !== undefined) {
    try {
      display.html(html);
      return "html";
    } catch {
      // fall through to text
    }
  }
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return "text";
}
