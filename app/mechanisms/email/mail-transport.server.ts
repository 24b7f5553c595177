// Where outgoing mail goes: an HTTP email API (Resend-compatible: POST {url}/emails with a
// bearer key and an Idempotency-Key header), or, with none configured, JSON files in a
// folder a developer can read.
import fs from "node:fs/promises";
import path from "node:path";
import type { Env } from "~/utils/env.server";
import type { MailTransport } from "./outbox.server";

export function httpMailTransport({ apiUrl, apiKey, from }: { apiUrl: string; apiKey: string; from: string }): MailTransport {
  return {
    async send(email) {
      const response = await fetch(new URL("emails", apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`), {
        method: "POST",
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "Content-Type": "application/json",
          "Idempotency-Key": email.id,
        },
        body: JSON.stringify({ from, to: [email.to], subject: email.subject, text: email.text, html: email.html }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`Email provider answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
      const body = (await response.json()) as { id?: unknown };
      return { providerId: typeof body.id === "string" ? body.id : email.id };
    },
  };
}

export function folderMailTransport(dir: string): MailTransport {
  return {
    async send(email) {
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${email.id}.json`), JSON.stringify({ ...email, writtenAt: new Date() }, null, 2));
      return { providerId: `file:${email.id}` };
    },
  };
}

/** The provider when one is configured, the mail folder otherwise. */
export function mailTransportFromEnv(env: Pick<Env, "EMAIL_API_URL" | "EMAIL_API_KEY" | "EMAIL_FROM" | "MAIL_DIR">) {
  return env.EMAIL_API_URL && env.EMAIL_API_KEY
    ? httpMailTransport({ apiUrl: env.EMAIL_API_URL, apiKey: env.EMAIL_API_KEY, from: env.EMAIL_FROM })
    : folderMailTransport(path.resolve(env.MAIL_DIR));
}
