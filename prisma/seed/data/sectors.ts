// Sectors named in the meetings and investment priorities.
import type { SeedSector } from "../types";

export const sectors: SeedSector[] = [
  { slug: "electronics", name: { en: "Electronics", vi: "Điện tử", ja: "エレクトロニクス" } },
  { slug: "precision-engineering", name: { en: "Precision engineering", vi: "Cơ khí chính xác", ja: "精密機械" } },
  { slug: "civil-industry", name: { en: "Civil industry", vi: "Công nghiệp dân dụng", ja: "民生産業" } },
  { slug: "agriculture", name: { en: "Agriculture", vi: "Nông nghiệp", ja: "農業" } },
  { slug: "tourism", name: { en: "Tourism", vi: "Du lịch", ja: "観光" } },
  { slug: "education-training", name: { en: "Education and training", vi: "Giáo dục và đào tạo", ja: "教育・訓練" } },
  { slug: "human-resources", name: { en: "Human-resource development", vi: "Phát triển nguồn nhân lực", ja: "人材育成" } },
  { slug: "infrastructure", name: { en: "Infrastructure", vi: "Cơ sở hạ tầng", ja: "インフラ" } },
  { slug: "investment-promotion", name: { en: "Investment promotion", vi: "Xúc tiến đầu tư", ja: "投資促進" } },
  { slug: "culture-exchange", name: { en: "Cultural exchange", vi: "Giao lưu văn hóa", ja: "文化交流" } },
  { slug: "retail", name: { en: "Retail", vi: "Bán lẻ", ja: "小売" } },
  // Fields named in the two starting articles.
  { slug: "industry", name: { en: "Industry", vi: "Công nghiệp", ja: "工業" } },
  { slug: "high-tech-agriculture", name: { en: "High-tech agriculture", vi: "Nông nghiệp công nghệ cao", ja: "ハイテク農業" } },
  { slug: "environmental-technology", name: { en: "Environmental technology", vi: "Công nghệ môi trường", ja: "環境技術" } },
  { slug: "digital-transformation", name: { en: "Digital transformation", vi: "Chuyển đổi số", ja: "デジタルトランスフォーメーション" } },
  { slug: "semiconductors", name: { en: "Semiconductors", vi: "Bán dẫn", ja: "半導体" } },
  { slug: "renewable-energy", name: { en: "Renewable energy", vi: "Năng lượng tái tạo", ja: "再生可能エネルギー" } },
  { slug: "green-economy", name: { en: "Green economy", vi: "Kinh tế xanh", ja: "グリーン経済" } },
];
