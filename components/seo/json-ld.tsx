/**
 * Structured data for search engines. JSON.stringify does not escape "<", so a name holding
 * "</script>" would end the element early: every "<" (and the two line separators JavaScript
 * once treated as line ends) is written as a \u escape, which JSON parsers read back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
