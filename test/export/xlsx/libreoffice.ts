import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

// A profile of its own (never the user's), told to recalculate every formula of an .xlsx on load instead
// of trusting the cached values: the test must see LibreOffice's arithmetic, not ours.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each workbook in LibreOffice Calc (headless, with a private profile in a temporary folder),
 * recalculates it and saves it as .xlsx again; returns the recalculated files, in the order given.
 * One LibreOffice start for all files: it takes seconds.
 */
export async function recalculateWithLibreOffice(files: readonly string[]): Promise<string[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ta-soffice-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const outDir = path.join(work, "out");
  fs.mkdirSync(outDir);
  const names = files.map((file) => path.basename(file));
  if (new Set(names).size !== names.length) throw new Error("workbooks to recalculate need distinct file names");
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...files,
      ],
      {
        timeout: 240_000,
      },
    );
  } catch (error) {
    throw new Error(
      `LibreOffice (soffice) could not recalculate the workbooks; is libreoffice-calc installed? ${(error as Error).message}`,
      { cause: error },
    );
  }
  return names.map((name) => {
    const out = path.join(outDir, name);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}
