import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { AnswerScreen } from "~/respondent/views/answer-screen";
import { RespondentLayout, RespondentLanguageLinks } from "~/respondent/respondent-layout";
import { WelcomeScreen } from "~/respondent/views/welcome-screen";
import { welcome } from "~/respondent/welcome.server";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";

/** Respondent page: no cookies, no application JavaScript. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const outcome = welcome(request, params.slug ?? "", respondentLanguage(request));
  return data(outcome.body, { status: outcome.status });
}

export default function SurveyWelcome() {
  const view = useLoaderData<typeof loader>();
  if (view.view !== "welcome") return <AnswerScreen view={view} />;
  const hrefFor = (code: string) => `/s/${view.slug}?lng=${code}${view.channelCode ? `&ch=${view.channelCode}` : ""}`;
  return (
    <RespondentLayout
      lang={view.lang}
      organisation={view.chrome.organisation}
      support={view.chrome.support}
      languages={<RespondentLanguageLinks lang={view.lang} hrefFor={hrefFor} />}
    >
      <WelcomeScreen view={view} />
    </RespondentLayout>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
