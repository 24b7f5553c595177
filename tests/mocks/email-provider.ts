// A stand-in for the HTTP email provider: it keeps what it "delivers", answers a repeated
// Idempotency-Key with the first result without delivering again (as real providers do),
// and can be told to fail the next requests.
import { http, HttpResponse } from "msw";

export const emailApiUrl = "https://email-api.test";

/** An attachment as the provider's API takes it: the bytes in Base64. */
export type DeliveredAttachment = { filename: string; content: string; content_type?: string };

export type DeliveredEmail = {
  id: string;
  idempotencyKey: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: DeliveredAttachment[];
};

export const emailProvider = {
  delivered: [] as DeliveredEmail[],
  failNext: 0,
  reset() {
    this.delivered = [];
    this.failNext = 0;
  },
};

export const emailProviderHandlers = [
  http.post(`${emailApiUrl}/emails`, async ({ request }) => {
    if (request.headers.get("Authorization") !== "Bearer test-key") return HttpResponse.json({ error: "unauthorised" }, { status: 401 });
    if (emailProvider.failNext > 0) {
      emailProvider.failNext--;
      return HttpResponse.json({ error: "temporarily unavailable" }, { status: 503 });
    }
    const idempotencyKey = request.headers.get("Idempotency-Key") ?? "";
    const earlier = emailProvider.delivered.find((email) => email.idempotencyKey === idempotencyKey);
    if (earlier) return HttpResponse.json({ id: earlier.id });
    const body = (await request.json()) as Omit<DeliveredEmail, "id" | "idempotencyKey">;
    const delivered = { ...body, id: `provider-${emailProvider.delivered.length + 1}`, idempotencyKey };
    emailProvider.delivered.push(delivered);
    return HttpResponse.json({ id: delivered.id });
  }),
];
