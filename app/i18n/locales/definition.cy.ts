import type { definitionEn, importedTypesEn } from "./definition.en";
import type { Strings } from "./strings";

/** Welsh strings: what is wrong with an imported or edited survey definition, and the designer's imported types. */
export const definitionCy: Strings<typeof definitionEn> = {
  heading: "Problemau gyda diffiniad yr arolwg",
  "not-json": "Nid yw'n JSON dilys: mae'n torri yn llinell {{line}}, colofn {{column}}",
  "not-an-object": "Rhaid iddo fod yn wrthrych JSON, yn dechrau gyda {",
  "no-pages": 'Mae angen rhestr "pages" (neu restr "questions") gydag o leiaf un eitem',
  "too-large": "Mae'n rhy fawr (y terfyn yw {{limit}} beit)",
  "too-deep": "Mae wedi'i nythu'n rhy ddwfn (mwy na {{limit}} lefel)",
  "duplicate-name": 'Mae\'r enw "{{element}}" yn cael ei ddefnyddio ddwywaith (tudalen {{page}}, eitem {{position}})',
  "element-without-name": "Does dim enw gan eitem {{position}} ar dudalen {{page}}",
  "unknown-type":
    'Mae "{{element}}" (tudalen {{page}}, eitem {{position}}) yn gwestiwn "{{type}}", na allwn ei ddangos i ymatebwyr. Tynnwch ef neu newidiwch ef i fath rydyn ni\'n ei gefnogi',
  "refused-signaturepad":
    'Mae "{{element}}" (tudalen {{page}}, eitem {{position}}) yn gofyn am lofnod. Mae llofnod yn adnabod y person, ac mae atebion yma yn ddienw: tynnwch ef',
  "refused-file":
    'Mae "{{element}}" (tudalen {{page}}, eitem {{position}}) yn gofyn am ffeil. Nid yw llwytho ffeiliau i fyny yn rhan o\'r gwasanaeth hwn: tynnwch ef, neu gofynnwch am ddisgrifiad yn lle hynny',
  "missing-type": "Does dim math gan eitem {{position}} ar dudalen {{page}}",
  "unknown-property": 'Mae gan "{{element}}" briodwedd nad yw SurveyJS yn ei hadnabod: {{property}}. Tynnwch hi',
  "invalid-property":
    'Mae gan "{{element}}" werth na all SurveyJS ei ddefnyddio yn {{property}}. Gwiriwch ef yn erbyn dogfennaeth SurveyJS',
  "unusable-name":
    'Ni ellir defnyddio\'r enw "{{element}}" (tudalen {{page}}, eitem {{position}}) mewn amodau oherwydd ei gromfachau neu nodau cudd. Gallwn ei ailenwi\'n "{{suggestion}}" a chadw pob amod sy\'n ei grybwyll yn gyson',
  "unusable-page-name":
    'Ni ellir defnyddio enw\'r dudalen "{{page}}" oherwydd ei gromfachau neu nodau cudd. Gallwn ei hailenwi\'n "{{suggestion}}"',
  invalid: "Nid yw rhan ohono yn elfen arolwg (tudalen {{page}}, eitem {{position}})",
  "locked-question":
    "Mae “{{name}}” yn gwestiwn wedi’i fesur yn fframwaith canlyniadau eich comisiynydd, felly ni ellir ei newid, ei symud na’i ddileu, ac mae’n aros cyn eich cwestiynau eich hun. Ni chadwyd dim. Ychwanegwch eich cwestiynau eich hun ar ôl y rhai wedi’u mesur.",
  fixNames: "Mewnforio gyda'r enwau a awgrymir",
  renamed: "Ailenwyd {{from}} yn {{to}}",
};

export const importedTypesCy: Strings<typeof importedTypesEn> = {
  panel: "Grŵp o gwestiynau (panel)",
  paneldynamic: "Grŵp o gwestiynau sy'n ailadrodd",
  matrixdropdown: "Matrics o gwymplenni",
  matrixdynamic: "Tabl y gall y person ychwanegu rhesi ato",
  multipletext: "Sawl testun byr",
  imagepicker: "Dewis o luniau",
  expression: "Gwerth wedi'i gyfrifo",
};
