import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getDb } from "@/lib/server/db";
import authConfig from "./auth.config";

/** Too many failed attempts for this e-mail address; the sign-in page shows a wait message. */
class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome that the sign-in page reports, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: error }, "auth error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = typeof credentials?.email === "string" ? credentials.email.trim() : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) return null;

        let user;
        try {
          user = await authenticate(await getDb(), email, password);
        } catch (error) {
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new SignInRateLimited();
          throw error;
        }
        if (!user) return null;

        return {
          id: user.userId,
          name: user.name,
          role: user.role,
          companyId: user.companyId,
          officeId: user.officeId,
          locale: user.locale,
        };
      },
    }),
  ],
});
