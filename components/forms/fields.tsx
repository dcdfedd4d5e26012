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

/** Build the ARIA attributes that link a control to its validity, required mark, hint and error text. */
function controlAria(name: string, error: string | undefined, hint: ReactNode, required?: boolean) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-required": required || undefined,
    "aria-describedby": describedBy(name, error, hint),
  } as const;
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

/** Label above a control, with the hint and error text below it. */
function LabelledField({
  label,
  registration,
  error,
  hint,
  required,
  className = "",
  errorParams,
  children,
}: CommonProps & { errorParams?: Record<string, string | number>; children: ReactNode }) {
  return (
    <div className={className}>
      <Label htmlFor={fieldIdFor(registration.name)} required={required}>
        {label}
      </Label>
      {children}
      <Hint name={registration.name} hint={hint} />
      <FieldError name={registration.name} messageKey={error} params={errorParams} />
    </div>
  );
}

/** Build the props of a text-like control: id, ARIA attributes, class and react-hook-form registration. */
function controlProps({ registration, error, hint, required }: CommonProps) {
  return {
    id: fieldIdFor(registration.name),
    ...controlAria(registration.name, error, hint, required),
    className: "input",
    ...registration,
  };
}

export function TextField({
  type = "text",
  maxLength,
  autoComplete,
  inputMode,
  errorParams,
  ...common
}: CommonProps & {
  type?: "text" | "date" | "email";
  maxLength?: number;
  autoComplete?: string;
  inputMode?: "text" | "decimal" | "numeric";
  /** Values for the error message besides `max`, e.g. the departure date the invoice date is checked against. */
  errorParams?: Record<string, string | number>;
}) {
  return (
    <LabelledField {...common} errorParams={{ ...(maxLength ? { max: maxLength } : {}), ...errorParams }}>
      <input
        type={type}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        {...controlProps(common)}
      />
    </LabelledField>
  );
}

export function TextAreaField({ maxLength, rows = 3, ...common }: CommonProps & { maxLength?: number; rows?: number }) {
  return (
    <LabelledField {...common} errorParams={maxLength ? { max: maxLength } : undefined}>
      <textarea rows={rows} maxLength={maxLength} {...controlProps(common)} />
    </LabelledField>
  );
}

export type SelectOption = { value: string; label: string };

export function SelectField({
  options,
  placeholder,
  ...common
}: CommonProps & { options: readonly SelectOption[]; placeholder: string }) {
  return (
    <LabelledField {...common}>
      <select {...controlProps(common)}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
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
          {...controlAria(registration.name, error, hint)}
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
