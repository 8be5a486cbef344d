"use client";

import { useActionState, type ReactNode } from "react";
import type { DocumentFormState } from "@/lib/schemas/form-state";
import { FormStatus } from "../form-status";

export type Option = { value: string; label: string };
export type Text = { en?: string; vi?: string; ja?: string };
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
}

/**
 * The frame every content form shares: the version it was opened at, the message or
 * conflict after a refused save, the fields (drawn by `children` from the values to show),
 * and the save button. A plain form post without JavaScript; with it, no page reload.
 */
export function DocumentForm<Values>({ action, initial, refs: pageRefs, children }: Omit<DocumentFormProps<Values, unknown>, "options"> & { children: (values: Values, errors: Errors) => ReactNode }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = (state.values as Values | undefined) ?? initial;
  // After a refused save the form keeps the version it was opened at, so the editor must
  // reload to build on the other editor's work.
  const refs = state.refs ?? pageRefs;
  return (
    // The key remounts the fields after a refused save, so they show what was typed.
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="ref.workingCopyId" value={refs.workingCopyId ?? ""} />
      <input type="hidden" name="ref.entityId" value={refs.entityId ?? ""} />
      <input type="hidden" name="ref.version" value={refs.version} />
      <FormStatus message={state.message} conflict={state.conflict} />
      {children(values, state.errors)}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Saving…" : "Save draft"}
        </button>
        <span className="text-sm text-slate-600">Saving keeps a revision; the public site changes only when you publish.</span>
      </div>
    </form>
  );
}
