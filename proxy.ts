import NextAuth from "next-auth";
import authConfig from "./auth.config";

// Signed-out visitors of the role areas go to /sign-in; the authorized callback in auth.config.ts
// decides. Public pages (/, /sign-in, /verify/*, /api/verify/*) are outside the matcher.
const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/exporter/:path*", "/officer/:path*", "/admin/:path*"],
};
