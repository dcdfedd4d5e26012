"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { errorIdFor, FieldError, fieldIdFor } from "./FieldError";

type CommonProps = {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  /** Validation message key of the field, if any. */
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
};

function describedBy(name: string, error: string | undefined, hint: ReactNode) {
  const ids = [hint ? `${fieldIdFor(name)}-hint` : null, error ? errorIdFor(name) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Hint({ name, hint }: { name: string; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={`${fieldIdFor(name)}-hint`} className="mt-1 text-xs text-slate-600">
      {hint}
    </p>
  );
}

function Label({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="label">
      {children}
      {required && (
        <span aria-hidden="true" className="ml-0.5 text-red-700">
          *
        </span>
      )}
    </label>
  );
}

export function TextField({
  label,
  registration,
  error,
  hint,
  required,
  className = "",
  type = "text",
  maxLength,
  autoComplete,
  inputMode,
}: CommonProps & {
  type?: "text" | "date" | "email";
  maxLength?: number;
  autoComplete?: string;
  inputMode?: "text" | "decimal" | "numeric";
}) {
  const id = fieldIdFor(registration.name);
  return (
    <div className={className}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      <input
        id={id}
        type={type}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(registration.name, error, hint)}
        className="input"
        {...registration}
      />
      <Hint name={registration.name} hint={hint} />
      <FieldError name={registration.name} messageKey={error} params={maxLength ? { max: maxLength } : undefined} />
    </div>
  );
}

export function TextAreaField({
  label,
  registration,
  error,
  hint,
  required,
  className = "",
  maxLength,
  rows = 3,
}: CommonProps & { maxLength?: number; rows?: number }) {
  const id = fieldIdFor(registration.name);
  return (
    <div className={className}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(registration.name, error, hint)}
        className="input"
        {...registration}
      />
      <Hint name={registration.name} hint={hint} />
      <FieldError name={registration.name} messageKey={error} params={maxLength ? { max: maxLength } : undefined} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };

export function SelectField({
  label,
  registration,
  error,
  hint,
  required,
  className = "",
  options,
  placeholder,
}: CommonProps & { options: readonly SelectOption[]; placeholder: string }) {
  const id = fieldIdFor(registration.name);
  return (
    <div className={className}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(registration.name, error, hint)}
        className="input"
        {...registration}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Hint name={registration.name} hint={hint} />
      <FieldError name={registration.name} messageKey={error} />
    </div>
  );
}

export function CheckboxField({
  label,
  registration,
  error,
  hint,
  className = "",
}: CommonProps) {
  const id = fieldIdFor(registration.name);
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(registration.name, error, hint)}
          className="mt-1 h-4 w-4 shrink-0 rounded border-slate-400 text-brand-700 focus:ring-brand-600"
          {...registration}
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <Hint name={registration.name} hint={hint} />
      <FieldError name={registration.name} messageKey={error} />
    </div>
  );
}
