import type { DefaultSession, NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/auth/actor";

// Database-free part of the Auth.js configuration, which proxy.ts may import without opening a
// second database: session shape, role areas and callbacks. auth.ts adds the Credentials provider.

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

/** Find the role area of a path; undefined for public paths. */
export function areaOf(pathname: string) {
  return protectedAreas.find((area) => pathname === area.prefix || pathname.startsWith(`${area.prefix}/`));
}

const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
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
