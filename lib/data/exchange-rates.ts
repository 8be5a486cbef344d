import "server-only";
import { db } from "../db";
import type { Currency } from "../generated/prisma/enums";
import type { StoredRate } from "../exchange";

/**
 * The stored annual averages for the given years, one per currency pair and year (the
 * lowest source id where two publishers give one). One statement.
 */
export async function listExchangeRates(
  years: number[],
  currencies: Currency[] = ["VND", "JPY"],
): Promise<StoredRate[]> {
  if (years.length === 0) return [];
  const rows = await db.exchangeRate.findMany({
    where: {
      year: { in: years },
      OR: [{ quote: { in: currencies } }, { base: { in: currencies } }],
    },
    select: {
      base: true,
      quote: true,
      year: true,
      rate: true,
      source: { select: { id: true, publisher: true, title: true, url: true } },
    },
    orderBy: [{ year: "asc" }, { sourceId: "asc" }],
  });
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = `${r.base}/${r.quote}/${r.year}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((r) => ({ ...r, rate: r.rate.toString() }));
}
