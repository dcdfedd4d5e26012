"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/sign-in/actions";
import { Alert } from "@/components/ui/Alert";
import { SubmitButton } from "@/components/ui/SubmitButton";

const initialState: SignInState = { error: null, email: "" };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(signInAction, initialState);
  const invalid = state.error === "invalidCredentials" || state.error === "missingFields";

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error && (
        <Alert tone="error" testId="sign-in-error">
          {state.error === "unexpected" ? t("errors.unexpected", { id: state.errorId ?? "" }) : t(`errors.${state.error}`)}
        </Alert>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="label">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={invalid || undefined}
          className="input"
        />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid || undefined}
          className="input"
        />
      </div>
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
