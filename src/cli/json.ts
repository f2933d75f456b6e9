import { isMoney, type Money } from "../core/money/money";

const MARK = "\u0000exact:";

/**
 * JSON text in which every amount of money is a JSON number written with its exact decimal digits
 * (`6300`, `0.625`, `1000000000000000000.01`): JSON numbers have no precision limit, only JS numbers do.
 * Other values serialise as usual.
 *
 * @example
 * exactJson({ throughput: money(6300) }); // '{\n  "throughput": 6300\n}'
 */
export function exactJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (isMoney(item)) return MARK + (item as Money).amount.toFixed();
      if (typeof item === "number" && !Number.isFinite(item)) return null;
      return item;
    },
    2,
  );
  return text.replace(/"\\u0000exact:(-?[0-9.]+)"/g, "$1");
}
