import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getSessionUser } from "~/accounts/session.server";
import { setLanguagePreference } from "~/accounts/users.server";
import { ErrorPage } from "~/components/error-page";
import { PageShell } from "~/components/layout";
import { INSIGHT_READERS } from "~/insights/access";
import { useNonce } from "~/components/nonce";
import { isRespondentPath, respondentLanguage } from "~/respondent/chrome.server";
import { RespondentTitle } from "~/respondent/respondent-title";
import { detectLanguage } from "~/i18n/detect.server";
import { outcomePagesOf } from "~/outcomes/outcomes.server";
import { DEFAULT_LANGUAGE, fixedT, isLanguage, type Language } from "~/i18n/i18n";
import styles from "~/styles/app.scss?url";
import respondentStyles from "~/styles/respondent.scss?url";

export const links: LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: fixedT(isLanguage(data?.lang) ? data.lang : DEFAULT_LANGUAGE)("common.serviceName") },
];

export async function loader({ request }: LoaderFunctionArgs) {
  if (isRespondentPath(new URL(request.url).pathname)) {
    // Respondent pages never look at who is signed in: they are the same for everyone.
    return { lang: respondentLanguage(request), user: null };
  }
  const user = getSessionUser(request);
  const lang = detectLanguage(request, user?.language);
  const chosen = new URL(request.url).searchParams.get("lng");
  if (user && isLanguage(chosen) && chosen !== user.language) {
    try {
      setLanguagePreference(user.id, chosen);
    } catch {
      // Only a remembered preference: a database that cannot be written just now must not stop the page.
    }
  }
  return {
    lang,
    user: user
      ? {
          name: user.name,
          roles: user.roles,
          organisation: {
            name: user.organisation.name,
            nameCy: user.organisation.nameCy,
            brandColour: user.organisation.brandColour,
          },
          outcomes: user.roles.some((role) => INSIGHT_READERS.includes(role))
            ? outcomePagesOf(user.organisation.id)
            : { comparison: false, service: false },
        }
      : null,
  };
}

type RootData = Awaited<ReturnType<typeof loader>>;

/** What a route module's `handle` may say about how the root renders it. */
export type RouteHandle = {
  /** Render without any layout (the survey preview frame). */
  bare?: boolean;
  /** A respondent page: its own layout, no cookies, and no application JavaScript… */
  respondent?: boolean;
  /** …unless it needs React in the browser (the survey renderer): always, or as the route's data says. */
  hydrate?: boolean | ((data: unknown) => boolean);
};

const HEX = /^#[0-9a-fA-F]{6}$/;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const nonce = useNonce();
  const { i18n } = useTranslation();
  // Without the root's data (an action failed, so no loader ran) the language the request was rendered in still holds.
  const lang: Language = isLanguage(data?.lang) ? data.lang : isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  // Resources are inline, so this is synchronous: text and <html lang> change together.
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  const brand = data?.user?.organisation.brandColour;
  const matches = useMatches();
  const handles = matches.map((match) => (match.handle ?? {}) as RouteHandle);
  // A route whose handle says `bare` (the survey preview frame) renders without the staff layout.
  const bare = handles.some((handle) => handle.bare);
  // Respondent pages bring their own layout, and load no application JavaScript unless they ask for it.
  const respondent = handles.some((handle) => handle.respondent);
  const scripts =
    !respondent ||
    handles.some((handle, i) => (typeof handle.hydrate === "function" ? handle.hydrate(matches[i].data) : handle.hydrate));

  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);

  return (
    <html lang={lang} className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <meta property="csp-nonce" nonce={nonce} suppressHydrationWarning />
        <Meta />
        {respondent ? <RespondentTitle /> : null}
        {/* Respondent pages get only the styles they use (a phone on metered data); staff pages get the whole set. */}
        <link rel="stylesheet" href={respondent ? respondentStyles : styles} />
        <Links />
        {/* Respondent pages link their organisation's colours from RespondentLayout (the survey's organisation, which
            for a signed-in member of staff previewing is also theirs): linking it here too would fetch it twice. */}
        {brand && HEX.test(brand) && !respondent ? (
          <link rel="stylesheet" href={`/theme/${brand.slice(1).toLowerCase()}.css`} />
        ) : null}
      </head>
      <body className="govuk-template__body">
        <script
          nonce={nonce}
          // Browsers hide the nonce from scripts after load, so the client always sees it empty.
          suppressHydrationWarning
          // Lets GOV.UK Frontend styles know scripts run (the GOV.UK template's own snippet).
          dangerouslySetInnerHTML={{
            __html:
              "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');",
          }}
        />
        {respondent ? (
          children
        ) : bare ? (
          <main className="vv-bare" id="main-content">
            {children}
          </main>
        ) : (
          <PageShell lang={lang} user={data?.user ?? null}>
            {children}
          </PageShell>
        )}
        {scripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error) && import.meta.env.DEV) console.error(error);
  return <ErrorPage status={status} statusText={isRouteErrorResponse(error) ? error.statusText : ""} />;
}
