/**
 * The designer's addresses for a question or page. Names may hold any
 * characters (?, #, /, %, spaces, Welsh letters, emoji), so they are always
 * encoded here; Remix decodes the route parameter. Build these links nowhere else.
 */
export const questionPath = (surveyId: number, name: string) => `/surveys/${surveyId}/questions/${encodeURIComponent(name)}`;

export const pagePath = (surveyId: number, name: string) => `/surveys/${surveyId}/pages/${encodeURIComponent(name)}`;

export const bankPath = (surveyId: number, page: string) => `/surveys/${surveyId}/bank?page=${encodeURIComponent(page)}`;
