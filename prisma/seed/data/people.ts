// People named as participants in the seeded meetings. Vietnamese names carry diacritics and
// Japanese names kanji only where the spelling is certain; the admin shows the missing ones.
import type { SeedPerson } from "../types";

export const people: SeedPerson[] = [
  // ---- Bac Ninh
  { key: "nguyen-anh-tuan", name: { en: "Nguyen Anh Tuan", vi: "Nguyễn Anh Tuấn" } },
  { key: "nguyen-quoc-chung", name: { en: "Nguyen Quoc Chung", vi: "Nguyễn Quốc Chung" } },
  { key: "nguyen-huong-giang", name: { en: "Nguyen Huong Giang", vi: "Nguyễn Hương Giang" } },
  { key: "vuong-quoc-tuan", name: { en: "Vuong Quoc Tuan", vi: "Vương Quốc Tuấn" } },
  { key: "dao-hong-lan", name: { en: "Dao Hong Lan", vi: "Đào Hồng Lan" } },
  { key: "nguyen-hanh-chung", name: { en: "Nguyen Hanh Chung" } },
  { key: "nguyen-van-phong", name: { en: "Nguyen Van Phong", vi: "Nguyễn Văn Phong" } },
  { key: "le-thi-thu-huyen", name: { en: "Le Thi Thu Huyen" } },
  { key: "phan-the-tuan", name: { en: "Phan The Tuan", vi: "Phan Thế Tuấn" } },

  // ---- Nghe An
  { key: "nguyen-dac-vinh", name: { en: "Nguyen Dac Vinh", vi: "Nguyễn Đắc Vinh" } },
  { key: "nguyen-xuan-duong", name: { en: "Nguyen Xuan Duong", vi: "Nguyễn Xuân Đường" } },
  { key: "le-ngoc-hoa", name: { en: "Le Ngoc Hoa", vi: "Lê Ngọc Hoa" } },
  { key: "le-xuan-dai", name: { en: "Le Xuan Dai", vi: "Lê Xuân Đại" } },
  { key: "thai-thanh-quy", name: { en: "Thai Thanh Quy", vi: "Thái Thanh Quý" } },
  { key: "nguyen-xuan-son", name: { en: "Nguyen Xuan Son", vi: "Nguyễn Xuân Sơn" } },
  { key: "nguyen-duc-trung", name: { en: "Nguyen Duc Trung", vi: "Nguyễn Đức Trung" } },
  { key: "bui-dinh-long", name: { en: "Bui Dinh Long", vi: "Bùi Đình Long" } },
  { key: "hoang-nghia-hieu", name: { en: "Hoang Nghia Hieu", vi: "Hoàng Nghĩa Hiếu" } },
  { key: "le-quoc-khanh", name: { en: "Le Quoc Khanh" } },
  { key: "pham-tuan-vinh", name: { en: "Pham Tuan Vinh" } },
  { key: "vo-quang-tuan", name: { en: "Vo Quang Tuan" } },
  { key: "nguyen-danh-hung", name: { en: "Nguyen Danh Hung" } },
  { key: "nguyen-the-than", name: { en: "Nguyen The Than" } },
  { key: "vo-minh-the", name: { en: "Vo Minh The" } },
  { key: "ngo-dinh-phuong", name: { en: "Ngo Dinh Phuong" } },

  // ---- Vietnamese national leaders and diplomats
  { key: "ho-duc-phoc", name: { en: "Ho Duc Phoc", vi: "Hồ Đức Phớc" } },
  { key: "vuong-dinh-hue", name: { en: "Vuong Dinh Hue", vi: "Vương Đình Huệ" } },
  { key: "to-huy-rua", name: { en: "To Huy Rua", vi: "Tô Huy Rứa" } },
  { key: "truong-dinh-tuyen", name: { en: "Truong Dinh Tuyen", vi: "Trương Đình Tuyển" } },
  { key: "pham-minh-chinh", name: { en: "Pham Minh Chinh", vi: "Phạm Minh Chính" } },
  { key: "nguyen-thi-bich-ngoc", name: { en: "Nguyen Thi Bich Ngoc", vi: "Nguyễn Thị Bích Ngọc" } },
  { key: "nguyen-quoc-cuong", name: { en: "Nguyen Quoc Cuong", vi: "Nguyễn Quốc Cường" } },
  { key: "pham-quang-hieu", name: { en: "Pham Quang Hieu", vi: "Phạm Quang Hiệu" } },
  { key: "ngo-trinh-ha", name: { en: "Ngo Trinh Ha" } },

  // ---- Japan
  { key: "kuroiwa-yuji", name: { en: "Kuroiwa Yuji", ja: "黒岩祐治" } },
  { key: "watanabe-hitoshi", name: { en: "Watanabe Hitoshi" } },
  { key: "mogi-yoshibaru", name: { en: "Mogi Yoshibaru" } },
  { key: "furuta-hajime", name: { en: "Furuta Hajime", ja: "古田肇" } },
  { key: "yajima-seigo", name: { en: "Yajima Seigo" } },
  { key: "horibe-satoshi", name: { en: "Horibe Satoshi" } },
  { key: "yabashi-tatsuyoshi", name: { en: "Yabashi Tatsuyoshi" } },
  { key: "umeda-kunio", name: { en: "Umeda Kunio", ja: "梅田邦夫" } },
  { key: "yamada-takio", name: { en: "Yamada Takio", ja: "山田滝雄" } },
  { key: "ito-naoki", name: { en: "Ito Naoki", ja: "伊藤直樹" } },
  { key: "konaka-tetsuo", name: { en: "Konaka Tetsuo" } },
  { key: "nakajima-takeo", name: { en: "Nakajima Takeo" } },
  { key: "fukuda-tomikazu", name: { en: "Fukuda Tomikazu", ja: "福田富一" } },
  { key: "nitta-hachiro", name: { en: "Nitta Hachiro", ja: "新田八朗" } },
];
