import { loadsOf } from "../../core/constraints/load";
import { mixProblemOf } from "../../core/constraints/problem";
import { convertTime } from "../../core/constraints/time";
import { evaluateSpecialOrder } from "../../core/decisions/special-order";
import type { BusinessModel, Product } from "../../core/model/types";
import { compare, money } from "../../core/money/money";
import { periodsOf } from "../../core/throughput/period";
import { throughputReport } from "../../core/throughput/report";
import { tvcPerUnit } from "../../core/throughput/unit";
import { fillLabel } from "../../i18n/labels";
import { defineCommand, loadFolder, numberOption, stringOption, type CommandSpec } from "../args";
import { InputError, UsageError } from "../errors";
import { cliLocale, lineMoney, quantity, unitText, words } from "../format";
import { exactJson } from "../json";
import type { Command } from "./io";

const spec = {
  name: "special-order",
  summary: "judge a special price for idle capacity: ΔT against ΔOE, from the model's sales and resources",
  usage: `Usage: throughput-accounting special-order <model-folder> --product <id> [--price <p>] [--quantity <n>] [--period <name>] [--json] [--locale ru|en]

An offer to buy <n> units of a product at a special price. Its TVC (at that price), the time it needs and
the capacity left idle by the period's recorded sales come from the model; the order is worth taking when
its price covers TVC and it fits in idle capacity (then OE does not change and ΔT goes to NP).

Options:
  --product <id>    the product ordered (its TVC and resource usage apply to the order)
  --price <p>       the price offered per unit (default: the product's own price)
  --quantity <n>    units ordered (default 1)
  --period <name>   the period whose idle capacity the order would use (default: the only period of
                    sales.csv; required when there are several)
  --json            machine-readable output (money as decimal strings)
  --locale ru|en    language and number format of the text output (default en)
  -h, --help        this help
Example: throughput-accounting special-order data/hall-rental --product hall-evening --price 10`,
  options: {
    product: { type: "string" },
    price: { type: "string" },
    quantity: { type: "string" },
    period: { type: "string" },
  },
} as const satisfies CommandSpec<Record<string, { type: "string" }>>;

/** The resource that limits the order most: the one where the fewest extra units fit in its idle time. */
function tightestResource(model: BusinessModel, product: Product, period: string | undefined) {
  const problem = mixProblemOf(model, { political: false });
  const sold = problem.products.map((p) =>
    model.sales
      .filter((sale) => sale.productId === p.id && (period === undefined || sale.period === period))
      .reduce((sum, sale) => sum + sale.quantity, 0),
  );
  const loads = loadsOf(problem, sold);
  let best:
    | { resourceId: string; unit: (typeof loads)[number]["unit"]; perUnit: number; idle: number; fits: number }
    | undefined;
  for (const usage of model.usages) {
    if (usage.productId !== product.id || usage.timePerUnit <= 0) continue;
    const load = loads.find((candidate) => candidate.resourceId === usage.resourceId)!;
    const perUnit = convertTime(usage.timePerUnit, usage.unit, load.unit);
    const idle = Math.max(0, load.spare);
    const fits = idle / perUnit;
    if (best === undefined || fits < best.fits)
      best = { resourceId: load.resourceId, unit: load.unit, perUnit, idle, fits };
  }
  return best;
}

/** `special-order`: the hall at 10 instead of 50, judged by ΔT against ΔOE. */
export const specialOrderCommand: Command = defineCommand(spec, async (args, io) => {
  const productId = stringOption(args.values, "product");
  if (productId === undefined) throw new UsageError("missing --product <id>: the product ordered", spec.usage);
  const count = numberOption(args.values, "quantity", spec.usage) ?? 1;
  if (count <= 0)
    throw new UsageError(`--quantity must be a number > 0, got "${String(args.values.quantity)}"`, spec.usage);
  const model = await loadFolder(args.folder, io.err);
  const product = model.products.find((candidate) => candidate.id === productId);
  if (!product)
    throw new InputError(
      `no product "${productId}" in the model; its products: ${model.products.map((p) => p.id).join(", ")}`,
    );
  const priceText = stringOption(args.values, "price");
  let price = product.price;
  if (priceText !== undefined) {
    try {
      price = money(priceText, model.currency);
    } catch {
      throw new UsageError(`--price must be an amount such as 10 or 10.50, got "${priceText}"`, spec.usage);
    }
    if (price.amount.isNegative()) throw new UsageError(`--price must be ≥ 0, got "${priceText}"`, spec.usage);
  }
  const periods = periodsOf(model);
  let period = stringOption(args.values, "period");
  if (period === undefined && periods.length > 1)
    throw new UsageError(
      `the model has sales in ${periods.length} periods (${periods.join(", ")}): say which with --period`,
      spec.usage,
    );
  period ??= periods[0];
  if (period !== undefined && !periods.includes(period) && model.sales.length > 0)
    throw new InputError(`no sales in period "${period}"; the model's periods: ${periods.join(", ")}`);
  const resource = tightestResource(model, product, period);
  if (!resource)
    throw new InputError(
      `product "${productId}" uses no resource (usage.csv), so no capacity can be idle or displaced: ΔT = (price − TVC) × quantity decides alone`,
    );
  const tvc = tvcPerUnit(product, price);
  const report = period === undefined ? undefined : throughputReport(model, { period });
  const evaluation = evaluateSpecialOrder({
    price,
    tvcPerUnit: tvc,
    quantity: count,
    ...(compare(price, product.price) === 0 ? {} : { marketPrice: product.price }),
    capacityPerUnit: resource.perUnit,
    idleCapacity: resource.idle,
    ...(report && model.operatingExpenses.length > 0
      ? { operatingExpenseCovered: !report.netProfit.amount.isNegative() }
      : {}),
  });
  if (args.values.json) {
    io.out(
      exactJson({
        model: model.name,
        currency: model.currency,
        product: product.id,
        price,
        marketPrice: product.price,
        quantity: count,
        period: period ?? null,
        resource: { id: resource.resourceId, unit: resource.unit, perUnit: resource.perUnit, idle: resource.idle },
        accept: evaluation.accept,
        throughputPerUnit: evaluation.throughputPerUnit,
        tvcPerUnit: tvc,
        deltaThroughput: evaluation.deltaThroughput,
        deltaOperatingExpense: evaluation.deltaOperatingExpense,
        deltaNetProfit: evaluation.deltaNetProfit,
        capacityNeeded: evaluation.capacityNeeded,
        idleCapacity: evaluation.idleCapacity,
        reasons: evaluation.reasons,
      }),
    );
    return 0;
  }
  const w = words();
  const title = { model: model.name, quantity: quantity(count), product: product.id, price: lineMoney(price) };
  io.out(`${fillLabel(w.specialOrderTitle, { ...title, currency: model.currency })}\n`);
  io.out(
    fillLabel(w.specialOrderFacts, {
      perUnit: lineMoney(evaluation.throughputPerUnit),
      tvc: lineMoney(tvc),
      needed: quantity(evaluation.capacityNeeded),
      unit: unitText(resource.unit),
      resource: resource.resourceId,
      idle: quantity(resource.idle),
      period: period ?? "-",
    }),
  );
  // The core explains itself in English; the Russian output keeps to the labelled facts and the verdict.
  if (cliLocale() === "en") for (const reason of evaluation.reasons) io.out(`  - ${reason}`);
  io.out(
    `\n${evaluation.accept ? fillLabel(w.orderAccept, { deltaNP: lineMoney(evaluation.deltaNetProfit) }) : w.orderReject}`,
  );
  return 0;
});
