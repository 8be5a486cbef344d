// What each province seeks (or is offered) Japanese investment and cooperation in, as stated.
import type { SeedInvestmentPriority } from "../types";

// The fields of one statement share its note and source, so a profile lists them together.
const bacNinh2023 = {
  en: "Named by Party Secretary Nguyen Anh Tuan in talks with Kanagawa Governor Kuroiwa Yuji (reported 30 Nov 2023) as fields where Bac Ninh seeks foreign investment and Japanese firms are strong.",
  vi: "Được Bí thư Tỉnh ủy Nguyễn Anh Tuấn nêu trong buổi làm việc với Thống đốc Kanagawa Kuroiwa Yuji (đưa tin ngày 30/11/2023) là những lĩnh vực Bắc Ninh đang thu hút đầu tư nước ngoài và doanh nghiệp Nhật Bản có thế mạnh.",
  ja: "Nguyễn Anh Tuấn省党委書記が黒岩祐治神奈川県知事との会談（2023年11月30日報道）で、バクニン省が外国投資を求め、かつ日本企業が強みを持つ分野として挙げたもの。",
};
const bacNinhOsaka2023 = { en: "Promoted by Bac Ninh at its investment seminar in Osaka, Sep 2023 (electronics, 'precision mechanics' and civil industry).", vi: "Được Bắc Ninh giới thiệu tại hội thảo xúc tiến đầu tư ở Osaka tháng 9/2023 (điện tử, 'cơ khí chính xác' và công nghiệp dân dụng).", ja: "2023年9月に大阪で開かれたバクニン省の投資セミナーで、同省が売り込んだ分野（エレクトロニクス、「精密機械」、民生産業）。" };
const ngheAn2019 = {
  en: "Named by Party Secretary Nguyen Dac Vinh, closing the Nghe An – Japan conference of 26 Apr 2019, as fields where the province hopes for Japanese investment.",
  vi: "Được Bí thư Tỉnh ủy Nguyễn Đắc Vinh nêu khi bế mạc hội nghị Nghệ An – Nhật Bản ngày 26/4/2019, là những lĩnh vực tỉnh mong muốn Nhật Bản đầu tư.",
  ja: "2019年4月26日のゲアン・日本会議の閉会にあたり、Nguyễn Đắc Vinh省党委書記が、日本からの投資を期待する分野として挙げたもの。",
};
const ngheAnMoc2019 = {
  en: "Fields of the tripartite memorandum of cooperation with JICA Vietnam and JETRO Hanoi (5 Sep 2019): agriculture and rural development, promotion of Japanese investment in Nghe An, and global human-resource development.",
  vi: "Các lĩnh vực của biên bản ghi nhớ hợp tác ba bên với JICA Việt Nam và JETRO Hà Nội (5/9/2019): nông nghiệp và phát triển nông thôn, xúc tiến đầu tư của Nhật Bản vào Nghệ An, và phát triển nguồn nhân lực toàn cầu.",
  ja: "JICAベトナム事務所・JETROハノイとの三者協力覚書（2019年9月5日）の分野：農業・農村開発、日本からゲアン省への投資促進、グローバル人材の育成。",
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
