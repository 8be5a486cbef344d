"use client";

// Shown only when a root layout itself fails, so no language or message file can be relied
// on here: the few words stand in all three languages (the one exception to messages/*.json,
// kept out of them so that no browser downloads the message files).
const text = [
  { lang: "vi", title: "Đã xảy ra lỗi", body: "Hiện không thể hiển thị trang này. Vui lòng thử lại sau ít phút." },
  { lang: "ja", title: "エラーが発生しました", body: "現在このページを表示できません。しばらくしてから、もう一度お試しください。" },
  { lang: "en", title: "Something went wrong", body: "The page could not be shown just now. Please try again in a moment." },
] as const;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        {text.map(({ lang, title, body }, i) => (
          <section key={lang} lang={lang} style={{ marginBottom: "2rem" }}>
            {i === 0 ? <h1>{title}</h1> : <h2>{title}</h2>}
            <p>{body}</p>
          </section>
        ))}
        {error.digest ? <p style={{ fontSize: 12, color: "#475569" }}>Reference: {error.digest}</p> : null}
      </body>
    </html>
  );
}
