// What each province seeks (or is offered) Japanese investment and cooperation in, as stated.
import type { SeedInvestmentPriority } from "../types";

export const investmentPriorities: SeedInvestmentPriority[] = [
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
  {
    place: "nghe-an",
    sector: "tourism",
    note: { en: "Ambassador Umeda Kunio said Japan would support Nghe An in tourism (conference of 26 Apr 2019)." },
    source: "baonghean-10196898",
  },
  {
    place: "nghe-an",
    sector: "education-training",
    note: { en: "Ambassador Umeda Kunio said Japan would support Nghe An in education-training (conference of 26 Apr 2019)." },
    source: "baonghean-10196898",
  },
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
