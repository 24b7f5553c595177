// Writing a new library entry, in two steps that work without JavaScript: choose the kind
// (a GET form, so the address says it), then the form for that kind; a service description
// has fields of its own.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError } from "~/components/forms";
import { LibraryEntryForm } from "~/components/library-entry-form";
import { languagesMembersSpeak } from "~/modules/directory/directory.server";
import { libraryAccess } from "~/modules/library/library-access";
import { entryKindSchema, newEntrySchema, revisionContent } from "~/modules/library/entries.schemas";
import { createEntry } from "~/modules/library/entries.server";
import { entryKinds } from "~/modules/library/vocabulary";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { themeKeys, themeOptions as storedThemeOptions } from "~/modules/taxonomy/themes.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { countryOptions, languageChoices, languageOptions } from "~/utils/options.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "library"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("library:new.title")} · ${data?.organisation.name ?? ""}` }));

const formId = "new-entry";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "library:write");
  const access = libraryAccess(user, organisation, scope);
  const parsedKind = entryKindSchema.safeParse(new URL(request.url).searchParams.get("kind") ?? undefined);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    canWrite: access.canWrite,
    kind: parsedKind.success ? parsedKind.data : null,
    countryOptions: countryOptions(language),
    languageOptions: languageOptions(language),
    serviceLanguageChoices: languageChoices(language, await languagesMembersSpeak(db())),
    themeOptions: await storedThemeOptions(db(), language),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "library:write");
  if (!libraryAccess(user, organisation, scope).canWrite) return refuseWith(pageForm, "notActiveMember", 403);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: newEntrySchema(await themeKeys(db())) });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const { kind, originalLanguage } = submission.value;
  const created = await createEntry(
    db(),
    { organisationId: organisation.id, actorId: user.id, kind, originalLanguage, content: revisionContent(kind, submission.value) },
    requestOrigin(context),
  );
  if (!created.ok) return refuseForm(formId, submission, { formError: created.error });
  return redirect(`/${language}/organisations/${organisation.slug}/library/${created.entryId}?notice=created`);
}

export default function NewLibraryEntry() {
  const { language, organisation, canWrite, kind, countryOptions, languageOptions, serviceLanguageChoices, themeOptions } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("library");
  const base = `/${language}/organisations/${organisation.slug}/library`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> › <Link to={base}>{t("list.title")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      {!canWrite ? (
        <p>{t("list.notActive")}</p>
      ) : !kind ? (
        <Form method="get">
          <fieldset className="field radio-list">
            <legend>{t("new.chooseKind")}</legend>
            {entryKinds.map((value, index) => (
              <div key={value} className="checkbox">
                <input type="radio" id={`kind-${value}`} name="kind" value={value} defaultChecked={index === 0} aria-describedby={`kind-${value}-hint`} />
                <div>
                  <label htmlFor={`kind-${value}`}>{t(`kinds.${value}`)}</label>
                  <p id={`kind-${value}-hint`} className="field-hint">
                    {t(`kindHints.${value}`)}
                  </p>
                </div>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t("new.continue")}</button>
        </Form>
      ) : (
        <>
          <p>
            {t("new.kindChosen", { kind: t(`kinds.${kind}`) })} <Link to={`${base}/new`}>{t("new.changeKind")}</Link>
          </p>
          <LibraryEntryForm
            id={formId}
            schema={newEntrySchema(themeOptions.map((option) => option.value))}
            intent="create"
            kind={kind}
            hidden={{}}
            defaults={{ originalLanguage: language, visibility: "public" }}
            lastResult={replyFor(actionData, formId)?.result}
            submitLabel={t("new.create")}
            themeOptions={themeOptions}
            countryOptions={countryOptions}
            languageOptions={languageOptions}
            serviceLanguageChoices={serviceLanguageChoices}
          />
        </>
      )}
    </article>
  );
}
