// A letter of invitation for a visa application for a delegate without an account, through
// the link they were mailed: the same form and PDF as a person's own (InvitationLetterForm),
// for their place alone once it is confirmed. As on their registration's page, the token is
// the only key, an unknown one or one for an event that is over is a 404, and the page never
// sends its address on. Nothing typed is stored.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InvitationLetterForm } from "~/components/events/invitation-letter-form";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { invitationLetterSchema } from "~/modules/events/invitation-letter.schemas";
import { invitationLetter, invitationLetterFor, letterFormOptions } from "~/modules/events/invitation-letter.server";
import { eventTitle } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { pageForm } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["follow-up", "forms"] };
/** As on the delegate's page: no page it links to learns the token, and no cache keeps the page. */
const tokenPageHeaders = { "Referrer-Policy": "no-referrer", "Cache-Control": "private, no-store" };

export const headers: HeadersFunction = () => tokenPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => [
  ...translatedMeta(matches, (t) => ({ title: `${t("follow-up:invitation.title")} · ${loaded?.event.title ?? ""}` })),
  { name: "referrer", content: "no-referrer" },
];

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const token = params.token ?? "";
  const found = await invitationLetterFor(db(), { token });
  // Once the event is over the link has done its work.
  if (!found || found.registration.event.endsAt <= new Date()) notFound();
  return { language, token, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, found } = await load(request, params);
  return data(
    {
      language,
      refusal: found.refusal,
      event: { title: await eventTitle(db(), found.registration.event.id, language) },
      letterLanguages: found.languages,
      options: letterFormOptions(language, found.languages),
      defaults: { language: found.languages.includes(language) ? language : found.languages[0] },
    },
    { status: found.refusal ? 409 : 200, headers: tokenPageHeaders },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, found } = await load(request, params);
  const formData = await readForm(request);
  if (found.refusal) return refuseWith(pageForm, found.refusal, 409);
  const submission = parseWithZod(formData, { schema: invitationLetterSchema(found.languages) });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const letter = await invitationLetter(db(), { holder: { token }, form: submission.value });
  if (!letter.ok) return refuseWith(pageForm, letter.error, 409);
  const response = pdfResponse(letter.bytes, letter.fileName);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

export default function DelegateInvitationLetter() {
  const { language, refusal, event, letterLanguages, options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("follow-up");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/events/registration/${useParams().token ?? ""}`} rel="noreferrer">
          {event.title}
        </Link>
      </p>
      <h1>{t("invitation.title")}</h1>
      <p className="lead">{event.title}</p>
      <InvitationLetterForm refusal={refusal} letterLanguages={letterLanguages} options={options} defaults={defaults} actionData={actionData} />
    </article>
  );
}
