// Figures as each source reported them. Where sources disagree, each figure is its own
// observation with the same territory/measure/basis/asOf, so the portal shows them side by side.
// Money is in full units (US$1.67bn = "1670000000"; 204.6 trillion VND = "204600000000000").
import type { SeedObservation } from "../types";

const n = (en: string) => ({ en });

export const observations: SeedObservation[] = [
  // ======================================================= Bac Ninh, boundaries 1997 – 30 Jun 2025
  { territory: "bac-ninh-1997", measure: "AREA", value: "822.71", unit: "KM2", basis: "STOCK", asOf: "2023", note: n("As of 2022–2023; the smallest province in Vietnam."), source: "wikipedia-bac-ninh" },
  { territory: "bac-ninh-1997", measure: "POPULATION", value: "1517400", unit: "PERSONS", basis: "STOCK", asOf: "2023", source: "wikipedia-bac-ninh" },
  { territory: "bac-ninh-1997", measure: "GRDP", value: "2020000000000", unit: "VND", basis: "FLOW", periodStart: "1997", asOf: "1997", note: n("Current prices."), source: "giaoducthoidai-706651" },
  { territory: "bac-ninh-1997", measure: "GRDP", value: "204600000000000", unit: "VND", basis: "FLOW", periodStart: "2020", asOf: "2020", isEstimate: true, rank: 7, note: n("Current prices; 7th nationally. Per capita 144.2 million VND."), source: "bacninh-gov-targets-2020" },
  { territory: "bac-ninh-1997", measure: "GRDP", value: "249376000000000", unit: "VND", basis: "FLOW", periodStart: "2022", asOf: "2022", rank: 9, note: n("Current prices; 9th nationally."), source: "baonghean-263769" },
  { territory: "bac-ninh-1997", measure: "GRDP", value: "248376000000000", unit: "VND", basis: "FLOW", periodStart: "2022", asOf: "2022", note: n("Wikipedia infobox value (248.376 trillion VND; per capita US$7,250); differs from the 249,376 billion VND reported by Bao Nghe An."), source: "wikipedia-bac-ninh" },
  { territory: "bac-ninh-1997", measure: "GRDP_GROWTH", value: "7.39", unit: "PERCENT", basis: "FLOW", periodStart: "2022", asOf: "2022", source: "wikipedia-bac-ninh" },
  { territory: "bac-ninh-1997", measure: "GRDP", value: "220222000000000", unit: "VND", basis: "FLOW", periodStart: "2023", asOf: "2023", rank: 9, note: n("Current prices; 9th nationally, 4th of 11 Red River Delta provinces."), source: "giaoducthoidai-706651" },
  { territory: "bac-ninh-1997", measure: "GRDP", value: "232800000000000", unit: "VND", basis: "FLOW", periodStart: "2024", asOf: "2024", isEstimate: true, note: n("Current prices (136.9 trillion VND at 2010 prices); figure from the Bac Ninh provincial portal, quoted by CafeF."), source: "cafef-18825022207373165" },
  { territory: "bac-ninh-1997", measure: "GRDP_GROWTH", value: "6.03", unit: "PERCENT", basis: "FLOW", periodStart: "2024", asOf: "2024", isEstimate: true, note: n("Services +7.04%, industry-construction +6.0%, agriculture +1.15%."), source: "cafef-18825022207373165" },

  // ---- Total FDI in Bac Ninh (all countries), annual registered capital (new + additional)
  { territory: "bac-ninh-1997", measure: "FDI_PROJECTS", value: "4", unit: "COUNT", basis: "FLOW", periodStart: "1997", asOf: "1997", source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "178000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "1997", asOf: "1997", source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "1580000000", qualifier: "OVER", unit: "USD", basis: "FLOW", periodStart: "2014", asOf: "2014", rank: 4, note: n("7.8% of the national total (FIA data); includes Samsung Display's US$1bn project in Yen Phong 1 IP."), source: "vietnamvn-bn-fdi-history" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "3640000000", unit: "USD", basis: "FLOW", periodStart: "2015", asOf: "2015", rank: 1, note: n("16% of the national total (FIA data); includes Samsung Display's additional US$3bn."), source: "vietnamvn-bn-fdi-history" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "3400000000", unit: "USD", basis: "FLOW", periodStart: "2017", asOf: "2017", rank: 2, note: n("9.5% of the national total (FIA data). The VietnamPlus item (via a mirror) says a record US$3.5bn."), source: "vietnamvn-bn-fdi-history" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "3500000000", unit: "USD", basis: "FLOW", periodStart: "2017", asOf: "2017", note: n("'Record' figure; FIA data quoted elsewhere give US$3.4bn."), source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "1760000000", qualifier: "OVER", unit: "USD", basis: "FLOW", periodStart: "2023", asOf: "2023", rank: 7, note: n("'Just over' US$1.76bn (FIA data)."), source: "vietnamvn-bn-fdi-history" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "5120000000", qualifier: "NEARLY", unit: "USD", basis: "FLOW", periodStart: "2024", asOf: "2024", rank: 1, note: n("13.4% of the national total (FIA data). The provincial portal gives US$4.8bn."), source: "vietnamvn-bn-fdi-history" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "5120000000", qualifier: "NEARLY", unit: "USD", basis: "FLOW", periodStart: "2024", asOf: "2024", note: n("FIA data. The provincial portal gives US$4.8bn."), source: "baonghean-10288691" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "4800000000", unit: "USD", basis: "FLOW", periodStart: "2024", asOf: "2024", note: n("Bac Ninh provincial portal figure, quoted by CafeF; the Foreign Investment Agency gives nearly US$5.12bn."), source: "cafef-18825022207373165" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "4500000000", qualifier: "OVER", unit: "USD", basis: "FLOW", periodStart: "2024-01", asOf: "2024-09", rank: 1, note: n("First nine months: 339 new projects US$1.568bn; 147 adjustments +US$2.684bn; 31 share purchases US$51.7m."), source: "tvnpartners-grdp-q3" },

  // ---- Total FDI in Bac Ninh (all countries), cumulative snapshots given alongside the Japan figures
  { territory: "bac-ninh-1997", measure: "FDI_PROJECTS", value: "1140", qualifier: "ABOUT", unit: "COUNT", basis: "STOCK", asOf: "2017-12-31", source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "16000000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2017-12-31", rank: 6, rankOf: 63, source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", measure: "FDI_PROJECTS", value: "1500", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2020-02-06", note: n("From 34 countries."), source: "bacninh-gov-kanagawa-delegation-2020" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "19000000000", qualifier: "ABOUT", unit: "USD", basis: "STOCK", asOf: "2020-02-06", source: "bacninh-gov-kanagawa-delegation-2020" },
  { territory: "bac-ninh-1997", measure: "FDI_PROJECTS", value: "1600", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2020-11-25", note: n("From 37 countries. Year not printed in the source (25 Nov 2020 or 2021, inferred from Ambassador Yamada Takio's term); 2020 entered provisionally."), source: "bacninh-gov-giang-ambassador" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "20000000000", qualifier: "ABOUT", unit: "USD", basis: "STOCK", asOf: "2020-11-25", note: n("Year not printed in the source (25 Nov 2020 or 2021, inferred from Ambassador Yamada Takio's term); 2020 entered provisionally."), source: "bacninh-gov-giang-ambassador" },
  { territory: "bac-ninh-1997", measure: "FDI_PROJECTS", value: "1700", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2022-11-17", note: n("From 39 countries. Year not printed in the source; 2022 inferred from the figures."), source: "bacninh-gov-42282710" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "23000000000", qualifier: "ABOUT", unit: "USD", basis: "STOCK", asOf: "2022-11-17", note: n("Year not printed in the source; 2022 inferred from the figures."), source: "bacninh-gov-42282710" },
  { territory: "bac-ninh-1997", measure: "FDI_PROJECTS", value: "2000", qualifier: "ABOUT", unit: "COUNT", basis: "STOCK", asOf: "2022", source: "vietnamplus-267671" },
  { territory: "bac-ninh-1997", measure: "FDI_REGISTERED_CAPITAL", value: "24400000000", unit: "USD", basis: "STOCK", asOf: "2022", source: "vietnamplus-267671" },

  // ---- Japan's FDI in Bac Ninh (cumulative, valid projects)
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "88", unit: "COUNT", basis: "STOCK", asOf: "2017-12-31", rank: 2, note: n("2nd after Korea (725 projects, US$11.8bn, 73.3%)."), source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1100000000", qualifier: "NEARLY", unit: "USD", basis: "STOCK", asOf: "2017-12-31", rank: 2, note: n("2nd after Korea."), source: "ufabetindo-137965" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "100", qualifier: "NEARLY", unit: "COUNT", basis: "STOCK", asOf: "2020-02-06", rank: 2, note: n("2nd by number of projects. The capital figure is cut off in the excerpt."), source: "bacninh-gov-kanagawa-delegation-2020" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "95", unit: "COUNT", basis: "STOCK", asOf: "2020-11-25", note: n("Year not printed in the source; inferred from the ambassador's term (Yamada Takio): 25 Nov 2020 or 2021, 2020 entered provisionally."), source: "bacninh-gov-giang-ambassador" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1500000000", qualifier: "NEARLY", unit: "USD", basis: "STOCK", asOf: "2020-11-25", note: n("Year not printed in the source; inferred from the ambassador's term (Yamada Takio): 25 Nov 2020 or 2021, 2020 entered provisionally."), source: "bacninh-gov-giang-ambassador" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "97", unit: "COUNT", basis: "STOCK", asOf: "2022-11-17", note: n("Year not printed in the source; 2022 inferred from the figures."), source: "bacninh-gov-42282710" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1600000000", qualifier: "ABOUT", unit: "USD", basis: "STOCK", asOf: "2022-11-17", rank: 3, note: n("3rd by capital. Year not printed in the source; 2022 inferred from the figures."), source: "bacninh-gov-42282710" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "100", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2023-09", rank: 3, note: n("Given at the investment forum in Yokohama, Sep 2023; the source does not date the figure (its total-FDI figures are as of 2022)."), source: "vietnamplus-267671" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1670000000", unit: "USD", basis: "STOCK", asOf: "2023-09", rank: 3, note: n("Given at the investment forum in Yokohama, Sep 2023; the source does not date the figure (its total-FDI figures are as of 2022)."), source: "vietnamplus-267671" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "101", unit: "COUNT", basis: "STOCK", asOf: "2023-10", rank: 3, note: n("3rd after Korea and Singapore."), source: "baoquocte-245769" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1680000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2023-10", rank: 3, note: n("About 7% of total FDI in Bac Ninh; 3rd after Korea and Singapore."), source: "baoquocte-245769" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "100", unit: "COUNT", basis: "STOCK", asOf: "2023-11-17", note: n("Japan is one of 39 investor countries."), source: "vietnamplus-271446" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1670000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2023-11-17", note: n("About 7% of total FDI in Bac Ninh; Japan is one of 39 investor countries."), source: "vietnamplus-271446" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_PROJECTS", value: "103", unit: "COUNT", basis: "STOCK", asOf: "2023-11", rank: 3, rankOf: 40, source: "vccinews-51160" },
  { territory: "bac-ninh-1997", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1670000000", unit: "USD", basis: "STOCK", asOf: "2023-11", rank: 3, rankOf: 40, source: "vccinews-51160" },

  // ======================================================= Bac Ninh, from 1 Jul 2025 (merged with Bac Giang)
  { territory: "bac-ninh-2025", measure: "AREA", value: "4718.60", unit: "KM2", basis: "STOCK", asOf: "2025", source: "laodong-1522634" },
  { territory: "bac-ninh-2025", measure: "POPULATION", value: "3619433", unit: "PERSONS", basis: "STOCK", asOf: "2025", source: "laodong-1522634" },
  { territory: "bac-ninh-2025", measure: "GRDP", value: "522618000000000", qualifier: "OVER", unit: "VND", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, note: n("Current prices; estimate of 9 Dec 2025."), source: "vietnamvn-bn-growth-2025" },
  { territory: "bac-ninh-2025", measure: "GRDP_GROWTH", value: "10.27", unit: "PERCENT", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, rank: 5, note: n("Estimate of 9 Dec 2025; one of 6 provinces with double-digit growth."), source: "vietnamvn-bn-growth-2025" },
  { territory: "bac-ninh-2025", measure: "GRDP_GROWTH", value: "11.5", unit: "PERCENT", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, note: n("Later estimate (late Dec 2025, date inferred); 'top 3' nationally. Differs from the 10.27% estimate of 9 Dec 2025."), source: "vietnamvn-bn-pham-hoang-son" },
  { territory: "bac-ninh-2025", measure: "TRADE", value: "182000000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, rank: 2, note: n("Import-export turnover; about 20% of Vietnam's total."), source: "vietnamvn-bn-growth-2025" },
  { territory: "bac-ninh-2025", measure: "FDI_REGISTERED_CAPITAL", value: "5500000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, rank: 3, note: n("Estimate of 9 Dec 2025 (total investment, domestic and foreign, about US$18.6bn)."), source: "vietnamvn-bn-growth-2025" },
  { territory: "bac-ninh-2025", measure: "FDI_REGISTERED_CAPITAL", value: "7074000000", qualifier: "OVER", unit: "USD", basis: "FLOW", periodStart: "2025-01-01", asOf: "2025-11-30", note: n("Industrial parks only, per the Bac Ninh IP Management Board: new and adjusted capital to 30 Nov 2025, incl. IP infrastructure (322 new projects US$2.681bn; 209 capital increases +US$3.242bn); top 5 nationally."), source: "viglaceraip-46702" },
  { territory: "bac-ninh-2025", measure: "FDI_PROJECTS", value: "2010", unit: "COUNT", basis: "STOCK", asOf: "2025-08", note: n("Valid FDI projects in industrial parks only, end of Aug 2025; from 44 countries."), source: "vietnamnews-1726704" },
  { territory: "bac-ninh-2025", measure: "FDI_REGISTERED_CAPITAL", value: "40000000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2025-08", note: n("FDI in industrial parks only, end of Aug 2025."), source: "vietnamnews-1726704" },

  // ======================================================= Bac Giang (to 30 Jun 2025)
  { territory: "bac-giang-1997", measure: "GRDP_GROWTH", value: "13.45", unit: "PERCENT", basis: "FLOW", periodStart: "2023", asOf: "2023", rank: 1, source: "vietnamplus-272431" },
  { territory: "bac-giang-1997", measure: "GRDP_GROWTH", value: "13.85", unit: "PERCENT", basis: "FLOW", periodStart: "2024", asOf: "2024", rank: 1, source: "baobacgiang-410428" },
  { territory: "bac-giang-1997", measure: "GRDP", value: "207000000000000", qualifier: "ABOUT", unit: "VND", basis: "FLOW", periodStart: "2024", asOf: "2024", rank: 12, note: n("About US$8.65bn."), source: "baobacgiang-410428" },

  // ======================================================= Nghe An
  { territory: "nghe-an", measure: "AREA", value: "16490", unit: "KM2", basis: "STOCK", asOf: "2025", note: n("The largest province in Vietnam."), source: "nghean24h-748102" },
  { territory: "nghe-an", measure: "POPULATION", value: "3327791", unit: "PERSONS", basis: "STOCK", asOf: "2019-04-01", rank: 4, note: n("Census of 1 Apr 2019; 848,977 households; 202 people/km²."), source: "baonghean-10201593" },
  { territory: "nghe-an", measure: "POPULATION", value: "3300000", qualifier: "OVER", unit: "PERSONS", basis: "STOCK", asOf: "2025", rank: 4, source: "nghean24h-748102" },
  { territory: "nghe-an", measure: "GRDP", value: "144523000000000", unit: "VND", basis: "FLOW", periodStart: "2020", asOf: "2020", note: n("Current prices."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP", value: "155441000000000", unit: "VND", basis: "FLOW", periodStart: "2021", asOf: "2021", note: n("Current prices."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP", value: "176000000000000", qualifier: "ABOUT", unit: "VND", basis: "FLOW", periodStart: "2022", asOf: "2022", note: n("Current prices; revised series."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP", value: "175740000000000", unit: "VND", basis: "FLOW", periodStart: "2022", asOf: "2022", isEstimate: true, rank: 10, note: n("First estimate, Jan 2023."), source: "baonghean-263769" },
  { territory: "nghe-an", measure: "GRDP", value: "193374000000000", qualifier: "ABOUT", unit: "VND", basis: "FLOW", periodStart: "2023", asOf: "2023", rank: 10, note: n("Current prices."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP", value: "216943000000000", unit: "VND", basis: "FLOW", periodStart: "2024", asOf: "2024", note: n("Current prices; about US$8.54bn; the first year above 200 trillion VND. Structure: agriculture 21.52%, industry 31.25%, services 43.69%, product taxes 4.55%."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP_GROWTH", value: "6.13", unit: "PERCENT", basis: "FLOW", periodStart: "2021", asOf: "2021", note: n("Revised series."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP_GROWTH", value: "8.78", unit: "PERCENT", basis: "FLOW", periodStart: "2022", asOf: "2022", note: n("Revised series; the first estimate (Jan 2023) was 9.08%."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP_GROWTH", value: "9.08", unit: "PERCENT", basis: "FLOW", periodStart: "2022", asOf: "2022", isEstimate: true, rank: 22, note: n("First estimate, Jan 2023; the revised series gives 8.78%."), source: "baonghean-263769" },
  { territory: "nghe-an", measure: "GRDP_GROWTH", value: "7.14", unit: "PERCENT", basis: "FLOW", periodStart: "2023", asOf: "2023", note: n("Revised series."), source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP_GROWTH", value: "9.01", unit: "PERCENT", basis: "FLOW", periodStart: "2024", asOf: "2024", rank: 13, source: "baonghean-10288819" },
  { territory: "nghe-an", measure: "GRDP_GROWTH", value: "8.44", unit: "PERCENT", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, rank: 13, note: n("Estimate of 11 Dec 2025; 3rd in the North Central region."), source: "vietnamvn-na-fdi-2025" },
  { territory: "nghe-an", measure: "EXPORTS", value: "3700000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2024", asOf: "2024", source: "baonghean-10288111" },
  { territory: "nghe-an", measure: "EXPORTS", value: "4400000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2025", asOf: "2025", isEstimate: true, source: "vietnamvn-na-press-release-2025" },

  // ---- Total FDI in Nghe An (all countries)
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "961300000", unit: "USD", basis: "FLOW", periodStart: "2022", asOf: "2022", note: n("First time in the national top 10."), source: "baonghean-10288691" },
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "1603000000", unit: "USD", basis: "FLOW", periodStart: "2023", asOf: "2023", rank: 8, note: n("+66.8%; the first year above US$1bn."), source: "baonghean-10288691" },
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "1749600000", unit: "USD", basis: "FLOW", periodStart: "2024", asOf: "2024", rank: 8, note: n("FIA data; +8.8%: 19 new projects US$867.8m, 14 capital increases US$881.76m, 2 share purchases US$0.04m."), source: "baonghean-10288691" },
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "869100000", unit: "USD", basis: "FLOW", periodStart: "2025-01", asOf: "2025-09", source: "vietnamvn-na-fdi-9m-2025" },
  { territory: "nghe-an", measure: "FDI_PROJECTS", value: "135", unit: "COUNT", basis: "STOCK", asOf: "2023-04-20", note: n("Valid projects."), source: "nghean-gov-567751" },
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "2859000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2023-04-20", note: n("Valid projects; the source ranks Nghe An 30th nationally."), source: "nghean-gov-567751" },
  { territory: "nghe-an", measure: "FDI_PROJECTS", value: "130", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2023-12", note: n("From 14 countries and territories."), source: "vneconomy-na-fdi-2023" },
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "4000000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2023-12", source: "vneconomy-na-fdi-2023" },
  { territory: "nghe-an", measure: "FDI_PROJECTS", value: "169", unit: "COUNT", basis: "STOCK", asOf: "2024-12-31", note: n("Valid projects."), source: "baonghean-10288691" },
  { territory: "nghe-an", measure: "FDI_REGISTERED_CAPITAL", value: "5686000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2024-12-31", note: n("Valid projects."), source: "baonghean-10288691" },

  // ---- Japan's FDI and ODA in Nghe An
  { territory: "nghe-an", counterpart: "japan", measure: "FDI_PROJECTS", value: "9", unit: "COUNT", basis: "STOCK", asOf: "2018-09", note: n("Japanese projects in Nghe An at the time of the investment conference in Tokyo, late Sep 2018."), source: "nghean24h-552402" },
  { territory: "nghe-an", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1078000000", unit: "USD", basis: "STOCK", asOf: "2018-09", note: n("At the time of the investment conference in Tokyo, late Sep 2018. The sources do not explain the drop to about US$72m by Apr 2019."), source: "nghean24h-552402" },
  { territory: "nghe-an", counterpart: "japan", measure: "FDI_PROJECTS", value: "7", unit: "COUNT", basis: "STOCK", asOf: "2019-04", note: n("Mostly limestone mining, food processing and garments/textiles."), source: "kisvn-japan-conference-2019" },
  { territory: "nghe-an", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "72190000", unit: "USD", basis: "STOCK", asOf: "2019-04", note: n("VNA report of the 26 Apr 2019 conference; Nhan Dan gives US$72.69m."), source: "kisvn-japan-conference-2019" },
  { territory: "nghe-an", counterpart: "japan", measure: "FDI_PROJECTS", value: "7", unit: "COUNT", basis: "STOCK", asOf: "2019-04", note: n("Quoted from Vice Chairman Le Ngoc Hoa; the article's date is not printed in the excerpt (c. 2019)."), source: "nhandan-24281" },
  { territory: "nghe-an", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "72690000", unit: "USD", basis: "STOCK", asOf: "2019-04", note: n("Quoted from Vice Chairman Le Ngoc Hoa (72.69, not 72.19 as in the VNA report); the article's date is not printed in the excerpt (c. 2019)."), source: "nhandan-24281" },
  { territory: "nghe-an", counterpart: "japan", measure: "ODA_PROJECTS", value: "44", unit: "COUNT", basis: "STOCK", asOf: "2019-04", note: n("Japanese-funded programmes and projects, as given by PPC Chairman Thai Thanh Quy."), source: "kisvn-japan-conference-2019" },
  { territory: "nghe-an", counterpart: "japan", measure: "ODA_VALUE", value: "219300000", unit: "USD", basis: "STOCK", asOf: "2019-04", note: n("Nearly 5.1 trillion VND (US$219.3m) for 44 Japanese-funded programmes and projects. Nhan Dan gives over US$272m."), source: "kisvn-japan-conference-2019" },
  { territory: "nghe-an", counterpart: "japan", measure: "ODA_PROJECTS", value: "44", unit: "COUNT", basis: "STOCK", asOf: "2019-04", note: n("The article's date is not printed in the excerpt (c. 2019)."), source: "nhandan-24281" },
  { territory: "nghe-an", counterpart: "japan", measure: "ODA_VALUE", value: "272000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2019-04", note: n("44 ODA projects; the VNA report gives US$219.3m. The article's date is not printed in the excerpt (c. 2019)."), source: "nhandan-24281" },

  // ======================================================= Vinh (expanded, 1 Dec 2024 – 30 Jun 2025)
  { territory: "vinh-2024", measure: "AREA", value: "166.22", unit: "KM2", basis: "STOCK", asOf: "2024-12", note: n("After the merger of 1 Dec 2024. The research cites this item and Bao Nghe An's 2024 review together."), source: "vietnamvn-nghe-an-units-2024" },
  { territory: "vinh-2024", measure: "POPULATION", value: "580669", qualifier: "ABOUT", unit: "PERSONS", basis: "STOCK", asOf: "2024-12", note: n("After the merger of 1 Dec 2024. The research cites this item and Bao Nghe An's 2024 review together."), source: "vietnamvn-nghe-an-units-2024" },

  // ======================================================= Partner prefectures and cities
  { territory: "kanagawa", measure: "POPULATION", value: "9221129", unit: "PERSONS", basis: "STOCK", asOf: "2022-04-01", rank: 2, note: n("Second most populous prefecture in Japan."), source: "wikipedia-kanagawa" },
  { territory: "kanagawa", measure: "AREA", value: "2415.83", unit: "KM2", basis: "STOCK", asOf: "2022-04-01", note: n("The research gives no as-of date for the area; the date of the population figure from the same source is used."), source: "wikipedia-kanagawa" },
  { territory: "gifu", measure: "POPULATION", value: "1945350", unit: "PERSONS", basis: "STOCK", asOf: "2022-10", source: "pref-nara-1282-gifu" },
  { territory: "gifu", measure: "AREA", value: "10621", unit: "KM2", basis: "STOCK", asOf: "2021", source: "pref-nara-1282-gifu" },
  { territory: "shizuoka", measure: "POPULATION", value: "3633202", unit: "PERSONS", basis: "STOCK", asOf: "2020-10-01", source: "pref-nara-1199-shizuoka" },
  { territory: "shizuoka", measure: "AREA", value: "7777.02", unit: "KM2", basis: "STOCK", asOf: "2023", source: "pref-nara-1199-shizuoka" },
  { territory: "kochi", measure: "POPULATION", value: "669516", unit: "PERSONS", basis: "STOCK", asOf: "2023-04-01", source: "wikipedia-kochi" },
  { territory: "kochi", measure: "POPULATION", value: "684632", unit: "PERSONS", basis: "STOCK", asOf: "2021-04", source: "pref-nara-1089-kochi" },
  { territory: "kochi", measure: "AREA", value: "7103.60", unit: "KM2", basis: "STOCK", asOf: "2021", source: "pref-nara-1089-kochi" },
  { territory: "ibaraki", measure: "POPULATION", value: "2828086", unit: "PERSONS", basis: "STOCK", asOf: "2023-07-01", source: "wikipedia-ibaraki" },
  { territory: "ibaraki", measure: "AREA", value: "6097.19", unit: "KM2", basis: "STOCK", asOf: "2023-07-01", note: n("The research gives no as-of date for the area; the date of the population figure from the same source is used."), source: "wikipedia-ibaraki" },
  { territory: "kasumigaura", measure: "POPULATION", value: "40254", unit: "PERSONS", basis: "STOCK", asOf: "2020-07-01", note: n("15,839 households."), source: "wikipedia-kasumigaura" },
  { territory: "kasumigaura", measure: "AREA", value: "156.60", unit: "KM2", basis: "STOCK", asOf: "2020-07-01", note: n("The research gives no as-of date for the area; the date of the population figure from the same source is used."), source: "wikipedia-kasumigaura" },

  // ======================================================= Japan's FDI in Vietnam (FIA figures as quoted in the press)
  // ---- Cumulative, valid projects
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "2237", unit: "COUNT", basis: "STOCK", asOf: "2014-04", rank: 1, source: "hanoitimes-21216" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "35380000000", unit: "USD", basis: "STOCK", asOf: "2014-04", rank: 1, source: "hanoitimes-21216" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "2619", unit: "COUNT", basis: "STOCK", asOf: "2015-04-30", rank: 2, note: n("End of April; the year is not printed in the excerpt (c. 2015)."), source: "vietnamnet-131199" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "37500000000", unit: "USD", basis: "STOCK", asOf: "2015-04-30", rank: 2, note: n("14.6% of the total. End of April; the year is not printed in the excerpt (c. 2015)."), source: "vietnamnet-131199" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "3300", qualifier: "ABOUT", unit: "COUNT", basis: "STOCK", asOf: "2017", note: n("Early 2017 (source published 4 Mar 2017)."), source: "vtv-20170304224121246" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "42000000000", qualifier: "ABOUT", unit: "USD", basis: "STOCK", asOf: "2017", note: n("Early 2017 (source published 4 Mar 2017); more than 14% of the total."), source: "vtv-20170304224121246" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "3996", unit: "COUNT", basis: "STOCK", asOf: "2018-12-31", rank: 2, note: n("Quoting FIA Director General Do Nhat Hoang."), source: "talkvietnam-symposium-2019" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "57000000000", unit: "USD", basis: "STOCK", asOf: "2018-12-31", rank: 2, note: n("Quoting FIA Director General Do Nhat Hoang."), source: "talkvietnam-symposium-2019" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "4300", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2019", rank: 2, source: "investvietnam-japanese-delegations" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "60000000000", qualifier: "NEARLY", unit: "USD", basis: "STOCK", asOf: "2019", rank: 2, source: "investvietnam-japanese-delegations" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "5000", qualifier: "OVER", unit: "COUNT", basis: "STOCK", asOf: "2023-03-31", source: "binhdinh-gov-mofa" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "69390000000", unit: "USD", basis: "STOCK", asOf: "2023-03-31", source: "binhdinh-gov-mofa" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "5198", unit: "COUNT", basis: "STOCK", asOf: "2023-09-20", rank: 3, rankOf: 143, source: "vietnamvn-bacgiang-50-years" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "71300000000", unit: "USD", basis: "STOCK", asOf: "2023-09-20", rank: 3, rankOf: 143, source: "vietnamvn-bacgiang-50-years" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "5304", unit: "COUNT", basis: "STOCK", asOf: "2024-03", rank: 3, rankOf: 143, source: "einpresswire-705970629" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "74400000000", qualifier: "OVER", unit: "USD", basis: "STOCK", asOf: "2024-03", rank: 3, rankOf: 143, source: "einpresswire-705970629" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "5369", unit: "COUNT", basis: "STOCK", asOf: "2024-06-30", rank: 3, source: "vietnamplus-307030" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "76760000000", unit: "USD", basis: "STOCK", asOf: "2024-06-30", rank: 3, source: "vietnamplus-307030" },

  // ---- Annual (new + additional + share purchases unless noted)
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "1720000000", unit: "USD", basis: "FLOW", periodStart: "2015-01", asOf: "2015-11", rank: 3, note: n("281 new projects and 192 expansions."), source: "vneconomictimes-japanese-fdi" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "7000000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2018-01", asOf: "2018-08", rank: 1, note: n("About 29% of the total."), source: "vnexpress-3796434" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "3380000000", unit: "USD", basis: "FLOW", periodStart: "2021-01", asOf: "2021-10", rank: 3, note: n("14.3% of the total."), source: "digitimes-a20211203PD211" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "4780000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2022", asOf: "2022", rank: 3, source: "toquoc-20230121103001222" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_PROJECTS", value: "203", unit: "COUNT", basis: "FLOW", periodStart: "2022", asOf: "2022", note: n("New projects only."), source: "toquoc-20230121103001222" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "2900000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2023-01", asOf: "2023-09", note: n("+50% year on year."), source: "vietnamvn-bacgiang-50-years" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "6560000000", unit: "USD", basis: "FLOW", periodStart: "2023", asOf: "2023", rank: 2, source: "vir-121229" },
  { territory: "vietnam", counterpart: "japan", measure: "FDI_REGISTERED_CAPITAL", value: "3500000000", qualifier: "ABOUT", unit: "USD", basis: "FLOW", periodStart: "2024", asOf: "2024", rank: 5, source: "vir-121229" },
];
