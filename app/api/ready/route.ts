import { connection } from "next/server";
import { db } from "@/lib/db";
import { checkReadiness } from "@/lib/ops/readiness";

// Readiness: the database answers and has every migration of this build; 503 otherwise.
export async function GET() {
  await connection();
  const readiness = await checkReadiness(db);
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
