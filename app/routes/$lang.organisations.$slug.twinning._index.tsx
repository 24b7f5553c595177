// An organisation's twinning page: its twinning profile (what it offers and seeks, its
// working languages, whether and when it can host), the partners suggested to it with
// their reasons, and its introductions, incoming and outgoing. Contact details of a
// partner appear only once both sides have accepted.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxList, LanguageCheckboxList } from "~/components/checkbox-list";
import { DataTable } from "~/components/data-table";
import { ActionError, FieldErrors, FilterSelect, FormErrors, Notice } from "~/components/forms";
import { RowActionForm } from "~/components/row-action";
import { SuggestionReasons } from "~/components/twinning/suggestion-reasons";
import { can } from "~/modules/auth/permissions";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { themeKeys, themeNames, themeOptions } from "~/modules/taxonomy/themes.server";
import { answerIntroductionSchema, maxIntroductionMessage, requestIntroductionSchema, withdrawRequestSchema } from "~/modules/twinning/introductions.schemas";
import {
  answerIntroduction,
  listIntroductions,
  maxOpenRequests,
  openIntroductionPartners,
  openRequestCount,
  requestIntroduction,
  withdrawRequest,
} from "~/modules/twinning/introductions.server";
import { maxHostCapacity, months, twinningProfileSchema } from "~/modules/twinning/profile.schemas";
import { partnerProfileOf, saveTwinningProfile } from "~/modules/twinning/profile.server";
import { filterChoices, monthNamesIn, readSuggestionFilters, suggestionsFor } from "~/modules/twinning/suggestions.server";
import { db } from "~/utils/database/connection.server";
import { compareText, countryName, formatDate, formatList, formatNumber, languageName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { languageChoices } from "~/utils/options.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "twinning"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("twinning:page.title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["saved", "requested", "accepted", "declined", "answered", "withdrawn"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "twinning:edit-profile");
  const prisma = db();
  const canAnswer = can(user, "twinning:answer-introductions", scope);
  const keys = await themeKeys(prisma);
  const filters = readSuggestionFilters(new URL(request.url), keys);
  const own = await partnerProfileOf(prisma, organisation.id, language);
  const isActive = organisation.status === "active";
  const [suggestions, openWith, introductions, openRequests, choices, topicOptions, topicNames] = await Promise.all([
    isActive ? suggestionsFor(prisma, own, language, { filters }) : Promise.resolve([]),
    openIntroductionPartners(prisma, organisation.id),
    listIntroductions(prisma, organisation.id),
    openRequestCount(prisma, organisation.id),
    filterChoices(prisma),
    themeOptions(prisma, language),
    themeNames(prisma, language),
  ]);
  const compare = compareText(language);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    organisation,
    isActive,
    canAnswer,
    notice,
    profile: { offers: own.offers, seeks: own.seeks, languages: own.languages, hostCapacity: own.hostCapacity, hostMonths: own.hostMonths, stated: Boolean(own.updatedAt) },
    serviceOffers: own.serviceOffers,
    filters,
    suggestions: suggestions.map(({ partner, suggestion }) => ({
      id: partner.organisationId,
      name: partner.name,
      slug: partner.slug,
      country: countryName(partner.countryCode, language),
      score: suggestion.score,
      reasons: suggestion.reasons,
      introductionOpen: openWith.has(partner.organisationId),
    })),
    introductions,
    openRequests,
    maxOpenRequests,
    topicOptions,
    topicNames,
    monthNames: monthNamesIn(language),
    languageChoices: languageChoices(language, choices.languages),
    filterLanguages: choices.languages.map((code) => ({ value: code, label: languageName(code, language) })).sort((a, b) => compare(a.label, b.label)),
    filterCountries: choices.countries.map((code) => ({ value: code, label: countryName(code, language) })).sort((a, b) => compare(a.label, b.label)),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "twinning:edit-profile");
  const formData = await readForm(request);
  const prisma = db();
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) => redirect(`/${language}/organisations/${organisation.slug}/twinning?notice=${notice}`);
  const mayAnswer = () => can(user, "twinning:answer-introductions", scope);

  return handleIntent(formData, {
    "save-profile": async () => {
      const submission = parseWithZod(formData, { schema: twinningProfileSchema(await themeKeys(prisma)) });
      if (submission.status !== "success") return refuseForm("twinning-profile", submission);
      await saveTwinningProfile(prisma, { ...submission.value, organisationId: organisation.id, actorId: user.id }, origin);
      return done("saved");
    },
    request: async () => {
      if (!mayAnswer()) throw new Response("Forbidden", { status: 403 });
      const submission = parseWithZod(formData, { schema: requestIntroductionSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await requestIntroduction(prisma, { organisationId: organisation.id, partnerId: submission.value.partnerId, actorId: user.id, message: submission.value.message }, origin);
      return result.ok ? done("requested") : refuseWith(pageForm, result.error);
    },
    withdraw: async () => {
      if (!mayAnswer()) throw new Response("Forbidden", { status: 403 });
      const submission = parseWithZod(formData, { schema: withdrawRequestSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await withdrawRequest(prisma, { ...submission.value, organisationId: organisation.id, actorId: user.id }, origin);
      return result.ok ? done("withdrawn") : refuseWith(pageForm, result.error);
    },
    answer: async () => {
      if (!mayAnswer()) throw new Response("Forbidden", { status: 403 });
      const submission = parseWithZod(formData, { schema: answerIntroductionSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await answerIntroduction(prisma, { ...submission.value, organisationId: organisation.id, actorId: user.id }, origin);
      if (!result.ok) return refuseWith(pageForm, result.error);
      const introduction = (await listIntroductions(prisma, organisation.id)).find((row) => row.id === result.introductionId);
      return done(introduction?.status === "accepted" ? "accepted" : introduction?.status === "declined" ? "declined" : "answered");
    },
  });
}

export default function OrganisationTwinning() {
  const data = useLoaderData<typeof loader>();
  const { language, organisation, notice } = data;
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("twinning");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("page.title")}</h1>
      {notice ? <Notice>{t(`page.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p className="lead">{t("page.intro")}</p>
      <ProfileSection />
      <SuggestionsSection />
      <IntroductionsSection />
    </article>
  );
}

function ProfileSection() {
  const { profile, serviceOffers, topicOptions, topicNames, languageChoices, monthNames, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("twinning");
  const schema = twinningProfileSchema(topicOptions.map((option) => option.value));
  const [form, fields] = useForm({
    id: "twinning-profile",
    lastResult: replyFor(actionData, "twinning-profile")?.result,
    defaultValue: {
      offers: [...profile.offers],
      seeks: [...profile.seeks],
      languages: [...profile.languages],
      hostCapacity: String(profile.hostCapacity),
      hostMonths: profile.hostMonths.map(String),
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { key: capacityKey, ...capacityProps } = getInputProps(fields.hostCapacity, { type: "number", ariaDescribedBy: `${fields.hostCapacity.id}-hint` });
  return (
    <section aria-labelledby="twinning-profile-heading">
      <h2 id="twinning-profile-heading">{t("profile.heading")}</h2>
      <p>{profile.stated ? t("profile.intro") : t("profile.notStated")}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save-profile" />
        <FormErrors
          form={form}
          labels={{ offers: t("profile.offers"), seeks: t("profile.seeks"), languages: t("profile.languages"), hostCapacity: t("profile.hostCapacity"), hostMonths: t("profile.hostMonths") }}
        />
        <CheckboxList field={fields.offers} legend={t("profile.offers")} hint={t("profile.offersHint")} options={topicOptions} />
        <CheckboxList field={fields.seeks} legend={t("profile.seeks")} hint={t("profile.seeksHint")} options={topicOptions} />
        <LanguageCheckboxList field={fields.languages} legend={t("profile.languages")} hint={t("profile.languagesHint")} choices={languageChoices} />
        <div className="field">
          <label htmlFor={fields.hostCapacity.id}>{t("profile.hostCapacity")}</label>
          <p id={`${fields.hostCapacity.id}-hint`} className="field-hint">
            {t("profile.hostCapacityHint", { max: maxHostCapacity })}
          </p>
          <input key={capacityKey} {...capacityProps} min={0} max={maxHostCapacity} step={1} inputMode="numeric" />
          <FieldErrors id={fields.hostCapacity.errorId} errors={fields.hostCapacity.errors} />
        </div>
        <CheckboxList
          field={fields.hostMonths}
          legend={t("profile.hostMonths")}
          hint={t("profile.hostMonthsHint")}
          options={months.map((month) => ({ value: String(month), label: monthNames[month - 1] ?? String(month) }))}
        />
        <button type="submit">{t("profile.save")}</button>
      </Form>
      <h3>{t("profile.serviceOffersHeading")}</h3>
      {serviceOffers.length === 0 ? (
        <p>{t("profile.noServiceOffers")}</p>
      ) : (
        <>
          <p>{t("profile.serviceOffersIntro")}</p>
          <ul>
            {serviceOffers.map((offer) => (
              <li key={offer.entryId}>
                <Link to={`/${language}/library/${offer.entryId}`} lang={offer.titleLanguage !== language ? offer.titleLanguage : undefined}>
                  {offer.title}
                </Link>
                {offer.themes.length ? ` (${formatList(offer.themes.map((key) => topicNames[key] ?? key), language)})` : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SuggestionsSection() {
  const { language, isActive, profile, suggestions, filters, topicOptions, topicNames, monthNames, filterLanguages, filterCountries, canAnswer, openRequests, maxOpenRequests } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("twinning");
  const words = { language, themeNames: topicNames, monthNames };
  const formKey = `${filters.theme ?? ""}|${filters.language ?? ""}|${filters.country ?? ""}|${filters.canHost ?? ""}`;
  const isFiltered = formKey !== "|||";
  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t("suggestions.heading")}</h2>
      {!isActive ? (
        <p>{t("suggestions.notActive")}</p>
      ) : !profile.stated ? (
        <p>{t("suggestions.noProfile")}</p>
      ) : (
        <>
          <p>{t("suggestions.intro")}</p>
          {canAnswer ? <p>{t("suggestions.requestsLeft", { count: openRequests, max: maxOpenRequests })}</p> : null}
          <Form method="get" className="filters" aria-labelledby="suggestion-filters-heading" key={formKey}>
            <h3 id="suggestion-filters-heading" className="visually-hidden">
              {t("suggestions.filtersHeading")}
            </h3>
            <FilterSelect id="filter-theme" name="theme" label={t("suggestions.theme")} allLabel={t("suggestions.any")} selected={filters.theme} options={topicOptions} />
            <FilterSelect id="filter-language" name="language" label={t("suggestions.language")} allLabel={t("suggestions.any")} selected={filters.language} options={filterLanguages} />
            <FilterSelect id="filter-country" name="country" label={t("suggestions.country")} allLabel={t("suggestions.any")} selected={filters.country} options={filterCountries} />
            <div className="field">
              <label className="checkbox">
                <input type="checkbox" name="canHost" value="on" defaultChecked={Boolean(filters.canHost)} /> {t("suggestions.canHost")}
              </label>
            </div>
            <button type="submit">{t("suggestions.filter")}</button>
          </Form>
          {suggestions.length === 0 ? (
            <p>{isFiltered ? t("suggestions.noneFiltered") : t("suggestions.none")}</p>
          ) : (
            <ol className="suggestions">
              {suggestions.map((suggestion) => (
                <li key={suggestion.id}>
                  <h3>
                    <Link to={`/${language}/members/${suggestion.slug}`}>{suggestion.name}</Link>
                  </h3>
                  <p className="muted">
                    {suggestion.country} · {t("suggestions.score", { score: formatNumber(suggestion.score, language) })}
                  </p>
                  <SuggestionReasons reasons={suggestion.reasons} words={words} />
                  {suggestion.introductionOpen ? (
                    <p>{t("suggestions.introductionOpen")}</p>
                  ) : canAnswer ? (
                    <RowActionForm fields={{ intent: "request", partnerId: suggestion.id }} className="request-introduction">
                      <div className="field">
                        <label htmlFor={`message-${suggestion.id}`}>{t("suggestions.message")}</label>
                        <p id={`message-${suggestion.id}-hint`} className="field-hint">
                          {t("suggestions.messageHint", { max: maxIntroductionMessage })}
                        </p>
                        <textarea id={`message-${suggestion.id}`} name="message" rows={2} maxLength={maxIntroductionMessage} aria-describedby={`message-${suggestion.id}-hint`} />
                      </div>
                      <button type="submit">
                        {t("suggestions.request")}
                        <span className="visually-hidden"> {suggestion.name}</span>
                      </button>
                    </RowActionForm>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

function IntroductionsSection() {
  const { language, introductions, canAnswer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("twinning");
  return (
    <section aria-labelledby="introductions-heading">
      <h2 id="introductions-heading">{t("introductions.heading")}</h2>
      {introductions.length === 0 ? (
        <p>{t("introductions.none")}</p>
      ) : (
        <DataTable
          caption={t("introductions.heading")}
          columns={[t("introductions.partner"), t("introductions.direction"), t("introductions.status"), t("introductions.contact"), canAnswer && { label: t("introductions.actions"), hidden: true }]}
        >
          {introductions.map((introduction) => (
            <tr key={introduction.id}>
              <td>
                <Link to={`/${language}/members/${introduction.partner.slug}`}>{introduction.partner.name}</Link>
                <div className="muted">{formatDate(introduction.createdAt, language)}</div>
                {introduction.message ? <p className="muted">{t("introductions.messageLabel", { message: introduction.message })}</p> : null}
              </td>
              <td>{t(`introductions.directions.${introduction.direction}`)}</td>
              <td>
                {t(`introductions.statuses.${introduction.status}`)}
                {introduction.status === "open" ? (
                  <div className="muted">
                    {t("introductions.yourAnswer", { answer: t(`introductions.answers.${introduction.ownAnswer ?? "none"}`) })}
                    <br />
                    {t("introductions.partnerAnswer", { answer: t(`introductions.answers.${introduction.partnerAnswer ?? "none"}`) })}
                  </div>
                ) : null}
              </td>
              <td>{introduction.contact ? <Contact contact={introduction.contact} /> : <span className="muted">{t("introductions.contactHidden")}</span>}</td>
              {canAnswer ? (
                <td className="row-actions">
                  {introduction.canAnswer ? (
                    <RowActionForm fields={{ intent: "answer", introductionId: introduction.id }}>
                      <button type="submit" name="answer" value="accepted">
                        {t("introductions.accept")}
                        <span className="visually-hidden"> {introduction.partner.name}</span>
                      </button>{" "}
                      <button type="submit" name="answer" value="declined" className="button--secondary">
                        {t("introductions.decline")}
                        <span className="visually-hidden"> {introduction.partner.name}</span>
                      </button>
                    </RowActionForm>
                  ) : introduction.canWithdraw ? (
                    <RowActionForm fields={{ intent: "withdraw", introductionId: introduction.id }}>
                      <button type="submit" className="button--secondary">
                        {t("introductions.withdraw")}
                        <span className="visually-hidden"> {introduction.partner.name}</span>
                      </button>
                    </RowActionForm>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Contact({ contact }: { contact: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["introductions"][number]["contact"]> }) {
  const { t } = useTranslation("twinning");
  return (
    <ul className="plain-list">
      {contact.publicEmail ? (
        <li>
          <a href={`mailto:${contact.publicEmail}`}>{contact.publicEmail}</a>
        </li>
      ) : null}
      {contact.website ? (
        <li>
          <a href={contact.website} rel="noopener noreferrer">
            {contact.website}
          </a>
        </li>
      ) : null}
      {contact.admins.map((admin) => (
        <li key={admin.email}>
          {t("introductions.admin", { name: admin.name })} <a href={`mailto:${admin.email}`}>{admin.email}</a>
        </li>
      ))}
    </ul>
  );
}
