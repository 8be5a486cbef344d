// Walks the message files: every leaf with its key, and what an ICU message asks of its caller.
import { readFileSync } from "node:fs";
import path from "node:path";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";

type Tree = { [key: string]: string | Tree };

/** A message file read from disk (Playwright's loader cannot import JSON without an import attribute). */
export function readMessages(locale: string): Tree {
  return JSON.parse(
    readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"),
  );
}

export function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[prefix + key, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** The arguments and tags a message uses ("count", "<time>"), and its plain-text fragments. */
export function anatomy(message: string) {
  const names = new Set<string>();
  const literals: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) literals.push(element.value);
      if (
        element.type === TYPE.argument ||
        element.type === TYPE.number ||
        element.type === TYPE.date
      )
        names.add(element.value);
      if (element.type === TYPE.tag) {
        names.add(`<${element.value}>`);
        walk(element.children);
      }
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        names.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return { names, literals };
}
