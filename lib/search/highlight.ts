// Which parts of a title match the query, as plain-text segments: the page wraps the matches
// in <mark> and React escapes every segment, so no HTML is ever built from user input.
// Matching folds case and diacritics the way PostgreSQL's portal_fold() does ("nghe an"
// marks "Nghệ An"), and maps the positions back to the original text.

export interface Segment {
  text: string;
  match: boolean;
}

/** Lower case, without combining marks; đ/Đ become d (NFD does not decompose them). */
function foldChar(char: string): string {
  return char.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** The folded text, and for each of its UTF-16 units the index of the original unit it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    folded += f;
    for (let i = 0; i < f.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

export const foldText = (text: string) => foldWithMap(text).folded;

/** The title cut into matching and non-matching segments for each word of the query. */
export function highlight(text: string, query: string): Segment[] {
  const phrase = foldText(query).trim().replace(/\s+/g, " ");
  // The whole phrase first, so "dao hong lan" marks "Đào Hồng Lan" as one run, then each word.
  const words = [phrase, ...phrase.split(" ")].filter(Boolean);
  const { folded, origin } = foldWithMap(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    // Search matches a word or (from three characters) the start of one, so only such places
    // are marked: "an" marks "An" in "Nghe An", not the "an" in "Japan" or "and". Scripts
    // written without spaces (Japanese) have no word starts to go by: any place matches there.
    const spaced = /^[\p{Script=Latin}\p{N}]/u.test(word);
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const after = at + word.length;
      if (spaced && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) continue;
      // Words under three characters match only whole, as in the SQL ("an" is not "and").
      if (spaced && word.length < 3 && after < folded.length && /[\p{L}\p{N}]/u.test(folded[after]))
        continue;
      const start = origin[at];
      const end = origin[after];
      for (let i = start; i < end; i++) marked[i] = true;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], match: marked[i] });
  }
  return segments;
}
