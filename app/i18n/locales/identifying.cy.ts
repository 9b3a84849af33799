import type { identifyingEn } from "./identifying.en";
import type { Strings } from "./strings";

/** Welsh strings: questions that could identify the person. */
export const identifyingCy: Strings<typeof identifyingEn> = {
  heading: "Os gallai'r cwestiwn hwn adnabod y person",
  reason: "Pam mae angen yr ateb hwn arnoch",
  reasonHint:
    "Mae atebion yn ddienw. Llenwch hwn dim ond os yw'r cwestiwn yn gofyn am rywbeth sy'n adnabod y person (enw, manylion cyswllt, cyfeiriad, dyddiad geni neu gyfeirnod trosedd), a dywedwch pam mae ei angen arnoch a sut y caiff ei gadw ar wahân",
  finding:
    "Mae'r cwestiwn hwn yn gofyn am {{kind}} y person, a allai ei adnabod, ac mae atebion yn ddienw. Tynnwch ef neu aralleiriwch ef, neu dywedwch pam mae ei angen arnoch o dan “Pam mae angen yr ateb hwn arnoch” ar y cwestiwn, ym mhob iaith y cynigir yr arolwg ynddi",
  kinds: {
    name: "enw",
    email: "cyfeiriad e-bost",
    phone: "rhif ffôn",
    address: "cyfeiriad",
    postcode: "cod post",
    birth: "dyddiad geni",
    crimeReference: "cyfeirnod trosedd",
  },
};
