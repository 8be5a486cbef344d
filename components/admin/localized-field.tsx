// One text in three languages side by side, with the state of each translation (lib/i18n/
// translation.ts): missing, the source's original, the portal's translation, reviewed, or
// outdated (the English changed after it was saved). The editor sets the status, or ticks that
// an outdated translation still matches, in the same form; both are checked by the record's
// Zod schema and work as a plain form post. What the server stamped is posted back unchanged in
// hidden fields, so it can tell an edited translation from an untouched one.
import {
  languageState,
  translatedLocales,
  translationStatuses,
  type TrackedText,
  type TranslatedLocale,
  type TranslationStatus,
} from "@/lib/i18n/translation";
import { FieldError, idOf, inputClass, type FieldProps } from "./fields";

type Text = Partial<TrackedText> | undefined;
const languages = [
  { code: "en", label: "English" },
  { code: "vi", label: "Tiếng Việt" },
  { code: "ja", label: "日本語" },
] as const;
const languageNames: Record<TranslatedLocale, string> = { vi: "Vietnamese", ja: "Japanese" };

export const statusLabels: Record<TranslationStatus, string> = {
  original: "Original: the source's language",
  translated: "Portal translation",
  reviewed: "Reviewed by an editor",
};

/** What the server stamped, posted back as it came (the status is the editor's select). */
const carried = ["enHash", "viStamp", "jaStamp"] as const;

interface LocalizedFieldProps extends FieldProps {
  defaultValue?: Text;
  required?: boolean;
  multiline?: boolean;
  /** False for names, which are written, not translated: no status, only what is missing. */
  translatable?: boolean;
}

export function LocalizedField({
  name,
  label,
  errors,
  defaultValue,
  required,
  multiline,
  translatable = true,
}: LocalizedFieldProps) {
  const states = Object.fromEntries(
    translatedLocales.map((lang) => [lang, languageState(defaultValue, lang)]),
  ) as Record<TranslatedLocale, ReturnType<typeof languageState>>;
  const flagged = defaultValue?.en
    ? translatedLocales.filter(
        (lang) => states[lang].status === "missing" || (translatable && states[lang].outdated),
      )
    : [];
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-red-800"> * (English required)</span> : null}
        {flagged.map((lang) => (
          <span
            key={lang}
            className="ml-2 inline-block whitespace-nowrap rounded bg-amber-50 px-1.5 text-xs font-normal text-amber-900 ring-1 ring-amber-300"
          >
            {languageNames[lang]} {states[lang].status === "missing" ? "missing" : "outdated"}
          </span>
        ))}
      </legend>
      {carried.map((key) =>
        defaultValue?.[key] ? (
          <input key={key} type="hidden" name={`${name}.${key}`} value={defaultValue[key]} />
        ) : null,
      )}
      <div className="grid gap-3 md:grid-cols-3">
        {languages.map((lang) => {
          const field = `${name}.${lang.code}`;
          const id = idOf(field);
          const error = errors?.[field];
          const state =
            lang.code !== "en" && translatable && defaultValue?.en ? states[lang.code] : undefined;
          const describedBy =
            [error ? `${id}-error` : "", state ? `${id}-state` : ""].filter(Boolean).join(" ") ||
            undefined;
          const props = {
            id,
            name: field,
            lang: lang.code,
            defaultValue: defaultValue?.[lang.code] ?? "",
            "aria-invalid": error ? true : undefined,
            "aria-describedby": describedBy,
            className: inputClass,
          };
          return (
            <div key={lang.code}>
              <label htmlFor={id} className="block text-xs font-medium text-slate-700">
                {lang.label}
              </label>
              {multiline ? <textarea rows={4} {...props} /> : <input {...props} />}
              <FieldError id={`${id}-error`} message={error} />
              {state && lang.code !== "en" ? (
                <TranslationState
                  name={name}
                  lang={lang.code}
                  state={state}
                  stateId={`${id}-state`}
                  errors={errors}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Under a translation: its state in words, the status select, and the tick that clears "outdated". */
function TranslationState({
  name,
  lang,
  state,
  stateId,
  errors,
}: {
  name: string;
  lang: TranslatedLocale;
  state: ReturnType<typeof languageState>;
  stateId: string;
  errors: FieldProps["errors"];
}) {
  if (state.status === "missing") {
    return (
      <p id={stateId} className="mt-1 text-xs text-amber-800">
        Missing: {languageNames[lang]} readers see the English.
      </p>
    );
  }
  const statusField = `${name}.${lang}Status`;
  const statusId = idOf(statusField);
  return (
    <div className="mt-1 space-y-1 text-xs text-slate-700">
      <p
        id={stateId}
        className={
          state.outdated
            ? "rounded bg-amber-50 px-2 py-1 text-amber-900 ring-1 ring-amber-300"
            : undefined
        }
      >
        {state.outdated
          ? "Outdated: the English changed after this translation was saved."
          : `${statusLabels[state.status]}.`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={statusId}>{languageNames[lang]} status</label>
        <select
          id={statusId}
          name={statusField}
          defaultValue={state.status}
          aria-invalid={errors?.[statusField] ? true : undefined}
          aria-describedby={errors?.[statusField] ? `${statusId}-error` : undefined}
          className="rounded border border-slate-400 bg-white px-1 py-0.5"
        >
          {translationStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={`${statusId}-error`} message={errors?.[statusField]} />
      {state.outdated ? (
        <label className="flex items-start gap-1.5">
          <input type="checkbox" name={`${name}.${lang}Checked`} className="mt-0.5" />
          <span>Checked: it still matches the English (marks it reviewed)</span>
        </label>
      ) : null}
    </div>
  );
}
