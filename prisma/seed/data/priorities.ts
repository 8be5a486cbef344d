// What each province seeks (or is offered) Japanese investment and cooperation in, as stated.
import type { SeedInvestmentPriority } from "../types";

// The fields of one statement share its note and source, so a profile lists them together.
const bacNinh2023 = {
  en: "Named by Party Secretary Nguyen Anh Tuan in talks with Kanagawa Governor Kuroiwa Yuji (reported 30 Nov 2023) as fields where Bac Ninh seeks foreign investment and Japanese firms are strong.",
};
const bacNinhOsaka2023 = { en: "Promoted by Bac Ninh at its investment seminar in Osaka, Sep 2023 (electronics, 'precision mechanics' and civil industry)." };
const ngheAn2019 = {
  en: "Named by Party Secretary Nguyen Dac Vinh, closing the Nghe An – Japan conference of 26 Apr 2019, as fields where the province hopes for Japanese investment.",
};
const ngheAnMoc2019 = {
  en: "Fields of the tripartite memorandum of cooperation with JICA Vietnam and JETRO Hanoi (5 Sep 2019): agriculture and rural development, promotion of Japanese investment in Nghe An, and global human-resource development.",
};
const bacNinhFields = [
  "industry", "high-tech-agriculture", "environmental-technology", "digital-transformation",
  "semiconductors", "renewable-energy", "green-economy", "tourism",
];

export const investmentPriorities: SeedInvestmentPriority[] = [
  ...bacNinhFields.map((sector) => ({ place: "bac-ninh", sector, note: bacNinh2023, source: "vccinews-51160" })),
  ...["electronics", "precision-engineering", "civil-industry"].map((sector) => ({ place: "bac-ninh", sector, note: bacNinhOsaka2023, source: "einpresswire-655094198" })),
  ...["industry", "tourism", "education-training"].map((sector) => ({ place: "nghe-an", sector, note: ngheAn2019, source: "baonghean-10196898" })),
  ...["agriculture", "investment-promotion", "human-resources"].map((sector) => ({ place: "nghe-an", sector, note: ngheAnMoc2019, source: "vccinews-25497" })),
];
