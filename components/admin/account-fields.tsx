// Inputs and messages for the staff account forms (sign-in, password, users). Each error is
// tied to its field with aria-describedby; the form message is announced politely.
import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm shadow-sm focus-visible:border-brand-600 aria-[invalid=true]:border-red-700";
export const buttonClass =
  "inline-flex items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-60";
export const quietButtonClass =
  "inline-flex items-center rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-60";

interface FieldProps {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  required?: boolean;
}

export function Field({ id, name, label, error, hint, type = "text", autoComplete, defaultValue, required }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form's message: a refusal in red, a success in green; always present so it is announced. */
export function FormMessage({ message, ok, id }: { message?: string; ok?: boolean; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite">
      {message ? (
        <p className={`rounded border px-3 py-2 text-sm ${ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
