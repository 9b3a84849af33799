/**
 * Browser-side set-up shared by every survey-react-ui screen (the designer's
 * preview and the respondent pages): our own question properties, the
 * languages we offer, and the CSP nonce on SurveyJS's <style> elements.
 */
import { DomDocumentHelper, type ITheme, type Model } from "survey-core";
import "survey-core/survey-core.fontless.min.css";
import "survey-core/i18n/arabic";
import "survey-core/i18n/polish";
import "survey-core/i18n/romanian";
import "survey-core/i18n/urdu";
import "survey-core/i18n/welsh";
import ContrastLight from "survey-core/themes/contrast-light";
import { registerSurveyProperties } from "./definition";
import { sanitiseForDisplay } from "./safe-html";

registerSurveyProperties();

/**
 * SurveyJS writes its theme variables into a <style> element it creates. Our
 * Content-Security-Policy only runs styles that carry the page's nonce, which
 * the root layout exposes on a meta element (browsers hide it from markup, not
 * from script), so every style element SurveyJS makes gets it.
 */
export const surveyNonce = (document.querySelector("meta[property=csp-nonce]") as HTMLMetaElement | null)?.nonce ?? "";
const createElement = DomDocumentHelper.createElement.bind(DomDocumentHelper);
DomDocumentHelper.createElement = (tagName: string) => {
  const element = createElement(tagName);
  if (element && tagName.toLowerCase() === "style" && surveyNonce) element.nonce = surveyNonce;
  return element;
};

/**
 * How respondents see a survey, in the designer's preview and for real: the
 * high-contrast theme (large targets, visible focus), page progress, and our
 * own nonce'd style elements instead of survey-react-ui's.
 */
export function configureRespondentModel(model: Model, locale: string) {
  model.applyTheme(ContrastLight as unknown as ITheme);
  model.locale = locale === "en" ? "" : locale;
  model.showProgressBar = "top";
  model.progressBarType = "pages";
  // survey-react-ui would render its <style> elements without our nonce; the caller renders them with it.
  model.generateStylesheet = false;
  // Information blocks were checked against the allow-list when published; a version published before that check
  // (or anything that slipped past it) is shown as text, never as markup.
  // SurveyJS fills {placeholders} with answers, unescaped, after this hook; none may be filled in.
  model.onProcessHtml.add((_, options) => {
    options.html = sanitiseForDisplay(options.html).replaceAll("{", "&#123;");
  });
  return model;
}
