import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, Notice } from "~/components/forms";
import { Pagination } from "~/components/pagination";
import { RowActionButton, RowActionForm } from "~/components/row-action";
import { networkRoleChange } from "~/modules/accounts/network-roles.schemas";
import { listPeopleForNetworkRoles, parsePeopleSearch, setNetworkRole } from "~/modules/accounts/network-roles.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["admin", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("admin:people.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "network:manage-roles");
  const url = new URL(request.url);
  const { search, page } = parsePeopleSearch(url.searchParams);
  const result = await listPeopleForNetworkRoles(db(), { search, page });
  return { language, search: search ?? "", currentUserId: user.id, saved: url.searchParams.has("saved"), ...result };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "network:manage-roles");
  const parsed = networkRoleChange.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return refuseWith(pageForm, "invalid");
  const { userId, role } = parsed.data;
  const result = await setNetworkRole(db(), { userId, role: role === "none" ? null : role, actorId: user.id }, requestOrigin(context));
  if (!result.ok) return refuseWith(pageForm, result.error);
  return redirect(`/${language}/admin/people?saved=1`);
}

export default function NetworkPeople() {
  const { language, search, people, total, page, pageCount, saved, currentUserId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  return (
    <article>
      <h1>{t("people.title")}</h1>
      <p>{t("people.intro")}</p>
      {saved ? <Notice>{t("people.saved")}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="people-search">{t("people.search")}</label>
          <input id="people-search" name="q" type="search" defaultValue={search} maxLength={254} />
        </div>
        <button type="submit">{t("people.searchButton")}</button>
      </Form>
      <p role="status">{t("people.count", { count: total })}</p>
      <DataTable
        caption={t("people.title")}
        columns={[t("people.person"), t("people.role"), { label: t("people.actions"), hidden: true }]}
      >
          {people.map((person) => {
            const formId = `network-role-${person.id}`;
            const label = person.name || person.email || "?";
            return (
              <tr key={person.id}>
                <td>
                  {person.name} {person.id === currentUserId ? `(${t("people.you")})` : null}
                  <div className="muted">{person.email}</div>
                </td>
                <td>
                  <select
                    name="role"
                    form={formId}
                    defaultValue={person.networkRole ?? "none"}
                    aria-label={t("people.roleOf", { name: label })}
                  >
                    <option value="none">{t("roles.none")}</option>
                    <option value="coordinator">{t("roles.coordinator")}</option>
                    <option value="network_admin">{t("roles.network_admin")}</option>
                  </select>
                </td>
                <td>
                  <RowActionForm id={formId} fields={{ userId: person.id }}>
                    <RowActionButton label={t("people.save")} subject={label} />
                  </RowActionForm>
                </td>
              </tr>
            );
          })}
      </DataTable>
      <Pagination page={page} pageCount={pageCount} searchParams={searchParams} language={language} />
    </article>
  );
}
