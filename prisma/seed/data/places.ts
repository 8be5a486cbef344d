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
      vi: "Từ ngày 1/7/2025, Việt Nam có 34 đơn vị hành chính cấp tỉnh (28 tỉnh và 6 thành phố) và chính quyền địa phương hai cấp gồm cấp tỉnh và cấp xã; các đơn vị hành chính cấp huyện chấm dứt hoạt động từ ngày đó.",
      ja: "2025年7月1日から、ベトナムの省級行政単位は34（28省・6市）となり、地方政府は省と社の2層制に移行した。県級の行政単位は同日をもって活動を終えた。",
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
      vi: "Đến ngày 30/6/2025 là tỉnh có diện tích nhỏ nhất Việt Nam (822,71 km²), tỉnh lỵ là thành phố Bắc Ninh, kinh tế do công nghiệp điện tử và chế biến dẫn dắt (Samsung, Canon, Foxconn). Ngày 1/7/2025, tỉnh hợp nhất với Bắc Giang theo Nghị quyết 202/2025/QH15; trung tâm hành chính của tỉnh mới đặt tại thành phố Bắc Giang cũ.",
      ja: "2025年6月30日まではベトナムで面積が最も小さい省（822.71km²）で、省都はバクニン市。経済はエレクトロニクスと加工業（サムスン、キヤノン、フォックスコン）が牽引してきた。2025年7月1日、決議202/2025/QH15によりバクザン省と合併し、新しい省の行政中心は旧バクザン市に置かれている。",
    },
    territories: [
      {
        key: "bac-ninh-1997",
        validFrom: "1997",
        validTo: "2025-06-30",
        note: {
          en: "Bac Ninh as re-established in 1997 (it had been merged with Bac Giang into Ha Bac in 1963); merged with Bac Giang into the new Bac Ninh province on 1 July 2025.",
          vi: "Tỉnh Bắc Ninh tái lập năm 1997 (năm 1963 đã hợp nhất với Bắc Giang thành tỉnh Hà Bắc); ngày 1/7/2025 hợp nhất với Bắc Giang thành tỉnh Bắc Ninh mới.",
          ja: "1997年に再設置されたバクニン省（1963年にバクザン省と合併してハバック省となっていた）。2025年7月1日にバクザン省と合併し、新しいバクニン省となった。",
        },
      },
      {
        key: "bac-ninh-2025",
        validFrom: "2025-07-01",
        note: {
          en: "Merger of Bac Ninh and Bac Giang under National Assembly Resolution 202/2025/QH15; the administrative centre is in the former Bac Giang city.",
          vi: "Tỉnh hình thành từ việc hợp nhất Bắc Ninh và Bắc Giang theo Nghị quyết 202/2025/QH15 của Quốc hội; trung tâm hành chính đặt tại thành phố Bắc Giang cũ.",
          ja: "国会決議202/2025/QH15によるバクニン省とバクザン省の合併で発足した。行政中心は旧バクザン市に置かれている。",
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
      vi: "Tỉnh đã hợp nhất vào Bắc Ninh từ ngày 1/7/2025. Bắc Giang dẫn đầu cả nước về tăng trưởng GRDP năm 2023 (13,45%) và năm 2024 (13,85%); các nhà đầu tư lớn gồm Luxshare, Fukang và Hana Micron.",
      ja: "2025年7月1日にバクニン省へ合併された省。GRDP成長率は2023年（13.45%）と2024年（13.85%）に全国1位だった。主な投資企業にLuxshare、Fukang、Hana Micronがある。",
    },
    territories: [
      {
        key: "bac-giang-1997",
        validFrom: "1997",
        validTo: "2025-06-30",
        note: { en: "Merged with Bac Ninh into the new Bac Ninh province on 1 July 2025 (Resolution 202/2025/QH15).", vi: "Ngày 1/7/2025 hợp nhất với Bắc Ninh thành tỉnh Bắc Ninh mới (Nghị quyết 202/2025/QH15).", ja: "2025年7月1日にバクニン省と合併し、新しいバクニン省となった（決議202/2025/QH15）。" },
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
      vi: "Tỉnh có diện tích lớn nhất Việt Nam (16.490 km²); tỉnh lỵ là thành phố Vinh cho đến ngày 30/6/2025. Tháng 4/2025, lãnh đạo tỉnh gồm Bí thư Tỉnh ủy Nguyễn Đức Trung và Chủ tịch UBND tỉnh Lê Hồng Vinh.",
      ja: "面積がベトナム最大の省（16,490km²）。2025年6月30日までの省都はヴィン市。2025年4月時点の指導者は、省党委書記のNguyễn Đức Trungと省人民委員会委員長のLê Hồng Vinh。",
    },
    territories: [
      {
        key: "nghe-an",
        note: {
          en: "Boundary unchanged in 2025: Nghe An is one of the 11 provincial units not rearranged under Resolution 202/2025/QH15.",
          vi: "Địa giới không thay đổi năm 2025: Nghệ An là một trong 11 đơn vị hành chính cấp tỉnh không thực hiện sắp xếp theo Nghị quyết 202/2025/QH15.",
          ja: "2025年も境界は変わっていない。ゲアン省は、決議202/2025/QH15で再編の対象とならなかった11の省級単位の一つである。",
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
      vi: "Tỉnh đông dân thứ hai Nhật Bản, thủ phủ là Yokohama; Thống đốc Kuroiwa Yuji giữ chức từ ngày 23/4/2011. Tỉnh tổ chức Lễ hội Việt Nam tại Kanagawa hằng năm từ năm 2015 và Lễ hội Kanagawa tại Hà Nội từ năm 2018.",
      ja: "人口が全国で2番目に多い県で、県庁所在地は横浜市。2011年4月23日から黒岩祐治知事。2015年から毎年「ベトナムフェスタin神奈川」を開き、2018年からはハノイで神奈川フェスティバルを開催している。",
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
      vi: "Tỉnh có thủ phủ là thành phố Gifu; Thống đốc Furuta Hajime giữ chức từ tháng 2/2005 (nhiệm kỳ thứ 5). Các ngành chính: chế biến gỗ, dao kéo, gốm sứ, giấy washi, may mặc, ô tô và hàng không vũ trụ.",
      ja: "県庁所在地は岐阜市。2005年2月から古田肇知事（5期目）。主な産業は木工、刃物、陶磁器、和紙、アパレル、自動車、航空宇宙。",
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
      vi: "Tỉnh có thủ phủ là thành phố Shizuoka; Thống đốc Suzuki Yasutomo đắc cử ngày 26/5/2024 (trước đó là Thị trưởng thành phố Hamamatsu). Khoảng 15.000 người Việt Nam sinh sống tại tỉnh, là cộng đồng người nước ngoài đông nhất ở đây (tháng 3/2025).",
      ja: "県庁所在地は静岡市。知事は2024年5月26日に当選したSuzuki Yasutomo（前浜松市長）。県内には約1万5000人のベトナム人が暮らし、県内最大の外国人コミュニティとなっている（2025年3月）。",
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
      vi: "Tỉnh có thủ phủ là thành phố Kochi; Thống đốc Hamada Seiji giữ chức từ tháng 12/2019. Các ngành chính là trồng rau, hoa, quả và chế biến thực phẩm; 84% diện tích là rừng.",
      ja: "県庁所在地は高知市。2019年12月からHamada Seiji知事。主な産業は園芸農業と食品製造業で、県土の84%を森林が占める。",
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
      vi: "Tỉnh có thủ phủ là thành phố Mito; Thống đốc là Oigawa Kazuhiko. Trên địa bàn tỉnh có hồ Kasumigaura, hồ lớn thứ hai Nhật Bản.",
      ja: "県庁所在地は水戸市。知事はOigawa Kazuhiko。日本で2番目に大きい湖、霞ヶ浦がある。",
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
      vi: "Tỉnh lỵ của Nghệ An cho đến ngày 30/6/2025. Ngày 1/12/2024, thị xã Cửa Lò và bốn xã của huyện Nghi Lộc được sáp nhập vào thành phố; từ ngày 1/7/2025, Vinh không còn là đơn vị hành chính và địa bàn được chia thành sáu phường.",
      ja: "2025年6月30日までゲアン省の省都だった。2024年12月1日にクアロー町とギーロック県の4社が編入され、2025年7月1日に行政単位としては廃止されて、その区域は6つの坊（フオン）となった。",
    },
    territories: [
      {
        key: "vinh-to-2024",
        validTo: "2024-11-30",
        note: { en: "Vinh city before Cua Lo town and four Nghi Loc communes were merged into it on 1 December 2024.", vi: "Thành phố Vinh trước khi thị xã Cửa Lò và bốn xã của huyện Nghi Lộc được sáp nhập vào ngày 1/12/2024.", ja: "2024年12月1日にクアロー町とギーロック県の4社が編入される前のヴィン市。" },
      },
      {
        key: "vinh-2024",
        validFrom: "2024-12-01",
        validTo: "2025-06-30",
        note: {
          en: "Vinh after Cua Lo town and four Nghi Loc communes (Nghi Xuan, Phuc Tho, Nghi Thai, Nghi Phong) were merged in on 1 December 2024. It ceased as an administrative unit on 1 July 2025, when its area became six wards (Truong Vinh, Thanh Vinh, Vinh Hung, Vinh Phu, Vinh Loc, Cua Lo).",
          vi: "Thành phố Vinh sau khi thị xã Cửa Lò và bốn xã của huyện Nghi Lộc (Nghi Xuân, Phúc Thọ, Nghi Thái, Nghi Phong) được sáp nhập vào ngày 1/12/2024. Từ ngày 1/7/2025, Vinh không còn là đơn vị hành chính; địa bàn được chia thành sáu phường (Trường Vinh, Thành Vinh, Vinh Hưng, Vinh Phú, Vinh Lộc, Cửa Lò).",
          ja: "2024年12月1日にクアロー町とギーロック県の4社（Nghi Xuân、Phúc Thọ、Nghi Thái、Nghi Phong）が編入された後のヴィン市。2025年7月1日に行政単位としては廃止され、区域は6つの坊（Trường Vinh、Thành Vinh、Vinh Hưng、Vinh Phú、Vinh Lộc、Cửa Lò）となった。",
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
      vi: "Thành phố thuộc tỉnh Ibaraki, cách Tokyo khoảng 60 km về phía đông bắc, thành lập ngày 28/3/2005 trên cơ sở hợp nhất thị trấn Kasumigaura và thị trấn Chiyoda; Thị trưởng Tsuboi Toru giữ chức từ tháng 7/2014.",
      ja: "茨城県の市で、東京の北東約60kmに位置する。2005年3月28日に霞ヶ浦町と千代田町が合併して発足した。2014年7月からTsuboi Toru市長。",
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
      vi: "Thành phố thuộc tỉnh Shizuoka, quê hương của bác sĩ Asaba Sakitaro, nơi có tấm bia tưởng niệm Phan Bội Châu.",
      ja: "静岡県の市。医師Asaba Sakitaroの出身地で、Phan Bội Châuの記念碑がある。",
    },
    territories: [{ key: "fukuroi" }],
  },
];

export const successions: SeedSuccession[] = [
  {
    predecessor: "bac-ninh-1997",
    successor: "bac-ninh-2025",
    effectiveOn: "2025-07-01",
    note: { en: "Bac Ninh and Bac Giang merged into the new Bac Ninh province (Resolution 202/2025/QH15 of 12 Jun 2025).", vi: "Bắc Ninh và Bắc Giang hợp nhất thành tỉnh Bắc Ninh mới (Nghị quyết 202/2025/QH15 ngày 12/6/2025).", ja: "バクニン省とバクザン省が合併し、新しいバクニン省となった（2025年6月12日の決議202/2025/QH15）。" },
    source: "luatvietnam-res-202-2025",
  },
  {
    predecessor: "bac-giang-1997",
    successor: "bac-ninh-2025",
    effectiveOn: "2025-07-01",
    note: { en: "Bac Giang and Bac Ninh merged into the new Bac Ninh province (Resolution 202/2025/QH15 of 12 Jun 2025).", vi: "Bắc Giang và Bắc Ninh hợp nhất thành tỉnh Bắc Ninh mới (Nghị quyết 202/2025/QH15 ngày 12/6/2025).", ja: "バクザン省とバクニン省が合併し、新しいバクニン省となった（2025年6月12日の決議202/2025/QH15）。" },
    source: "luatvietnam-res-202-2025",
  },
  {
    predecessor: "vinh-to-2024",
    successor: "vinh-2024",
    effectiveOn: "2024-12-01",
    note: { en: "Cua Lo town and four Nghi Loc communes (Nghi Xuan, Phuc Tho, Nghi Thai, Nghi Phong) merged into Vinh.", vi: "Thị xã Cửa Lò và bốn xã của huyện Nghi Lộc (Nghi Xuân, Phúc Thọ, Nghi Thái, Nghi Phong) được sáp nhập vào thành phố Vinh.", ja: "クアロー町とギーロック県の4社（Nghi Xuân、Phúc Thọ、Nghi Thái、Nghi Phong）がヴィン市に編入された。" },
    source: "baonghean-10288111",
  },
];
