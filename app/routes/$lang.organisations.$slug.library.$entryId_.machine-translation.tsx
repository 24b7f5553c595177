// Machine translations of a library entry's open revision: GET shows what is pending or
// failed and the form to ask for more; POST (from here, or from the entry's editing page,
// which includes the same form) asks for them. `$entryId_` keeps it out of any layout an
// entry's own page may become. Without a translation service the page says so and the
// action refuses.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice } from "~/components/forms";
import { MachineTranslationRequest, machineTranslationPath } from "~/components/machine-translation-request";
import { machineTranslationRequestSchema } from "~/modules/library/machine-translations.schemas";
import {
  findEntryForMachineTranslation,
  machineTranslationOffer,
  requestMachineTranslations,
} from "~/modules/library/machine-translations.server";
import { requireLibraryWriter } from "~/modules/library/library-guard.server";
import { machineTranslationAvailable } from "~/mechanisms/translations/machine-translation.server";
import { db } from "~/utils/database/connection.server";
import { replyFor, type FormReply } from "~/utils/form-reply";
import { readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "translations"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("translations:page.title")} · ${data?.entry.title ?? data?.organisation.name ?? ""}` }));

const notices = ["requested"] as const;
const form = "machine-translation";

async function findEntry(entryId: string | undefined, organisationId: string) {
  const entry = await findEntryForMachineTranslation(db(), { entryId: requireRecordId(entryId), organisationId });
  if (!entry) notFound();
  return entry;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Those who write the organisation's entries (editors, admins) ask for their translations.
  const { organisation } = await requireLibraryWriter(request, params.slug);
  const entry = await findEntry(params.entryId, organisation.id);
  const offer = entry.openRevision ? await machineTranslationOffer(db(), { ...entry.openRevision, originalLanguage: entry.originalLanguage }) : null;
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return { language, organisation, entry, offer, available: machineTranslationAvailable(), notice };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireLibraryWriter(request, params.slug);
  const entry = await findEntry(params.entryId, organisation.id);
  if (!machineTranslationAvailable()) return refuseWith(form, "machineTranslationUnavailable", 409);
  if (!entry.openRevision) return refuseWith(form, "revisionNotOpen", 409);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: machineTranslationRequestSchema });
  if (submission.status !== "success") {
    const ticked = formData.getAll("targets").filter((value): value is string => typeof value === "string");
    const error = submission.error?.targets?.[0] === "noTargets" || !formData.has("targets") ? "noTargets" : "invalid";
    return refuseWithTicked(error, ticked);
  }
  const result = await requestMachineTranslations(
    db(),
    { revisionId: entry.openRevision.id, targets: submission.value.targets, requestedBy: user.id },
    requestOrigin(context),
  );
  if (!result.ok) return refuseWith(form, result.error, result.error === "noTargets" ? 400 : 409);
  return redirect(`${machineTranslationPath(language, organisation.slug, entry.id)}?notice=requested`);
}

/** A refusal that keeps the languages that were ticked. */
function refuseWithTicked(error: string, ticked: string[]) {
  return data<FormReply>({ form, error, values: { targets: ticked.join(" ").slice(0, 100) } }, { status: 400 });
}

export default function EntryMachineTranslation() {
  const { language, organisation, entry, offer, available, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("translations");
  const reply = replyFor(actionData, form);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("page.title")}</h1>
      {entry.title ? (
        <p lang={entry.originalLanguage}>
          <strong>{entry.title}</strong>
        </p>
      ) : null}
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      {!available ? <p>{t("page.unavailable")}</p> : !entry.openRevision ? <p>{t("page.noOpenRevision")}</p> : null}
      {offer && offer.unfinished.length === 0 ? <p>{t("status.none")}</p> : null}
      <MachineTranslationRequest
        id={form}
        offer={offer}
        reader={language}
        error={reply?.error}
        ticked={reply?.values?.targets?.split(" ") ?? []}
      />
    </article>
  );
}
