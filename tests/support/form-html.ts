// What a browser without JavaScript would post from a server-rendered form: the named inputs
// with their values, ticked boxes, the selected option of each select, and textareas.
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1]) : undefined;
};

export function formPostOf(html: string): FormData {
  const form = new FormData();
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (!name || type === "submit") continue;
    if (type === "checkbox" || type === "radio") {
      if (/\schecked=""/.test(tag)) form.append(name, attribute(tag, "value") ?? "on");
    } else {
      form.append(name, attribute(tag, "value") ?? "");
    }
  }
  for (const [, attrs, body] of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(attrs, "name");
    const selected =
      /<option\b[^>]*\sselected=""[^>]*>/.exec(body)?.[0] ?? /<option\b[^>]*>/.exec(body)?.[0];
    if (name && selected) form.append(name, attribute(selected, "value") ?? "");
  }
  for (const [, attrs, body] of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(attrs, "name");
    // React writes a leading newline before a textarea's content.
    if (name) form.append(name, unescape(body.replace(/^\n/, "")));
  }
  return form;
}
