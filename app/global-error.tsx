"use client";

import { ErrorReference } from "@/components/site/error-reference";
import "./globals.css";

// Shown only when a root layout itself fails, so no language or message file can be relied
// on here: the few words stand in all three languages (the one exception to messages/*.json,
// kept out of them so that no browser downloads the message files). Styled by classes only,
// as the staff pages' policy allows no inline style.
const text = [
  {
    lang: "vi",
    title: "Đã xảy ra lỗi",
    body: "Hiện không thể hiển thị trang này. Vui lòng thử lại sau ít phút.",
  },
  {
    lang: "ja",
    title: "エラーが発生しました",
    body: "現在このページを表示できません。しばらくしてから、もう一度お試しください。",
  },
  {
    lang: "en",
    title: "Something went wrong",
    body: "The page could not be shown just now. Please try again in a moment.",
  },
] as const;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body className="min-h-screen antialiased">
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          {text.map(({ lang, title, body }, i) => (
            <section key={lang} lang={lang} className="mb-8">
              {i === 0 ? (
                <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
              ) : (
                <h2 className="text-2xl font-bold tracking-tight">{title}</h2>
              )}
              <p className="mt-4 text-slate-700">{body}</p>
            </section>
          ))}
          <ErrorReference
            label="Reference / Mã tham chiếu / 参照番号"
            digest={error.digest}
            className="mt-2 text-xs text-slate-600"
          />
        </main>
      </body>
    </html>
  );
}
