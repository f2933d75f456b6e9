import { describe, expect, it } from "vitest";
import { findJupyterApp, HOW_TO_GET_JUPYTER } from "../../../src/runtime/jupyter";

describe("npm run jupyter", () => {
  it("prefers Jupyter Notebook, falls back to JupyterLab, and finds none when neither answers", () => {
    const asked: string[][] = [];
    const only = (app: string) => (args: string[]) => (asked.push(args), args[0] === app);
    expect(findJupyterApp(only("notebook"))).toBe("notebook");
    expect(findJupyterApp(only("lab"))).toBe("lab");
    expect(findJupyterApp(only("none"))).toBeUndefined();
    expect(asked).toContainEqual(["notebook", "--version"]);
  });

  it("tells how to get Jupyter, and the routes that need none", () => {
    expect(HOW_TO_GET_JUPYTER).toContain("sudo apt-get install jupyter-notebook");
    expect(HOW_TO_GET_JUPYTER).toContain("pip install notebook");
    expect(HOW_TO_GET_JUPYTER).toContain("VS Code");
    expect(HOW_TO_GET_JUPYTER).toContain("npm start");
  });
});
