/** English strings. The public "you said, we did" page, its JSON and Atom feed, and the Welsh engagement fields for it. */
export const youSaidEn = {
  title: "You said, we did",
  nothingYet:
    "We publish here what we change because of what people tell us, once their answers have been read and an independent panel has checked the findings. Nothing has been published yet. Please come back later.",
  intro: "What we asked, what people told us, and what we changed because of it.",
  smallNumbers:
    "To protect the people who took part, we never show small numbers. Where fewer than {{threshold}} people said something, we say “fewer than {{threshold}}”. Quotes have had personal details taken out.",
  feedLink: "Follow changes in a feed reader (Atom feed)",
  jsonLink: "Get this information as data (JSON)",
  feedTitle: "{{organisation}}: you said, we did",
  feedSubtitle: "What we changed because of what victims and survivors told us.",
  weAsked: "We asked",
  youSaid: "You said",
  weDid: "We did",
  dates: {
    between: "From {{start}} to {{end}}.",
    from: "From {{start}}.",
    until: "Until {{end}}.",
  },
  tookPart: {
    count: "{{number}} people took part.",
    fewerThan: "Fewer than {{threshold}} people took part.",
    notShown: "We do not show how many people took part, so that small numbers cannot be worked out.",
    none: "We no longer hold any answers to this: answers are deleted after a set time.",
  },
  themesIntro: "People told us about:",
  mentioned: {
    count: "{{number}} people mentioned this",
    fewerThan: "fewer than {{threshold}} people mentioned this",
    notShown: "we do not show how many people mentioned this, so that small numbers cannot be worked out",
    none: "none of the answers we still hold mention this",
  },
  quotesIntro: "In their own words:",
  status: "Status",
  statuses: {
    proposed: "Proposed",
    agreed: "Agreed",
    in_progress: "In progress",
    done: "Done",
    not_taken_forward: "Not taken forward",
  },
  doneOn: "Done on",
  targetDate: "Planned for",
  team: "Team responsible",
  owner: "Person responsible",
  notTakenForwardWhy: "Why we are not taking this forward",
  why: "Why this follows from what you said",
  progress: "Progress",
  statusChanged: "Status changed to: {{status}}",
  evidence: "Evidence",
  panels: {
    heading: "What our scrutiny panel said",
    intro:
      "An independent panel, including people with lived experience, checks what we found in people's answers and tells us what we should do. This is its own summary of each meeting.",
    metOn: "The panel met on",
  },
  engagementFields: {
    titleCy: "Title in Welsh",
    titleCyHint:
      "Shown on the Welsh version of the public “You said, we did” page. If you leave it empty, the English title is shown there.",
    purposeCy: "Purpose in Welsh",
    purposeCyHint:
      "Shown under “We asked” on the Welsh version of the public “You said, we did” page. If you leave it empty, the English purpose is shown there.",
  },
  organisationSetting: {
    legend: "The public “You said, we did” page",
    label: "Show the names of the staff who own actions",
    hint: "Names are not shown unless you choose this. The team responsible for each action is always shown.",
  },
} as const;
