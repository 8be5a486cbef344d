// Annual average exchange rates, for converting figures between currencies on the explorer.
// World Bank series PA.NUS.FCRF "Official exchange rate (LCU per US$, period average)", which
// the World Bank takes from the IMF's International Financial Statistics. The values were read
// from IndexMundi's copy of the series (the World Bank's own pages were not reachable when the
// data was gathered, Nov 2026); each source says so. Years after 2021 could not be sourced, so
// none are seeded: the portal never converts a figure of a year without a stored rate.
import type { SeedExchangeRate, SeedSource, Text } from "../types";

const original = "https://data.worldbank.org/indicator/PA.NUS.FCRF";
const mirrorNote = (country: { en: string; vi: string; ja: string }): Text => ({
  en: `IndexMundi's copy of World Bank series PA.NUS.FCRF (from IMF International Financial Statistics) for ${country.en}; the original is ${original}`,
  vi: `Bản sao của IndexMundi từ chuỗi số liệu PA.NUS.FCRF của Ngân hàng Thế giới (theo Thống kê Tài chính Quốc tế của IMF) cho ${country.vi}; bản gốc tại ${original}`,
  ja: `世界銀行の系列PA.NUS.FCRF（IMF国際金融統計による）の${country.ja}分をIndexMundiが転載したもの。原典は${original}`,
});

export const exchangeRateSources: SeedSource[] = [
  {
    key: "worldbank-fcrf-vietnam",
    language: "en",
    publisher: "World Bank, World Development Indicators (IMF International Financial Statistics)",
    title: "Vietnam: Official exchange rate (LCU per US$, period average), series PA.NUS.FCRF",
    url: "https://www.indexmundi.com/facts/vietnam/indicator/PA.NUS.FCRF",
    kind: "MIRROR",
    note: mirrorNote({ en: "Vietnam", vi: "Việt Nam", ja: "ベトナム" }),
  },
  {
    key: "worldbank-fcrf-japan",
    language: "en",
    publisher: "World Bank, World Development Indicators (IMF International Financial Statistics)",
    title: "Japan: Official exchange rate (LCU per US$, period average), series PA.NUS.FCRF",
    url: "https://www.indexmundi.com/facts/japan/indicator/PA.NUS.FCRF",
    kind: "MIRROR",
    note: mirrorNote({ en: "Japan", vi: "Nhật Bản", ja: "日本" }),
  },
];

/** Dong per US dollar, annual averages 1997–2021. */
const vndPerUsd: Record<number, string> = {
  1997: "11683.33", 1998: "13268.00", 1999: "13943.17", 2000: "14167.75", 2001: "14725.17",
  2002: "15279.50", 2003: "15509.58", 2004: "15746.00", 2005: "15858.92", 2006: "15994.25",
  2007: "16105.13", 2008: "16302.25", 2009: "17065.08", 2010: "18612.92", 2011: "20509.75",
  2012: "20828.00", 2013: "20933.42", 2014: "21148.00", 2015: "21697.57", 2016: "21935.00",
  2017: "22370.09", 2018: "22602.05", 2019: "23050.24", 2020: "23208.37", 2021: "23159.78",
};

/** Yen per US dollar, annual averages 1997–2021. */
const jpyPerUsd: Record<number, string> = {
  1997: "120.99", 1998: "130.91", 1999: "113.91", 2000: "107.77", 2001: "121.53",
  2002: "125.39", 2003: "115.93", 2004: "108.19", 2005: "110.22", 2006: "116.30",
  2007: "117.75", 2008: "103.36", 2009: "93.57", 2010: "87.78", 2011: "79.81",
  2012: "79.79", 2013: "97.60", 2014: "105.94", 2015: "121.04", 2016: "108.79",
  2017: "112.17", 2018: "110.42", 2019: "109.01", 2020: "106.77", 2021: "109.75",
};

const series = (quote: "VND" | "JPY", rates: Record<number, string>, source: string): SeedExchangeRate[] =>
  Object.entries(rates).map(([year, rate]) => ({ base: "USD", quote, year: Number(year), rate, source }));

export const exchangeRates: SeedExchangeRate[] = [
  ...series("VND", vndPerUsd, "worldbank-fcrf-vietnam"),
  ...series("JPY", jpyPerUsd, "worldbank-fcrf-japan"),
];
