// For the end-to-end tests only (E2E_CALENDAR=on, refused with a PUBLIC_URL): POST
// /__e2e/events/<id>/move-back?days=N moves that event's calendar N days back, so a test
// can see what happens after an event, and after its answers' retention, without waiting.
import type express from "express";
import { moveEventCalendarBack } from "../app/modules/events/event-calendar-shift.server";
import { db } from "../app/utils/database/connection.server";

export function mountE2eCalendar(app: express.Express) {
  app.post("/__e2e/events/:eventId/move-back", (request, response, next) => {
    const days = Number(request.query.days);
    if (!Number.isInteger(days) || days < 1 || days > 3650) return void response.status(400).type("text/plain").send("days: a whole number from 1 to 3650");
    moveEventCalendarBack(db(), request.params.eventId ?? "", days)
      .then((moved) => void response.status(moved ? 204 : 404).end())
      .catch(next);
  });
}
