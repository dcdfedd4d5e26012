import type { DefaultSession, NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/auth/actor";

// Edge-safe part of the Auth.js configuration: no database imports, so proxy.ts can use it
// without opening a second database. auth.ts adds the Credentials provider.

declare module "next-auth" {
  interface User {
    role: Role;
    companyId: string | null;
    officeId: string | null;
    locale: string;
  }

  interface Session {
    user: {
      id: string;
      role: Role;
      companyId: string | null;
      officeId: string | null;
      name: string;
    } & Omit<DefaultSession["user"], "name">;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    userId: string;
    role: Role;
    companyId: string | null;
    officeId: string | null;
    name: string;
  }
}

/** Landing page of each role after sign-in. */
export const roleHomePath: Record<Role, string> = {
  exporter: "/exporter",
  officer: "/officer",
  admin: "/admin",
};

/** Path prefixes that need a signed-in user of one role. */
const protectedAreas: { prefix: string; role: Role }[] = [
  { prefix: "/exporter", role: "exporter" },
  { prefix: "/officer", role: "officer" },
  { prefix: "/admin", role: "admin" },
];

function areaOf(pathname: string) {
  return protectedAreas.find((area) => pathname === area.prefix || pathname.startsWith(`${area.prefix}/`));
}

const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
    /** Runs in proxy.ts: false sends the visitor to the sign-in page with a callbackUrl. */
    authorized({ auth, request }) {
      const area = areaOf(request.nextUrl.pathname);
      if (!area) return true;
      if (!auth?.user) return false;
      if (auth.user.role !== area.role) {
        return Response.redirect(new URL(roleHomePath[auth.user.role], request.nextUrl));
      }
      return true;
    },

    jwt({ token, user }) {
      if (user) {
        token.userId = user.id as string;
        token.role = user.role;
        token.companyId = user.companyId;
        token.officeId = user.officeId;
        token.name = user.name ?? "";
      }
      return token;
    },

    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.userId,
        role: token.role,
        companyId: token.companyId,
        officeId: token.officeId,
        name: token.name,
      };
      return session;
    },
  },
} satisfies NextAuthConfig;

export default authConfig;
