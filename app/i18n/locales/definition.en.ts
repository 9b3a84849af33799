/** English strings: what is wrong with an imported or edited survey definition, and the designer's imported types. */
export const definitionEn = {
  heading: "Problems with the survey definition",
  "not-json": "It is not valid JSON: it breaks at line {{line}}, column {{column}}",
  "not-an-object": "It must be a JSON object, starting with {",
  "no-pages": 'It needs a "pages" list (or a "questions" list) with at least one item',
  "too-large": "It is too large (the limit is {{limit}} bytes)",
  "too-deep": "It is nested too deeply (more than {{limit}} levels)",
  "duplicate-name": 'The name "{{element}}" is used twice (page {{page}}, item {{position}})',
  "element-without-name": "Item {{position}} on page {{page}} has no name",
  "unknown-type":
    '"{{element}}" (page {{page}}, item {{position}}) is a "{{type}}" question, which we cannot show to respondents. Remove it or change it to a type we support',
  "refused-signaturepad":
    '"{{element}}" (page {{page}}, item {{position}}) asks for a signature. A signature identifies the person, and answers here are anonymous: remove it',
  "refused-file":
    '"{{element}}" (page {{page}}, item {{position}}) asks for a file. Uploading files is not part of this service: remove it, or ask for a description instead',
  "missing-type": "Item {{position}} on page {{page}} has no type",
  "unknown-property": '"{{element}}" has a property SurveyJS does not know: {{property}}. Remove it',
  "invalid-property":
    '"{{element}}" has a value SurveyJS cannot use in {{property}}. Check it against the SurveyJS documentation',
  "unusable-name":
    'The name "{{element}}" (page {{page}}, item {{position}}) cannot be used in conditions because of its braces or hidden characters. We can rename it to "{{suggestion}}" and keep every condition that mentions it in step',
  "unusable-page-name":
    'The page name "{{page}}" cannot be used because of its braces or hidden characters. We can rename it to "{{suggestion}}"',
  invalid: "Part of it is not a survey element (page {{page}}, item {{position}})",
  "locked-question":
    "“{{name}}” is a measured question of your commissioner’s outcome framework, so it cannot be changed, moved or removed, and it stays before your own questions. Nothing was saved. Add your own questions after the measured ones.",
  fixNames: "Import with the suggested names",
  renamed: "Renamed {{from}} to {{to}}",
} as const;

/** Labels for the element types the designer shows but does not offer to add. */
export const importedTypesEn = {
  panel: "Group of questions (panel)",
  paneldynamic: "Repeating group of questions",
  matrixdropdown: "Matrix of dropdowns",
  matrixdynamic: "Table the person can add rows to",
  multipletext: "Several short texts",
  imagepicker: "Choice of pictures",
  expression: "Calculated value",
} as const;
