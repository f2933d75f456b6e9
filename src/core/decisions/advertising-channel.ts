import { divide, multiply, subtract, type Money } from "../money/money";
import { toDecimal, type DecimalInput } from "../money/decimal";

/** What an advertising channel cost and brought in a period. */
export interface AdvertisingChannelInput {
  readonly name: string;
  /** Money paid to the channel: OE, since it is spent whether or not anyone buys. */
  readonly spend: Money;
  readonly clicks: number;
  readonly leads: number;
  readonly buyers: number;
  /** Revenue from those buyers. */
  readonly revenue: Money;
  /** The share of revenue that is T (T / revenue) for what they bought: 1 minus the TVC share. */
  readonly throughputRatio: DecimalInput;
}

/** A channel judged by ΔT against ΔOE, with the usual per-lead figures beside. */
export interface AdvertisingChannelResult {
  readonly kind: "advertising-channel";
  readonly name: string;
  readonly spend: Money;
  readonly costPerClick?: Money;
  readonly costPerLead?: Money;
  readonly costPerBuyer?: Money;
  readonly deltaThroughput: Money;
  readonly deltaOperatingExpense: Money;
  readonly deltaNetProfit: Money;
  readonly worthIt: boolean;
}

/**
 * The talk's advertising example: 100 paid for 10 clicks and 10 leads (10 a lead) and one buyer of 100.
 * The spend is OE, not TVC: it would have been spent had nobody bought. The channel pays when the T its
 * buyers bring exceeds it.
 *
 * @example
 * const ad = advertisingChannel({ name: "context ads", spend: money(100), clicks: 10, leads: 10, buyers: 1,
 *                                 revenue: money(100), throughputRatio: "0.7333" });
 * ad.costPerLead;   // 10 RUB
 * ad.worthIt;       // false: T 73.33 < OE 100
 */
export function advertisingChannel(input: AdvertisingChannelInput): AdvertisingChannelResult {
  const per = (count: number) => (count > 0 ? divide(input.spend, count) : undefined);
  const deltaThroughput = multiply(input.revenue, toDecimal(input.throughputRatio));
  const deltaNetProfit = subtract(deltaThroughput, input.spend);
  const costPerClick = per(input.clicks);
  const costPerLead = per(input.leads);
  const costPerBuyer = per(input.buyers);
  return {
    kind: "advertising-channel",
    name: input.name,
    spend: input.spend,
    ...(costPerClick ? { costPerClick } : {}),
    ...(costPerLead ? { costPerLead } : {}),
    ...(costPerBuyer ? { costPerBuyer } : {}),
    deltaThroughput,
    deltaOperatingExpense: input.spend,
    deltaNetProfit,
    worthIt: deltaNetProfit.amount.greaterThan(0),
  };
}
