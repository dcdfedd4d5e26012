"use server";

import { randomUUID } from "node:crypto";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { logger } from "@/lib/logger";

export type SignInState = {
  error: "missingFields" | "invalidCredentials" | "rateLimited" | "unexpected" | null;
  errorId?: string;
  email: string;
};

/**
 * Reduce the callback URL to a path on this site, so a crafted link cannot send the user elsewhere.
 * The proxy passes an absolute URL; only its path and query are kept.
 */
function safeCallbackPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || value === "") return "/";
  try {
    const url = new URL(value, "http://placeholder.invalid");
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

/**
 * Sign in with e-mail and password. On success Auth.js sets the session cookie and redirects to the
 * callback path, or to "/" which forwards each role to its home page.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { error: "missingFields", email };

  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { error: error.code === "rate_limited" ? "rateLimited" : "invalidCredentials", email };
    }
    if (error instanceof AuthError) {
      const errorId = randomUUID().slice(0, 8);
      logger.error({ err: error.cause?.err ?? error, errorId, type: error.type }, "sign-in failed");
      return { error: "unexpected", errorId, email };
    }
    // Successful sign-in ends with a redirect, which Next handles.
    throw error;
  }
  return { error: null, email };
}
