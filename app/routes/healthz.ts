import { checkDatabase } from "~/utils/database/connection.server";

/** For load balancers and uptime checks: 200 when the database answers, 503 when not. */
export async function loader() {
  try {
    await checkDatabase();
    return new Response("OK", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("healthz: database check failed", error);
    return new Response("Database unavailable", {
      status: 503,
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  }
}
