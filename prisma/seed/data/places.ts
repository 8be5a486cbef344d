// Places, their territories (a place's extent over a period) and the successions between
// territories (mergers). Parents are listed before their children.
import type { SeedPlace, SeedSuccession } from "../types";

export const places: SeedPlace[] = [
  // ---- Countries
  {
    slug: "vietnam",
    kind: "COUNTRY",
    country: "VN",
    name: { en: "Vietnam", vi: "Việt Nam", ja: "ベトナム" },
    summary: {
      en: "Since 1 July 2025 Vietnam has 34 provincial-level units (28 provinces and 6 cities) and a two-tier local government of provinces and communes; district-level units ceased operating on that day.",
    },
    territories: [{ key: "vietnam" }],
  },
  {
    slug: "japan",
    kind: "COUNTRY",
    country: "JP",
    name: { en: "Japan", vi: "Nhật Bản", ja: "日本" },
    territories: [{ key: "japan" }],
  },

  // ---- Vietnamese provinces
  {
    slug: "bac-ninh",
    kind: "PROVINCE",
    country: "VN",
    parent: "vietnam",
    name: { en: "Bac Ninh", vi: "Bắc Ninh", ja: "バクニン省" },
    summary: {
      en: "Until 30 June 2025 the smallest province in Vietnam (822.71 km²), with its capital at Bac Ninh city and an economy led by electronics and processing (Samsung, Canon, Foxconn). On 1 July 2025 it merged with Bac Giang under Resolution 202/2025/QH15; the new province's administrative centre is in the former Bac Giang city.",
    },
    territories: [
      {
        key: "bac-ninh-1997",
        validFrom: "1997",
        validTo: "2025-06-30",
        note: {
          en: "Bac Ninh as re-established in 1997 (it had been merged with Bac Giang into Ha Bac in 1963); merged with Bac Giang into the new Bac Ninh province on 1 July 2025.",
        },
      },
      {
        key: "bac-ninh-2025",
        validFrom: "2025-07-01",
        note: {
          en: "Merger of Bac Ninh and Bac Giang under National Assembly Resolution 202/2025/QH15; the administrative centre is in the former Bac Giang city.",
        },
      },
    ],
  },
  {
    slug: "bac-giang",
    kind: "PROVINCE",
    country: "VN",
    parent: "vietnam",
    name: { en: "Bac Giang", vi: "Bắc Giang", ja: "バクザン省" },
    summary: {
      en: "Province merged into Bac Ninh on 1 July 2025. It had the highest GRDP growth in the country in 2023 (13.45%) and 2024 (13.85%); its main investors included Luxshare, Fukang and Hana Micron.",
    },
    territories: [
      {
        key: "bac-giang-1997",
        validFrom: "1997",
        validTo: "2025-06-30",
        note: { en: "Merged with Bac Ninh into the new Bac Ninh province on 1 July 2025 (Resolution 202/2025/QH15)." },
      },
    ],
  },
  {
    slug: "nghe-an",
    kind: "PROVINCE",
    country: "VN",
    parent: "vietnam",
    name: { en: "Nghe An", vi: "Nghệ An", ja: "ゲアン省" },
    summary: {
      en: "The largest province in Vietnam by area (16,490 km²); its capital was Vinh city until 30 June 2025. In April 2025 its leaders were Party Secretary Nguyen Duc Trung and PPC Chairman Le Hong Vinh.",
    },
    territories: [
      {
        key: "nghe-an",
        note: {
          en: "Boundary unchanged in 2025: Nghe An is one of the 11 provincial units not rearranged under Resolution 202/2025/QH15.",
        },
      },
    ],
  },

  // ---- Japanese prefectures
  {
    slug: "kanagawa",
    kind: "PREFECTURE",
    country: "JP",
    parent: "japan",
    name: { en: "Kanagawa Prefecture", vi: "Kanagawa", ja: "神奈川県" },
    summary: {
      en: "Japan's second most populous prefecture, with its capital at Yokohama; Governor Kuroiwa Yuji since 23 April 2011. It has held a Vietnam Festa in Kanagawa every year since 2015 and a Kanagawa Festival in Hanoi since 2018.",
    },
    territories: [{ key: "kanagawa" }],
  },
  {
    slug: "gifu",
    kind: "PREFECTURE",
    country: "JP",
    parent: "japan",
    name: { en: "Gifu Prefecture", vi: "Gifu", ja: "岐阜県" },
    summary: {
      en: "Prefecture with its capital at Gifu City; Governor Furuta Hajime since February 2005 (5th term). Main industries: woodworking, cutlery, ceramics, washi paper, apparel, automotive and aerospace.",
    },
    territories: [{ key: "gifu" }],
  },
  {
    slug: "shizuoka",
    kind: "PREFECTURE",
    country: "JP",
    parent: "japan",
    name: { en: "Shizuoka Prefecture", vi: "Shizuoka", ja: "静岡県" },
    summary: {
      en: "Prefecture with its capital at Shizuoka City; Governor Suzuki Yasutomo, elected on 26 May 2024 (previously mayor of Hamamatsu). About 15,000 Vietnamese live there, the largest foreign community in the prefecture (Mar 2025).",
    },
    territories: [{ key: "shizuoka" }],
  },
  {
    slug: "kochi",
    kind: "PREFECTURE",
    country: "JP",
    parent: "japan",
    name: { en: "Kochi Prefecture", vi: "Kochi", ja: "高知県" },
    summary: {
      en: "Prefecture with its capital at Kochi City; Governor Hamada Seiji since December 2019. Its main industries are horticulture and food manufacturing, and 84% of its area is forest.",
    },
    territories: [{ key: "kochi" }],
  },
  {
    slug: "ibaraki",
    kind: "PREFECTURE",
    country: "JP",
    parent: "japan",
    name: { en: "Ibaraki Prefecture", vi: "Ibaraki", ja: "茨城県" },
    summary: {
      en: "Prefecture with its capital at Mito; Governor Oigawa Kazuhiko. It contains Lake Kasumigaura, the second largest lake in Japan.",
    },
    territories: [{ key: "ibaraki" }],
  },

  // ---- Cities
  {
    slug: "vinh",
    kind: "CITY",
    country: "VN",
    parent: "nghe-an",
    name: { en: "Vinh", vi: "Vinh", ja: "ヴィン市" },
    summary: {
      en: "Capital of Nghe An until 30 June 2025. Cua Lo town and four Nghi Loc communes were merged into it on 1 December 2024; on 1 July 2025 it ceased to be an administrative unit and its area became six wards.",
    },
    territories: [
      {
        key: "vinh-to-2024",
        validTo: "2024-11-30",
        note: { en: "Vinh city before Cua Lo town and four Nghi Loc communes were merged into it on 1 December 2024." },
      },
      {
        key: "vinh-2024",
        validFrom: "2024-12-01",
        validTo: "2025-06-30",
        note: {
          en: "Vinh after Cua Lo town and four Nghi Loc communes (Nghi Xuan, Phuc Tho, Nghi Thai, Nghi Phong) were merged in on 1 December 2024. It ceased as an administrative unit on 1 July 2025, when its area became six wards (Truong Vinh, Thanh Vinh, Vinh Hung, Vinh Phu, Vinh Loc, Cua Lo).",
        },
      },
    ],
  },
  {
    slug: "kasumigaura",
    kind: "MUNICIPALITY",
    country: "JP",
    parent: "ibaraki",
    name: { en: "Kasumigaura City", vi: "Kasumigaura", ja: "かすみがうら市" },
    summary: {
      en: "City in Ibaraki Prefecture about 60 km north-east of Tokyo, formed on 28 March 2005 from Kasumigaura town and Chiyoda town; Mayor Tsuboi Toru since July 2014.",
    },
    territories: [{ key: "kasumigaura" }],
  },
  {
    slug: "fukuroi",
    kind: "MUNICIPALITY",
    country: "JP",
    parent: "shizuoka",
    name: { en: "Fukuroi City", vi: "Fukuroi", ja: "袋井市" },
    summary: {
      en: "City in Shizuoka Prefecture, home of Dr Asaba Sakitaro, with a stele to Phan Boi Chau.",
    },
    territories: [{ key: "fukuroi" }],
  },
];

export const successions: SeedSuccession[] = [
  {
    predecessor: "bac-ninh-1997",
    successor: "bac-ninh-2025",
    effectiveOn: "2025-07-01",
    note: { en: "Bac Ninh and Bac Giang merged into the new Bac Ninh province (Resolution 202/2025/QH15 of 12 Jun 2025)." },
    source: "luatvietnam-res-202-2025",
  },
  {
    predecessor: "bac-giang-1997",
    successor: "bac-ninh-2025",
    effectiveOn: "2025-07-01",
    note: { en: "Bac Giang and Bac Ninh merged into the new Bac Ninh province (Resolution 202/2025/QH15 of 12 Jun 2025)." },
    source: "luatvietnam-res-202-2025",
  },
  {
    predecessor: "vinh-to-2024",
    successor: "vinh-2024",
    effectiveOn: "2024-12-01",
    note: { en: "Cua Lo town and four Nghi Loc communes (Nghi Xuan, Phuc Tho, Nghi Thai, Nghi Phong) merged into Vinh." },
    source: "baonghean-10288111",
  },
];
