// Relationships between a Vietnamese and a Japanese place (research §4, R1–R6).
// R7–R9 are left out: their Japanese side (JICA/JETRO, AEON, JINNO Institute) is not a place.
import type { SeedRelationship } from "../types";

export const relationships: SeedRelationship[] = [
  {
    slug: "nghe-an-gifu",
    vietnamese: "nghe-an",
    japanese: "gifu",
    kind: "FRIENDSHIP_AGREEMENT",
    status: "ACTIVE",
    statusAsOf: "2022-01",
    evidence: "STATED",
    since: "2015",
    summary: {
      en: "Sources date the relationship to 2015: Bao Nghe An and Nhan Dan say friendly relations were established, and the Chinese service of VNA speaks of a cooperation agreement signed in 2015; the month, day and document title were not found. An online review in January 2022 counted five high-level visits between the two sides, three Gifu firms investing in Nghe An (Nagoya Giken Kogyo, MLB Tenergy, Yabashi) and 15 Nghe An agriculture officials trained in Gifu. Bao Nghe An's report of the conference of 26 April 2019 lists Gifu first among Nghe An's friendly partner prefectures.",
    },
    sources: ["baonghean-215411", "nhandan-24281", "vietnamplus-zh-47291", "baonghean-300965", "baonghean-10196898"],
  },
  {
    slug: "vinh-kasumigaura",
    vietnamese: "vinh",
    japanese: "kasumigaura",
    kind: "INFORMAL_FRIENDLY_RELATIONS",
    status: "ACTIVE",
    statusAsOf: "2019",
    evidence: "STATED",
    summary: {
      en: "Nhan Dan (c. 2019) says Vinh has established relations with Kasumigaura City (Ibaraki); the form of the relationship and its date were not found. Kasumigaura representatives took part in the Japanese Culture Week in Nghe An on 10 June 2013. Bao Nghe An's report of the conference of 26 April 2019 also names the relationship (spelling Ibaraki 'Irabaki').",
    },
    sources: ["nhandan-24281", "vietnamtourism-6815", "baonghean-10196898"],
  },
  {
    slug: "nghe-an-shizuoka",
    vietnamese: "nghe-an",
    japanese: "shizuoka",
    kind: "INFORMAL_FRIENDLY_RELATIONS",
    status: "ACTIVE",
    statusAsOf: "2019-04",
    evidence: "STATED",
    summary: {
      en: "Named as a friendly partner of Nghe An in the starting article. Bao Nghe An's report on the conference of 26 April 2019 says Japanese prefectures twinned with Nghe An attended, without naming them. No agreement or date was found; the only other Shizuoka link found is the proposed twinning of Vinh and Fukuroi.",
    },
    sources: ["baonghean-10196898"],
  },
  {
    slug: "vinh-fukuroi",
    vietnamese: "vinh",
    japanese: "fukuroi",
    kind: "SISTER_CITY",
    status: "PROPOSED",
    evidence: "PROPOSAL_ONLY",
    since: "2017-12-15",
    sinceInferred: true,
    summary: {
      en: "Twinning of Vinh and Fukuroi City (Shizuoka), home of Dr Asaba Sakitaro, was proposed; Japanese Ambassador Umeda Kunio said he supported it during a visit to Vinh on 15 December (year not printed; inferred as 2017 from the 150th birth anniversary of Phan Boi Chau). Whether it was later signed was not found.",
    },
    sources: ["baonghean-10158662", "baonghean-10182257"],
  },
  {
    slug: "nghe-an-kochi",
    vietnamese: "nghe-an",
    japanese: "kochi",
    kind: "INFORMAL_FRIENDLY_RELATIONS",
    status: "ACTIVE",
    statusAsOf: "2019-04",
    evidence: "STATED",
    summary: {
      en: "Named as a friendly partner of Nghe An in the starting article. Bao Nghe An's report on the conference of 26 April 2019 says Japanese prefectures twinned with Nghe An attended, without naming them. No agreement or date was found; searches in English, Vietnamese and Japanese found nothing on Nghe An–Kochi.",
    },
    sources: ["baonghean-10196898"],
  },
  {
    slug: "bac-ninh-kanagawa",
    vietnamese: "bac-ninh",
    japanese: "kanagawa",
    kind: "MEMORANDUM_OF_COOPERATION",
    status: "PROPOSED",
    statusAsOf: "2025-11",
    evidence: "PROPOSAL_ONLY",
    since: "2023-11",
    summary: {
      en: "In November 2023 Bac Ninh Party Secretary Nguyen Anh Tuan proposed a memorandum of cooperation to Kanagawa Governor Kuroiwa Yuji; no signed document has been found. Earlier, Kanagawa Vice Governor Watanabe Hitoshi visited Bac Ninh on 6 February 2020 and said Kanagawa would act as a bridge for its firms to invest there, and the Kanagawa Industrial Promotion Center said Kanagawa had been carrying out exchange and promotion activities to establish cooperative relations with Bac Ninh. In 2025 Vice Chairman Phan The Tuan asked Japanese Ambassador Ito Naoki to help connect Bac Ninh with a Japanese locality to sign a letter of intent, which suggests nothing formal existed yet.",
    },
    sources: ["vccinews-51160", "bacninh-gov-kanagawa-delegation-2020", "bacninh-gov-42282710", "vietnamvn-phan-the-tuan-ito"],
  },
];
