/**
 * The whole-unit bench's model folders: `products` × `resources`, deterministic from a seed, written once
 * under out/bench and reused. Shaped like a real shop's model: each product on one to four resources (half
 * minutes up to 20 minutes a unit), T between a fifth and four fifths of a price of 20 to 500, demand of 5 to
 * 100 units; about a third of the resources (at least one) short of the demand's minutes, the rest with room.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { random } from "./constraints-data";

const GENERATOR_VERSION = 1;

/** The sizes benched: up to the real-size bound of 200 products × 15 resources. */
export const MIP_SIZES: readonly (readonly [products: number, resources: number])[] = [
  [20, 4],
  [50, 6],
  [100, 10],
  [200, 15],
];

/** Writes (under out/bench) the folder of one whole-unit model unless it is already there; returns its path. */
export function generateMipFolder(products: number, resources: number, seed: number): string {
  const folder = path.join(
    __dirname,
    "..",
    "..",
    "out",
    "bench",
    `mip-${products}x${resources}-s${seed}-v${GENERATOR_VERSION}`,
  );
  const done = path.join(folder, ".complete");
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  const next = random(seed);
  const pick = (count: number) => Math.floor(next() * count);
  const id = (p: number) => `p${String(p).padStart(3, "0")}`;
  const resourceId = (r: number) => `r${String(r).padStart(2, "0")}`;
  const productRows: string[] = [];
  const tvcRows: string[] = [];
  const usageRows: string[] = [];
  const demandRows: string[] = [];
  const demandMinutes = new Array<number>(resources).fill(0);
  for (let p = 0; p < products; p++) {
    const cents = 2_000 + pick(48_001); // 20.00 … 500.00
    const materials = Math.floor(cents * (0.2 + 0.6 * next()));
    const demand = 5 + pick(96);
    productRows.push(`${id(p)},Product ${p},product,,${(cents / 100).toFixed(2)},yes,unit`);
    tvcRows.push(`${id(p)},materials,Materials,${(materials / 100).toFixed(2)},`);
    demandRows.push(`${id(p)},${demand},,`);
    const uses = new Set<number>();
    const count = 1 + pick(Math.min(4, resources));
    while (uses.size < count) uses.add(pick(resources));
    for (const r of [...uses].sort((a, b) => a - b)) {
      const halfMinutes = 1 + pick(40); // 0.5 … 20 minutes
      usageRows.push(`${id(p)},${resourceId(r)},${halfMinutes / 2},minute`);
      demandMinutes[r]! += (demand * halfMinutes) / 2;
    }
  }
  // A third of the resources (at least one) get 45–80 % of the minutes demand asks of them: they compete.
  const short = new Set<number>();
  while (short.size < Math.max(1, Math.round(resources / 3))) short.add(pick(resources));
  const resourceRows = Array.from({ length: resources }, (_, r) => {
    const share = short.has(r) ? 0.45 + 0.35 * next() : 1.05 + 0.5 * next();
    return `${resourceId(r)},Resource ${r},${Math.max(60, Math.round(demandMinutes[r]! * share))},minute`;
  });
  const write = (file: string, header: string, rows: readonly string[]) =>
    writeFileSync(path.join(folder, file), `${header}\n${rows.join("\n")}\n`);
  write("products.csv", "id,name,type,category,price,whole_units,unit_name", productRows);
  write("tvc.csv", "product_id,kind,name,amount,rate", tvcRows);
  write("usage.csv", "product_id,resource_id,time_per_unit,unit", usageRows);
  write("demand.csv", "product_id,quantity,minimum,maximum", demandRows);
  write("resources.csv", "id,name,capacity,unit", resourceRows);
  write("operating_expenses.csv", "id,name,category,amount,period", [`oe,Operating expense,other,${products * 500},`]);
  write("model.csv", "name,currency,period_unit", [`Whole-unit bench ${products}x${resources},USD,week`]);
  writeFileSync(done, "");
  return folder;
}
