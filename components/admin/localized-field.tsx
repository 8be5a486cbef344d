// One text in three languages side by side. A text also carries its translation state
// (lib/i18n/translation.ts); the form posts that state back unchanged in hidden fields, so a
// save that did not touch a translation keeps what it was made from, and the server can tell
// an edited translation from an untouched one after the English changed.
import type { TrackedText } from "@/lib/i18n/translation";
import { FieldError, idOf, inputClass, type FieldProps } from "./fields";

type Text = Partial<TrackedText> | undefined;
const languages = [
  { code: "en", label: "English" },
  { code: "vi", label: "Tiếng Việt" },
  { code: "ja", label: "日本語" },
] as const;

/** The state a text was saved with, posted back as it came. */
const carried = ["enHash", "viStatus", "viStamp", "jaStatus", "jaStamp"] as const;

/** One text in three languages side by side, saying which translations are missing. */
export function LocalizedField({ name, label, errors, defaultValue, required, multiline }: FieldProps & { defaultValue?: Text; required?: boolean; multiline?: boolean }) {
  const missing = languages.filter((l) => l.code !== "en" && !defaultValue?.[l.code]?.trim() && defaultValue?.en);
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-red-800"> * (English required)</span> : null}
        {missing.length > 0 ? <span className="ml-2 text-xs font-normal text-amber-800">Missing: {missing.map((l) => l.label).join(", ")}</span> : null}
      </legend>
      {carried.map((key) => (defaultValue?.[key] ? <input key={key} type="hidden" name={`${name}.${key}`} value={defaultValue[key]} /> : null))}
      <div className="grid gap-3 md:grid-cols-3">
        {languages.map((lang) => {
          const field = `${name}.${lang.code}`;
          const id = idOf(field);
          const error = errors?.[field];
          const props = {
            id,
            name: field,
            lang: lang.code,
            defaultValue: defaultValue?.[lang.code] ?? "",
            "aria-invalid": error ? true : undefined,
            "aria-describedby": error ? `${id}-error` : undefined,
            className: inputClass,
          };
          return (
            <div key={lang.code}>
              <label htmlFor={id} className="block text-xs font-medium text-slate-700">{lang.label}</label>
              {multiline ? <textarea rows={4} {...props} /> : <input {...props} />}
              <FieldError id={`${id}-error`} message={error} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
