import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { areaOf, roleHomePath } from "./auth.config";

/**
 * Send signed-out visitors of the role areas to /sign-in and users of another role to their own
 * home page. Public pages (/, /sign-in, /verify/*, /api/verify/*) are outside the matcher.
 *
 * The session cookie is only read here, never written. Auth.js's own proxy wrapper appends a
 * refreshed cookie to every matched response, and a refresh that reaches the browser after the
 * sign-out response (a prefetch, or the sign-out action itself) restores the deleted session.
 * Sessions therefore end 8 hours after sign-in.
 */
export default async function proxy(request: NextRequest) {
  const area = areaOf(request.nextUrl.pathname);
  if (!area) return NextResponse.next();

  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie: protocol === "https" });

  if (!token?.role) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  if (token.role !== area.role) {
    return NextResponse.redirect(new URL(roleHomePath[token.role], request.nextUrl));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/exporter/:path*", "/officer/:path*", "/admin/:path*"],
};
