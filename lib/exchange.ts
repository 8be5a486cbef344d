// Converting an amount between currencies with stored annual average rates (ExchangeRate).
// Pure: the explorer and the tests share it. It never converts without a stored rate for
// the year, and returns every rate it used so the page can say which.
import { Prisma } from "./generated/prisma/client";
import type { Basis, Currency, Unit } from "./generated/prisma/enums";

export interface StoredRate {
  base: Currency;
  quote: Currency;
  year: number;
  /** Units of `quote` per one `base`, as a decimal string. */
  rate: string;
  source: { id: number; publisher: string; title: string; url: string };
}

export interface Conversion {
  /** The converted amount, rounded to whole units of `currency`, as a decimal string. */
  value: string;
  /** The converted high end of a range, with the same rates; null for one number. */
  valueHigh: string | null;
  currency: Currency;
  year: number;
  ratesUsed: StoredRate[];
}

const currencies: readonly string[] = ["USD", "VND", "JPY"] satisfies Currency[];
export const isCurrency = (unit: Unit | Currency): unit is Currency => currencies.includes(unit);

/** The rate of `quote` per `base` for the year, if stored (either way round). */
function findRate(
  rates: StoredRate[],
  from: Currency,
  to: Currency,
  year: number,
): { rate: StoredRate; invert: boolean } | null {
  const direct = rates.find((r) => r.year === year && r.base === from && r.quote === to);
  if (direct) return { rate: direct, invert: false };
  const inverse = rates.find((r) => r.year === year && r.base === to && r.quote === from);
  return inverse ? { rate: inverse, invert: true } : null;
}

/**
 * `amount` (one number, or a range's two ends) of `from` in `to`, with the annual averages of
 * `year`: directly, or through the US dollar (VND to JPY uses VND per USD and JPY per USD).
 * Null when a rate is missing.
 */
export function convertAmount(
  amount: { value: string; valueHigh: string | null },
  from: Currency,
  to: Currency,
  year: number,
  rates: StoredRate[],
): Conversion | null {
  if (from === to) return null;
  const path: [Currency, Currency][] = findRate(rates, from, to, year)
    ? [[from, to]]
    : [
        [from, "USD"],
        ["USD", to],
      ];
  let factor = new Prisma.Decimal(1);
  const used: StoredRate[] = [];
  for (const [a, b] of path) {
    if (a === b) continue;
    const found = findRate(rates, a, b, year);
    if (!found) return null;
    const rate = new Prisma.Decimal(found.rate.rate);
    factor = found.invert ? factor.div(rate) : factor.mul(rate);
    used.push(found.rate);
  }
  const convert = (value: string) =>
    new Prisma.Decimal(value).mul(factor).toDecimalPlaces(0).toFixed(0);
  return {
    value: convert(amount.value),
    valueHigh: amount.valueHigh === null ? null : convert(amount.valueHigh),
    currency: to,
    year,
    ratesUsed: used,
  };
}

/**
 * The year whose average converts a figure: the year of its date, if the figure is a level
 * (stock) or a flow within one calendar year. A flow across years has no single rate.
 */
export function conversionYear(figure: {
  basis: Basis;
  asOf: string;
  periodStart: string | null;
}): number | null {
  const year = Number(figure.asOf.slice(0, 4));
  if (
    figure.basis !== "STOCK" &&
    figure.periodStart &&
    Number(figure.periodStart.slice(0, 4)) !== year
  )
    return null;
  return year;
}
