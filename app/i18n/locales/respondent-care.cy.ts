import type { respondentCareEn } from "./respondent-care.en";
import type { Strings } from "./strings";

/** Welsh strings for respondent safety under real conditions. */
export const respondentCareCy: Strings<typeof respondentCareEn> = {
  tooLongNamed: "Mae gan eich ateb i “{{question}}” {{length}} o nodau. Rhaid iddo fod yn {{limit}} o nodau neu lai.",
  announcePage: "Tudalen {{current}} o {{total}}: {{title}}",
  limitedOne:
    "Rydym wedi cael llawer o atebion o'r cysylltiad hwn mewn amser byr, felly rydym wedi oedi am ychydig. Mae eich atebion yma o hyd. Rhowch gynnig arall arni ymhen {{count}} munud.",
  limitedMany:
    "Rydym wedi cael llawer o atebion o'r cysylltiad hwn mewn amser byr, felly rydym wedi oedi am ychydig. Mae eich atebion yma o hyd. Rhowch gynnig arall arni ymhen {{count}} munud.",
  empty: {
    title: "Nid ydych wedi ateb unrhyw gwestiynau",
    body: "Does dim byd i'w anfon eto, felly nid ydym wedi anfon dim. Mae hynny'n iawn os oeddech yn bwriadu hynny: does dim rhaid i chi ateb.",
    backToQuestions: "Mynd yn ôl at y cwestiynau",
    leave: "Gadael yr arolwg heb anfon dim",
  },
  characterCount: {
    remainingOne: "Mae gennych {{n}} nod ar ôl",
    remainingMany: "Mae gennych {{n}} nod ar ôl",
    overOne: "Mae gennych {{n}} nod yn ormod",
    overMany: "Mae gennych {{n}} nod yn ormod",
  },
  resumeAddress: "Ewch i'r cyfeiriad hwn a rhowch eich cod:",
  refused: {
    tooLargeTitle: "Roedd hynny'n ormod i'w anfon ar unwaith",
    tooLarge:
      "Roedd eich tudalen olaf yn rhy fawr i ni ei derbyn, felly ni chafodd dim ohoni ei gadw. Nid yw'r atebion a anfonoch ar dudalennau cynharach wedi'u colli os gwnaethoch eu cadw gyda chod.",
    notFormTitle: "Nid oedd modd i ni ddarllen yr hyn a anfonwyd",
    notForm: "Nid tudalen arolwg oedd yr hyn a gyrhaeddodd, felly ni chafodd dim ei gadw.",
    unreadableTitle: "Nid oedd modd i ni ddarllen yr hyn a anfonwyd",
    unreadable: "Ni chyrhaeddodd rhan o'r dudalen yn iawn, felly ni chafodd dim ei gadw.",
    crossSiteTitle: "Daeth hynny o wefan arall",
    crossSite:
      "Dim ond o dudalennau'r arolwg hwn ei hun y mae modd anfon atebion, felly ni chafodd dim ei gadw. Os nad oeddech yn bwriadu anfon dim, does dim angen i chi wneud dim.",
    tryAgain: "Mynd yn ôl i'r arolwg",
    otherSurveys: "Gweld arolygon eraill {{organisation}}",
  },
};
