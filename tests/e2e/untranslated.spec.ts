// Every interface string on a Vietnamese or Japanese page is in that language. Text in another
// language is allowed only inside an element that says so with its own lang (an English
// original, a Japanese name on a Vietnamese page). Two checks per page:
// (1) no English message from messages/en.json whose translation differs appears;
// (2) no English text shows identically on the English page and on this one (catches strings
//     written straight into a component, which (1) cannot know about).
import { expect, test, type Page } from "@playwright/test";
import { anatomy, leaves, readMessages } from "../support/messages";
import { publicPaths } from "./public-pages";

/**
 * The page's own-language text: text nodes, labels, title and description, minus fragments
 * marked as another language. A title or description that falls back to English cannot mark
 * its lang; it says so in words instead (`marker`), and is left out here.
 */
function ownText(page: Page, marker: string) {
  return page.evaluate((marker) => {
    const pageLang = document.documentElement.lang;
    const own = (el: Element) =>
      (el.closest("[lang]")?.getAttribute("lang") ?? pageLang) === pageLang;
    const metadata = [
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
    ];
    const out: string[] = metadata.filter((text) => !text.includes(`(${marker})`));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template") || !own(parent)) continue;
      out.push(node.textContent ?? "");
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (!own(el)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"])
        out.push(el.getAttribute(name) ?? "");
    }
    return out.map((text) => text.replace(/\s+/g, " ").trim()).filter(Boolean);
  }, marker);
}

/** English fragments of every message whose translation does not keep them ("as of", "Sources disagree"). */
function englishFragments(locale: "vi" | "ja") {
  const translated = new Map(leaves(readMessages(locale)));
  return [
    ...new Set(
      leaves(readMessages("en")).flatMap(([key, text]) => {
        const kept = anatomy(translated.get(key) ?? "").literals.join(" ");
        return anatomy(text)
          .literals.map((literal) => literal.trim())
          .filter((literal) => /[A-Za-z]{4,}/.test(literal) && !kept.includes(literal));
      }),
    ),
  ];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Two or more Latin words, one of them in lower case: a phrase, not an acronym (FDI, ODA),
// a licence's code (CC BY 4.0) or a name (Vinh).
const englishPhrase = /(?=.*[a-z]{2})[A-Za-z]{2,}[^A-Za-z\u00C0-\u1EF9]+[A-Za-z]{2,}/;

for (const locale of ["vi", "ja"] as const) {
  test.describe(`${locale} pages carry no untranslated interface text`, () => {
    test.slow(); // two large pages each, on a shared machine
    const marker = (readMessages(locale).site as { englishOriginal: string }).englishOriginal;
    const fragments = englishFragments(locale).map((fragment) => ({
      fragment,
      pattern: new RegExp(`(^|[^A-Za-z])${escape(fragment)}($|[^A-Za-z])`),
    }));

    for (const path of publicPaths) {
      test(`/${locale}${path}`, async ({ page }) => {
        await page.goto(`/en${path}`);
        const english = new Set(await ownText(page, marker));
        await page.goto(`/${locale}${path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const text = await ownText(page, marker);

        const fromMessages = fragments
          .filter(({ pattern }) => text.some((t) => pattern.test(t)))
          .map(({ fragment }) => fragment);
        expect(fromMessages, "English messages on the page").toEqual([]);
        const sameAsEnglish = text.filter((t) => english.has(t) && englishPhrase.test(t));
        expect(sameAsEnglish, "text identical to the English page's").toEqual([]);
      });
    }
  });
}
