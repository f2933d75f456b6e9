/**
 * The bench's model folders: `count` products on four resources (A the CCR), deterministic, written once
 * under out/bench and reused.
 */
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import * as path from "node:path";

const GENERATOR_VERSION = 1;

/** A small deterministic PRNG (mulberry32), so every run benches the same files. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes (under out/bench) a model folder of `count` products on four resources (A the CCR) unless it is already there. */
export function generateFolder(count: number): string {
  const folder = path.join(__dirname, "..", "..", "out", "bench", `constraints-${count}-v${GENERATOR_VERSION}`);
  const done = path.join(folder, ".complete");
  if (existsSync(done)) return folder;
  mkdirSync(folder, { recursive: true });
  const next = random(20261129);
  const chunked = (file: string, header: string, row: (p: number) => string) => {
    const fd = openSync(path.join(folder, file), "w");
    writeSync(fd, `${header}\n`);
    let buffer: string[] = [];
    for (let p = 0; p < count; p++) {
      const text = row(p);
      if (text) buffer.push(text);
      if (buffer.length >= 50_000) {
        writeSync(fd, `${buffer.join("\n")}\n`);
        buffer = [];
      }
    }
    if (buffer.length) writeSync(fd, `${buffer.join("\n")}\n`);
    closeSync(fd);
  };
  const id = (p: number) => `p${String(p).padStart(7, "0")}`;
  const prices = Array.from({ length: count }, () => (100 + Math.floor(next() * 99_900)) / 100);
  chunked(
    "products.csv",
    "id,name,type,category,price,whole_units,unit_name",
    (p) => `${id(p)},Product ${p},product,cat${p % 10},${prices[p]},yes,unit`,
  );
  chunked(
    "tvc.csv",
    "product_id,kind,name,amount,rate",
    (p) => `${id(p)},materials,Materials,${(Math.floor(prices[p]! * 100 * next() * 0.8) / 100).toFixed(2)},`,
  );
  const resourceIds = ["A", "B", "C", "D"];
  chunked("usage.csv", "product_id,resource_id,time_per_unit,unit", (p) => {
    if (next() < 0.02) return ""; // 2 % take no resource time at all (like a retail product)
    const first = Math.floor(next() * 4);
    const second = (first + 1 + Math.floor(next() * 3)) % 4;
    const [a, b] = first < second ? [first, second] : [second, first];
    const time = () => (1 + Math.floor(next() * 20)) / 2; // 0.5 … 10 minutes
    return `${id(p)},${resourceIds[a]},${time()},minute\n${id(p)},${resourceIds[b]},${time()},minute`;
  });
  chunked("demand.csv", "product_id,quantity,minimum,maximum", (p) => `${id(p)},${1 + Math.floor(next() * 100)},,`);
  // About 1.25e8 minutes of demand per resource: A binds at half of it, the others later or never.
  const scale = count / 1_000_000;
  writeFileSync(
    path.join(folder, "resources.csv"),
    `id,name,capacity,unit\nA,Resource A,${Math.round(1_000_000 * scale)},hour\nB,Resource ` +
      `B,${Math.round(90_000_000 * scale)},minute\nC,Resource ` +
      `C,${Math.round(150_000_000 * scale)},minute\nD,Resource D,${Math.round(200_000_000 * scale)},minute\n`,
  );
  writeFileSync(
    path.join(folder, "operating_expenses.csv"),
    `id,name,category,amount,period\noe,Operating expense,other,${Math.round(500_000_000 * scale)},\n`,
  );
  writeFileSync(path.join(folder, "model.csv"), "name,currency,period_unit\nBench,USD,month\n");
  writeFileSync(done, "");
  return folder;
}
