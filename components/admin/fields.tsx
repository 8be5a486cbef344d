// Form fields for every staff form: a label, the control, and the error tied to it with
// aria-describedby. Uncontrolled, so they work as a plain form post without JavaScript.
import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm focus-visible:border-brand-600 aria-[invalid=true]:border-red-700";
export const buttonClass =
  "inline-flex items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-60";
export const quietButtonClass =
  "inline-flex items-center rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-60";

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  ) : null;
}

export interface FieldProps {
  name: string;
  label: string;
  errors?: Record<string, string>;
  hint?: ReactNode;
}

export const idOf = (name: string) => `field-${name.replace(/\./g, "-")}`;

/** The id and ARIA wiring of one control: its error and hint are read out with it. */
function wiring(
  name: string,
  errors: Record<string, string> | undefined,
  hint?: ReactNode,
  givenId?: string,
) {
  const id = givenId ?? idOf(name);
  const error = errors?.[name];
  const describedBy =
    [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return {
    id,
    error,
    control: {
      id,
      name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
    },
  };
}

/** Label, hint, the control, then its error. */
function Frame({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {/* Said to screen readers by aria-required on the control. */}
        {required ? (
          <span aria-hidden="true" className="text-red-800">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

interface TextFieldProps extends FieldProps {
  /** When a page has several fields of this name (default: from the name). */
  id?: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: "numeric" | "decimal" | "url";
}

export function TextField({
  id: givenId,
  name,
  label,
  errors,
  hint,
  type = "text",
  autoComplete,
  defaultValue,
  required,
  placeholder,
  inputMode,
}: TextFieldProps) {
  const { id, error, control } = wiring(name, errors, hint, givenId);
  return (
    <Frame id={id} label={label} required={required} hint={hint} error={error}>
      <input
        {...control}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-required={required || undefined}
        className={inputClass}
      />
    </Frame>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  defaultValue,
  options,
  required,
}: FieldProps & {
  defaultValue?: string;
  options: { value: string; label: string }[];
  required?: boolean;
}) {
  const { id, error, control } = wiring(name, errors, hint);
  return (
    <Frame id={id} label={label} required={required} hint={hint} error={error}>
      <select
        {...control}
        defaultValue={defaultValue ?? ""}
        aria-required={required || undefined}
        className={inputClass}
      >
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A single yes/no box; posts "on" when ticked and nothing otherwise. */
export function CheckboxField({
  name,
  label,
  errors,
  hint,
  defaultChecked,
}: FieldProps & { defaultChecked?: boolean }) {
  const { id, error, control } = wiring(name, errors, hint);
  return (
    <div>
      <label htmlFor={id} className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" {...control} defaultChecked={defaultChecked} className="mt-1" />
        <span>
          {label}
          {hint ? (
            <span id={`${id}-hint`} className="block text-xs text-slate-600">
              {hint}
            </span>
          ) : null}
        </span>
      </label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function CheckboxGroup({
  name,
  label,
  errors,
  options,
  checked,
  scroll,
}: FieldProps & {
  options: { value: string; label: string }[];
  checked: string[];
  scroll?: boolean;
}) {
  const error = errors?.[name];
  const id = idOf(name);
  return (
    <fieldset
      aria-describedby={error ? `${id}-error` : undefined}
      className="rounded border border-slate-200 p-3"
    >
      <legend className="px-1 text-sm font-medium text-slate-800">{label}</legend>
      <div className={`grid gap-1 sm:grid-cols-2 ${scroll ? "max-h-64 overflow-y-auto" : ""}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="mt-1"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
