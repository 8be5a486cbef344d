"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { fieldErrors, parseFormData } from "@/lib/schemas/form-data";
import type { DocumentFormState } from "@/lib/schemas/form-state";
import { DocumentRefInputs } from "../document-ref-inputs";
import { FormStatus } from "../form-status";
import { TranslationSummary } from "../translation-summary";

export type Option = { value: string; label: string };
export type Text = { en?: string; vi?: string; ja?: string };

/**
 * What a form shows in a field whose schema gives it type T: the stored document's value,
 * or the string a refused post sent back (so a number or a date may arrive as text).
 */
export type FormValue<T> = T extends boolean
  ? boolean | string
  : T extends number
    ? string | number
    : T extends readonly (infer Item)[]
      ? FormValue<Item>[]
      : T extends { en: string }
        ? Text
        : T extends Date
          ? string
          : T extends object
            ? { [K in keyof T]?: FormValue<NonNullable<T[K]>> }
            : string;

/** The values a content form is drawn from, derived from the schema that checks it. */
export type FormValues<Schema extends z.ZodType> = FormValue<z.output<Schema>>;
export type Errors = Record<string, string> | undefined;
export interface DocumentRefs {
  workingCopyId: number | null;
  entityId: number | null;
  version: number;
}

/** What the admin pages pass to every area's form. */
export interface DocumentFormProps<Values, Options> {
  action: (state: DocumentFormState, form: FormData) => Promise<DocumentFormState>;
  initial: Values;
  options: Options;
  refs: DocumentRefs;
  /** A refused plain-HTML post's state, which the page was sent back with (lib/actions/refusal.ts). */
  refused?: DocumentFormState;
}

const correctMessage = "The draft was not saved: please correct the fields marked below.";

/**
 * The frame every content form shares: the version it was opened at, the message or
 * conflict after a refused save, the fields (drawn by `children` from the values to show),
 * and the save button. A plain form post without JavaScript, checked on the server. With
 * JavaScript the same Zod schema checks the form before it is sent, and no page reloads.
 */
export function DocumentForm<Values>({
  action,
  initial,
  refs: pageRefs,
  refused,
  schema,
  arrayFields = [],
  translated = true,
  children,
}: Omit<DocumentFormProps<Values, unknown>, "options"> & {
  schema: z.ZodType;
  arrayFields?: string[];
  /** False for a form of names only (people), which are not translated. */
  translated?: boolean;
  children: (values: Values, errors: Errors) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, refused ?? {});
  // What the browser's own check found, with the input it checked: blank spare rows are dropped
  // before checking, so the form is redrawn from that input for the errors to sit on the right rows.
  const [browserCheck, setBrowserCheck] = useState<{
    errors: Record<string, string>;
    values: Values;
  }>();
  const [checkedState, setCheckedState] = useState(state);
  if (checkedState !== state) {
    // A new answer from the server replaces what the browser found.
    setCheckedState(state);
    setBrowserCheck(undefined);
  }
  // What the editor last sent, shown again when the server refuses without echoing it
  // (a session that ended: the server reads nothing from a post it has not authorized).
  const [sent, setSent] = useState<Values>();
  const shownValues =
    browserCheck?.values ??
    (state.values as Values | undefined) ??
    (state.message && !state.ok ? sent : undefined);
  const values = shownValues ?? initial;
  const errors = browserCheck?.errors ?? state.errors;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Take keyboard and screen-reader users to the first field to correct.
    const first = browserCheck && Object.keys(browserCheck.errors)[0];
    if (first)
      formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
  }, [browserCheck]);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const read = parseFormData(new FormData(event.currentTarget), arrayFields);
    // A post the parser refuses is sent anyway: the server says why.
    if (!read.ok) return setBrowserCheck(undefined);
    const input = read.data as Values;
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      setSent(input);
      return setBrowserCheck(undefined);
    }
    event.preventDefault();
    setBrowserCheck({ errors: fieldErrors(parsed.error.issues), values: input });
  }
  // After a refused save the form keeps the version it was opened at, so the editor must
  // reload to build on the other editor's work.
  const refs = state.refs ?? pageRefs;
  return (
    // The key remounts the fields after a refused save, so they show what was typed.
    <form
      ref={formRef}
      key={JSON.stringify(shownValues ?? null)}
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="space-y-6"
    >
      <DocumentRefInputs refs={refs} />
      <FormStatus
        message={browserCheck ? correctMessage : state.message}
        conflict={browserCheck ? undefined : state.conflict}
      />
      {translated ? <TranslationSummary values={values} /> : null}
      {children(values, errors)}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save draft"}
        </button>
        <span className="text-sm text-slate-600">
          Saving keeps a revision; the public site changes only when you publish.
        </span>
      </div>
    </form>
  );
}
