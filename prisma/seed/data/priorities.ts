// What each province seeks (or is offered) Japanese investment and cooperation in, as stated.
import type { SeedInvestmentPriority } from "../types";

// The fields each starting article names share one note and source: the page lists them together.
const bacNinh2023 = {
  en: "Named by Party Secretary Nguyen Anh Tuan in talks with Kanagawa Governor Kuroiwa Yuji (reported 30 Nov 2023) as fields where Bac Ninh seeks foreign investment and Japanese firms are strong.",
};
const ngheAn2019 = {
  en: "Named by Party Secretary Nguyen Dac Vinh, closing the Nghe An – Japan conference of 26 Apr 2019, as fields where the province hopes for Japanese investment.",
};
const bacNinhFields = [
  "industry", "high-tech-agriculture", "environmental-technology", "digital-transformation",
  "semiconductors", "renewable-energy", "green-economy", "tourism",
];

export const investmentPriorities: SeedInvestmentPriority[] = [
  ...bacNinhFields.map((sector) => ({ place: "bac-ninh", sector, note: bacNinh2023, source: "vccinews-51160" })),
  {
    place: "bac-ninh",
    sector: "electronics",
    note: { en: "Promoted by Bac Ninh at its investment seminar in Osaka, Sep 2023." },
    source: "einpresswire-655094198",
  },
  {
    place: "bac-ninh",
    sector: "precision-engineering",
    note: { en: "Promoted by Bac Ninh ('precision mechanics') at its investment seminar in Osaka, Sep 2023." },
    source: "einpresswire-655094198",
  },
  {
    place: "bac-ninh",
    sector: "civil-industry",
    note: { en: "Promoted by Bac Ninh at its investment seminar in Osaka, Sep 2023." },
    source: "einpresswire-655094198",
  },
  ...["industry", "tourism", "education-training"].map((sector) => ({ place: "nghe-an", sector, note: ngheAn2019, source: "baonghean-10196898" })),
  {
    place: "nghe-an",
    sector: "agriculture",
    note: { en: "Agriculture and rural development: a field of the tripartite MOC with JICA Vietnam and JETRO Hanoi (5 Sep 2019)." },
    source: "vccinews-25497",
  },
  {
    place: "nghe-an",
    sector: "investment-promotion",
    note: { en: "Promotion of Japanese investment in Nghe An: a field of the tripartite MOC with JICA Vietnam and JETRO Hanoi (5 Sep 2019)." },
    source: "vccinews-25497",
  },
  {
    place: "nghe-an",
    sector: "human-resources",
    note: { en: "Global human-resource development: a field of the tripartite MOC with JICA Vietnam and JETRO Hanoi (5 Sep 2019)." },
    source: "vccinews-25497",
  },
];
