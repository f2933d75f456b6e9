import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Writes a model folder of CSV files (text is written as UTF-8) into a fresh temporary folder. */
export function writeModelFolder(files: Record<string, string | Uint8Array>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ta-load-"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content);
  return folder;
}

/** A minimal valid salon, for tests that break one file of it. */
export const GOOD = {
  "products.csv": "id,name,type,price\nhaircut,Haircut,service,10\n",
  "tvc.csv": "product_id,kind,amount\nhaircut,piece-rate,3\nhaircut,materials,2\n",
  "sales.csv": "period,product_id,quantity\nmonth-1,haircut,10\n",
  "operating_expenses.csv": "id,name,category,amount\nrent,Rent,rent,40\n",
};

/** Silences warnings in tests that do not look at them. */
export const quiet = { onWarning: () => {} };
