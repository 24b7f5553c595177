import fs from "node:fs/promises";
import path from "node:path";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { WrittenAttachment } from "~/mechanisms/email/mail-transport.server";
import { listRecentEmails } from "~/mechanisms/email/recent-emails.server";
import { db } from "~/utils/database/connection.server";
import { getEnv } from "~/utils/env.server";
import { notFound } from "~/utils/params.server";

// A developer's view of the outbox: what the portal has sent or will send. It exists only
// in development (`npm run dev`); everywhere else it is a 404. Not translated: it is a
// tool for the people building the portal, not a page for its users.
export const meta: MetaFunction = () => [{ title: "Outbox (development)" }];

export async function loader(_args: LoaderFunctionArgs) {
  if (getEnv().NODE_ENV !== "development") notFound();
  const emails = await listRecentEmails(db());
  // Sent mail keeps no body in the database; the file the folder transport wrote has it.
  const withBodies = await Promise.all(emails.map(async (email) => (email.text ? email : { ...email, ...(await writtenMail(email.id)) })));
  return { emails: withBodies.map((email) => ({ ...email, createdAt: email.createdAt.toISOString() })) };
}

type WrittenMail = { text: string; html: string; attachments: { filename: string; contentType: string; file?: string }[] };

async function writtenMail(id: string): Promise<WrittenMail> {
  const dir = getEnv().MAIL_DIR;
  try {
    const written = JSON.parse(await fs.readFile(path.join(dir, `${id}.json`), "utf8")) as {
      text: string;
      html: string;
      attachments?: WrittenAttachment[];
    };
    const attachments = (written.attachments ?? []).map((attachment) => ({ ...attachment, file: path.join(dir, attachment.file) }));
    return { text: written.text, html: written.html, attachments };
  } catch {
    return { text: "(sent; the body is not kept)", html: "", attachments: [] };
  }
}

export default function DevelopmentMail() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <article lang="en">
      <h1>Outbox (development)</h1>
      <p>The newest {emails.length} emails the portal has queued, newest first.</p>
      {emails.map((email) => (
        <section key={email.id} className="card" aria-labelledby={`mail-${email.id}`}>
          <h2 id={`mail-${email.id}`}>{email.subject}</h2>
          <p className="card__meta">
            To {email.to} · {email.language} · {email.status} after {email.attempts} attempt(s) · {email.createdAt}
          </p>
          <details>
            <summary>Text</summary>
            <pre>{email.text}</pre>
          </details>
          <details>
            <summary>HTML source</summary>
            <pre>{email.html}</pre>
          </details>
          {email.attachments.length > 0 && (
            <ul aria-label="Attachments">
              {email.attachments.map((attachment) => (
                <li key={attachment.filename}>
                  {attachment.filename} ({attachment.contentType}){"file" in attachment ? ` · ${attachment.file}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
