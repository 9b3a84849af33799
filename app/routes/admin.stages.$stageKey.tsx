import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Textarea, TextInput } from "~/components/form/fields";
import { parseForm, type FormValues } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { stageKeyFrom } from "~/engagements/access";
import { getStageDefinitions, resetStageWording, saveStageWording } from "~/engagements/stage-definitions.server";
import { stageWordingSchema } from "~/engagements/schemas";
import { badRequest, notFound } from "~/http/responses";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "stageAdmin.editTitle");

const arrays = ["itemKey", "itemText", "itemTextCy", "removeItem"] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  const stage = getStageDefinitions(admin.organisation.id).find((s) => s.key === stageKeyFrom(params));
  if (!stage) notFound();
  return { stage };
}

/** A stable key for a new checklist item, unique within the stage. */
function newItemKey(text: string, taken: string[]) {
  const base =
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .slice(0, 30)
      .replace(/^_+|_+$/g, "") || "item";
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}_${n}`;
  return key;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const key = stageKeyFrom(params);
  const stage = getStageDefinitions(admin.organisation.id).find((s) => s.key === key);
  if (!stage) notFound();
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "reset") {
    resetStageWording(admin, key);
    throw redirect("/admin/stages");
  }
  if (intent !== "save") badRequest();
  const parsed = parseForm(stageWordingSchema, formData, arrays);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { itemKey, itemText, itemTextCy, removeItem, newItemText, newItemTextCy } = parsed.data;
  const gates = stage.checklist.filter((item) => item.gatesPublishing).map((item) => item.key);
  const checklist = itemKey
    .map((k, i) => ({ key: k, text: itemText[i], textCy: itemTextCy[i] }))
    .filter((item) => !removeItem.includes(item.key) || gates.includes(item.key));
  if (newItemText) checklist.push({ key: newItemKey(newItemText, itemKey), text: newItemText, textCy: newItemTextCy });
  saveStageWording(admin, key, { ...parsed.data, checklist });
  throw redirect("/admin/stages");
}

function arrayValue(values: FormValues | undefined, name: string, index: number) {
  const list = values?.[name];
  return Array.isArray(list) ? list[index] : undefined;
}

export default function EditStageWording() {
  const { t } = useTranslation();
  const { stage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/stages">
          {t("stageAdmin.back")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{t("stage.numbered", { number: stage.number })}</span>
        <h1 className="govuk-heading-l">{t("stageAdmin.editTitle")}</h1>
        <p className="govuk-body">{t("stageAdmin.editIntro")}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="save" />
          <TextInput
            name="title"
            label={t("stageAdmin.titleEn")}
            errors={result?.errors}
            values={result?.values}
            defaultValue={stage.title}
          />
          <TextInput
            name="titleCy"
            label={t("stageAdmin.titleCy")}
            errors={result?.errors}
            values={result?.values}
            defaultValue={stage.titleCy}
          />
          <Textarea
            name="description"
            label={t("stageAdmin.descriptionEn")}
            errors={result?.errors}
            values={result?.values}
            defaultValue={stage.description}
            rows={3}
          />
          <Textarea
            name="descriptionCy"
            label={t("stageAdmin.descriptionCy")}
            errors={result?.errors}
            values={result?.values}
            defaultValue={stage.descriptionCy}
            rows={3}
          />
          <h2 className="govuk-heading-m">{t("stageAdmin.checklistHeading")}</h2>
          {stage.checklist.map((item, index) => {
            const error = result?.errors?.[`itemText-${index}`];
            return (
              <fieldset className={`govuk-fieldset govuk-form-group${error ? " govuk-form-group--error" : ""}`} key={item.key}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                  {t("stageAdmin.itemLegend", { number: index + 1 })}
                </legend>
                {item.gatesPublishing ? <p className="govuk-body-s vv-checklist-gate">{t("stage.gatesPublishing")}</p> : null}
                {error ? (
                  <p id={`itemText-${index}-error`} className="govuk-error-message">
                    <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(error)}
                  </p>
                ) : null}
                <input type="hidden" name="itemKey" value={item.key} />
                <div className="govuk-form-group">
                  <label className="govuk-label" htmlFor={`itemText-${index}`}>
                    {t("stageAdmin.inEnglish")}
                  </label>
                  <input
                    className="govuk-input"
                    id={`itemText-${index}`}
                    name="itemText"
                    defaultValue={arrayValue(result?.values, "itemText", index) ?? item.text}
                  />
                </div>
                <div className="govuk-form-group">
                  <label className="govuk-label" htmlFor={`itemTextCy-${index}`}>
                    {t("stageAdmin.inWelsh")}
                  </label>
                  <input
                    className="govuk-input"
                    id={`itemTextCy-${index}`}
                    name="itemTextCy"
                    defaultValue={arrayValue(result?.values, "itemTextCy", index) ?? item.textCy}
                  />
                </div>
                {item.gatesPublishing ? null : (
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    <div className="govuk-checkboxes__item">
                      <input
                        className="govuk-checkboxes__input"
                        id={`removeItem-${index}`}
                        name="removeItem"
                        type="checkbox"
                        value={item.key}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`removeItem-${index}`}>
                        {t("stageAdmin.removeItem")}
                      </label>
                    </div>
                  </div>
                )}
              </fieldset>
            );
          })}
          <h2 className="govuk-heading-m">{t("stageAdmin.newItemHeading")}</h2>
          <TextInput
            name="newItemText"
            label={`${t("stageAdmin.inEnglish")} ${t("common.optional")}`}
            errors={result?.errors}
            values={result?.values}
          />
          <TextInput
            name="newItemTextCy"
            label={`${t("stageAdmin.inWelsh")} ${t("common.optional")}`}
            errors={result?.errors}
            values={result?.values}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
        <h2 className="govuk-heading-m">{t("stageAdmin.resetHeading")}</h2>
        <p className="govuk-body">{t("stageAdmin.resetIntro")}</p>
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="reset"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            {t("stageAdmin.reset")}
          </button>
        </Form>
      </div>
    </div>
  );
}
