// A staff form rendered on the server, as a browser without JavaScript receives it, and what
// posting it untouched sends: for tests that the forms and their schemas agree.
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { documentForms } from "@/components/admin/forms";
import type { DocumentFormProps } from "@/components/admin/forms/document-form";
import { contentAreas, type AreaKey } from "@/lib/content/areas";
import { getFormOptions } from "@/lib/content/form-options";
import { parseFormData } from "@/lib/schemas/form-data";
import { formPostOf } from "./form-html";

/** The form of `area` rendered with `initial` in its fields, and what it would post (`edit` changes the post first). */
export async function renderAndPost(
  area: AreaKey,
  initial: unknown,
  edit?: (post: FormData) => void,
) {
  const Form = documentForms[area] as ComponentType<DocumentFormProps<unknown, unknown>>;
  const html = renderToStaticMarkup(
    createElement(Form, {
      action: async () => ({}),
      initial,
      options: await getFormOptions(area),
      refs: { workingCopyId: null, entityId: null, version: 0 },
    }),
  );
  const post = formPostOf(html);
  edit?.(post);
  const parsed = parseFormData(post, contentAreas[area].adapter.arrayFields);
  if (!parsed.ok) throw new Error(parsed.message);
  return { html, input: parsed.data };
}
