"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Spinner } from "./Spinner";

type Props = {
  children: ReactNode;
  pendingLabel: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** Also show the pending state when the parent tracks its own transition. */
  pending?: boolean;
  disabled?: boolean;
  name?: string;
  value?: string;
};

const variantClass = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  danger: "btn-danger",
} as const;

/** Submit button of a form that runs a server action: it shows progress until the action returns. */
export function SubmitButton({ children, pendingLabel, variant = "primary", className = "", pending, disabled, name, value }: Props) {
  const status = useFormStatus();
  const busy = pending || status.pending;

  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`${variantClass[variant]} ${className}`}
      disabled={busy || disabled}
      aria-busy={busy}
    >
      {busy ? (
        <>
          <Spinner />
          <span>{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
