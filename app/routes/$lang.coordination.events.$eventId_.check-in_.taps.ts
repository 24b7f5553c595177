// Where the door's script sends each tap (a search result's button, a badge read by the
// camera, a tap queued while the network was down): the same check-in as the page's own
// form, answered as JSON (TapAnswer) rather than with a page, so the script can tell "the
// server answered" (drop it from the queue, whatever the answer) from "it could not be
// reached" (keep it). app/components/events/door-check-in.tsx is the other side.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { tapSchema, type TapAnswer } from "~/modules/events/check-in.schemas";
import { checkIn, doorClock, tapAnswer } from "~/modules/events/check-in.server";
import { db } from "~/utils/database/connection.server";
import { readForm, requestOrigin } from "~/utils/forms.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

const answer = (body: TapAnswer, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const timeZone = await doorClock(db(), eventId);
  if (!timeZone) notFound();
  const submission = parseWithZod(await readForm(request), { schema: tapSchema });
  if (submission.status !== "success") return answer({ outcome: "invalid" }, 400);
  const result = await checkIn(db(), { eventId, tap: submission.value, actorId: user.id, ip: requestOrigin(context).clientAddress });
  return answer(tapAnswer(result, language, timeZone), !result.ok && result.error === "notFound" ? 404 : 200);
}
