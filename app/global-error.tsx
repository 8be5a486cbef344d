"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Something went wrong</h1>
        <p>The page could not be shown just now. Please try again in a moment.</p>
        {error.digest ? <p style={{ fontSize: 12, color: "#475569" }}>Reference: {error.digest}</p> : null}
      </body>
    </html>
  );
}
