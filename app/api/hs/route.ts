import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/app/_server/actor";
import { searchHs } from "@/lib/hs/hs-list";

const MAX_QUERY_LENGTH = 100;
const RESULT_LIMIT = 15;

/**
 * HS 2022 search for the wizard's HS code field: GET /api/hs?q=0901 or ?q=roasted coffee.
 * Signed-in users only, because only the wizard needs it.
 */
export async function GET(request: NextRequest) {
  if (!(await currentActor())) {
    return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  }

  const query = (request.nextUrl.searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  const results = searchHs(query, RESULT_LIMIT).map((entry) => ({
    code: entry.code,
    display: entry.displayCode,
    description: entry.description,
  }));
  return NextResponse.json({ results }, { headers: { "Cache-Control": "private, max-age=3600" } });
}
