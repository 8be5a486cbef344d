import { connection } from "next/server";

// Liveness: the process is up and Next answers. Never touches the database, so a database
// outage does not get healthy servers restarted.
export async function GET() {
  await connection();
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
