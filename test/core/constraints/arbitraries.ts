import fc from "fast-check";
import { defineModel, money, toDecimal, type BusinessModel } from "../../../src/core";

/**
 * A random small model for differential tests: prices in cents, times in quarter minutes or hours, whole and
 * fractional products, political limits, share-of-price TVC, products without demand or usage.
 */
export const arbitraryModel = (): fc.Arbitrary<BusinessModel> =>
  fc.integer({ min: 0, max: 4 }).chain((resourceCount) =>
    fc
      .record({
        capacities: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 3000 }), hours: fc.boolean() }), {
          minLength: resourceCount,
          maxLength: resourceCount,
        }),
        products: fc.array(
          fc.record({
            priceCents: fc.integer({ min: 0, max: 50_000 }),
            materialsCents: fc.integer({ min: 0, max: 30_000 }),
            taxPercent: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
            whole: fc.boolean(),
            demand: fc.option(
              fc.integer({ min: 0, max: 400 }).map((q) => q / 4),
              { nil: undefined },
            ),
            minimumShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
            maximumShare: fc.oneof(fc.constant(0), fc.double({ min: 0.2, max: 1.2, noNaN: true })),
            minutes: fc.array(
              fc.oneof(
                fc.constant(0),
                fc.integer({ min: 1, max: 240 }).map((q) => q / 4),
              ),
              { minLength: resourceCount, maxLength: resourceCount },
            ),
            hourUsage: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      })
      .map((s) =>
        defineModel({
          currency: "USD",
          products: s.products.map((p, i) => ({
            id: `p${i}`,
            name: `Product ${i}`,
            type: "product" as const,
            price: money(toDecimal(p.priceCents).dividedBy(100), "USD"),
            tvc: [
              {
                kind: "materials" as const,
                name: "m",
                basis: "per-unit" as const,
                amount: money(toDecimal(p.materialsCents).dividedBy(100), "USD"),
              },
              ...(p.taxPercent
                ? [
                    {
                      kind: "sales-tax" as const,
                      name: "tax",
                      basis: "share-of-price" as const,
                      rate: toDecimal(p.taxPercent).dividedBy(100),
                    },
                  ]
                : []),
            ],
            wholeUnits: p.whole,
          })),
          resources: s.capacities.map((capacity, r) => ({
            id: `r${r}`,
            name: `Resource ${r}`,
            capacity: capacity.amount,
            unit: capacity.hours ? ("hour" as const) : ("minute" as const),
          })),
          usages: s.products.flatMap((p, i) =>
            p.minutes.flatMap((minutes, r) =>
              minutes === 0
                ? []
                : [
                    {
                      productId: `p${i}`,
                      resourceId: `r${r}`,
                      timePerUnit: p.hourUsage
                        ? minutes / 60 === Math.round((minutes / 60) * 1e6) / 1e6
                          ? minutes / 60
                          : minutes
                        : minutes,
                      unit:
                        p.hourUsage && minutes / 60 === Math.round((minutes / 60) * 1e6) / 1e6
                          ? ("hour" as const)
                          : ("minute" as const),
                    },
                  ],
            ),
          ),
          demand: s.products.flatMap((p, i) => {
            if (p.demand === undefined) return [];
            const demand = p.whole ? Math.floor(p.demand) : p.demand;
            const minimum = p.minimumShare > 0 ? Math.floor(demand * p.minimumShare) : undefined;
            const maximum =
              p.maximumShare > 0 ? Math.max(minimum ?? 0, Math.floor(demand * p.maximumShare)) : undefined;
            return [
              {
                productId: `p${i}`,
                quantity: demand,
                ...(minimum === undefined ? {} : { minimum }),
                ...(maximum === undefined ? {} : { maximum }),
              },
            ];
          }),
        }),
      ),
  );
