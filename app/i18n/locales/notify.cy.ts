/** Welsh strings for sending through GOV.UK Notify: our message texts, the settings page and the opt-out page. */
export const notifyCy = {
  message: {
    sms: "Hoffai ((organisation)) glywed sut wnaethon ni. Eich dewis chi yw ateb, ac mae eich atebion yn ddienw: ((link)) I atal y negeseuon hyn: ((opt_out))",
    emailSubject: "Fyddech chi'n dweud wrthon ni sut wnaethon ni?",
    emailBody:
      "Hoffai ((organisation)) glywed sut wnaethon ni.\n\nEich dewis chi yw ateb. Gallwch ateb rhai cwestiynau, pob un neu ddim un. Mae eich atebion yn ddienw: dydyn ni ddim yn gwybod pwy sy'n ateb.\n\n((link))\n\nOs nad ydych chi eisiau negeseuon fel hyn gennym ni, gallwch eu hatal yma: ((opt_out))",
  },
  nav: "GOV.UK Notify",
  settings: {
    title: "Negeseuon testun ac e-byst (GOV.UK Notify)",
    intro:
      "Caiff gwahoddiadau eu hanfon drwy GOV.UK Notify, gwasanaeth negeseuon y llywodraeth. Mae angen gwasanaeth Notify ei hun ar eich sefydliad: rhowch ei allwedd API, ei anfonwr a'i dempledi yma.",
    keySet: "Mae allwedd API wedi'i chadw. Ei henw yn Notify yw “{{name}}”. Er eich diogelwch, ni chaiff ei dangos eto.",
    keyNotSet: "Does dim allwedd API wedi'i chadw eto, felly does dim modd anfon negeseuon.",
    apiKey: "Allwedd API newydd",
    apiKeyHint:
      "Gludwch allwedd fyw o dudalen “API integration” Notify. Gadewch hwn yn wag i gadw'r allwedd sydd wedi'i chadw. Rydyn ni'n ei gwirio gyda Notify cyn ei chadw.",
    smsSenderId: "ID anfonwr negeseuon testun (dewisol)",
    emailReplyToId: "ID y cyfeiriad e-bost ateb (dewisol)",
    senderHint: "O dudalen gosodiadau Notify. Gadewch yn wag i ddefnyddio rhagosodiad eich gwasanaeth.",
    templatesHeading: "Templedi",
    templatesIntro:
      "Gwnewch bedwar templed yn Notify gyda'r testunau isod, air am air, yna gludwch ID pob templed yma. Dydy'r testunau ddim yn dweud pam mae rhywun yn cael neges, rhag ofn bod rhywun arall yn darllen ei ffôn neu ei fewnflwch.",
    smsTemplateEn: "ID templed neges destun, Saesneg",
    smsTemplateCy: "ID templed neges destun, Cymraeg",
    emailTemplateEn: "ID templed e-bost, Saesneg",
    emailTemplateCy: "ID templed e-bost, Cymraeg",
    inboundSms: "Atebion",
    inboundSmsLabel: "Mae gan ein gwasanaeth Notify rif sy'n derbyn negeseuon testun",
    inboundSmsHint: "Os oes, mae atebion fel STOP neu DIM yn ychwanegu'r rhif at eich rhestr optio allan.",
    check: "Gwirio'r allwedd",
    save: "Gwirio a chadw",
    saved: "Gosodiadau wedi'u cadw. Derbyniodd Notify yr allwedd.",
    checked: "Derbyniodd Notify yr allwedd a'r templedi. Does dim wedi'i gadw eto.",
    textsHeading: "Testunau ar gyfer eich templedi Notify",
    smsText: "Neges destun",
    emailSubject: "Pwnc yr e-bost",
    emailBody: "Corff yr e-bost",
    english: "Saesneg",
    welsh: "Cymraeg",
  },
  problems: {
    "no-key": "Rhowch allwedd API o Notify. Does dim allwedd wedi'i chadw eto.",
    format:
      "Dydy hynny ddim yn edrych fel allwedd API Notify. Mae allwedd yn cynnwys ei henw, yna ID eich gwasanaeth, yna'r gyfrinach, wedi'u cysylltu â chysylltnodau. Copïwch hi eto o Notify.",
    refused:
      "Wnaeth Notify ddim derbyn yr allwedd hon, felly dydyn ni ddim wedi cadw dim. Efallai ei bod wedi'i dirymu, neu'n perthyn i wasanaeth arall. Gwnewch allwedd newydd yn Notify a rhowch gynnig arall arni.",
    unreachable:
      "Doedd dim modd cysylltu â Notify ar hyn o bryd, felly dydyn ni ddim wedi cadw dim. Rhowch gynnig arall arni ymhen ychydig funudau.",
    "template-missing": "Does gan Notify ddim templed gyda'r ID hwn ar gyfer eich gwasanaeth. Does dim wedi'i gadw.",
    "template-wrong-type": "Mae'r templed hwn ar gyfer y math arall o neges (neges destun neu e-bost). Does dim wedi'i gadw.",
    "template-placeholders":
      "Nid ein testun ni yw testun y templed hwn: rhaid iddo ddefnyddio ((organisation)), ((link)) a ((opt_out)) a pheidio â dweud dim am yr hyn a ddigwyddodd. Copïwch y testun isod i Notify. Does dim wedi'i gadw.",
  },
  errors: {
    keyFormat:
      "Dydy hynny ddim yn edrych fel allwedd API Notify. Mae allwedd yn cynnwys ei henw, yna ID eich gwasanaeth, yna'r gyfrinach, wedi'u cysylltu â chysylltnodau.",
    idFormat: "Rhowch yr ID fel mae Notify yn ei ddangos, fel 8e222534-7f05-4972-86e3-17c5d9f894e2.",
  },
  optOut: {
    title: "Atal negeseuon gennym ni",
    intro:
      "Os nad ydych chi eisiau negeseuon testun nac e-byst gan {{organisation}} yn holi am eich profiad, rhowch eich rhif ffôn symudol neu eich cyfeiriad e-bost. Fyddwn ni ddim yn anfon negeseuon fel hyn atoch chi eto.",
    keep: "Dim ond ffurf wedi'i chymysgu rydyn ni'n ei chadw, na ellir ei throi'n ôl yn eich rhif neu eich cyfeiriad. Dydy hi ddim yn gysylltiedig ag unrhyw beth arall amdanoch chi.",
    contact: "Rhif ffôn symudol neu gyfeiriad e-bost",
    contactHint: "Er enghraifft, 07700 900123 neu enw@enghraifft.com",
    submit: "Atal negeseuon",
    invalid: "Rhowch rif ffôn symudol, fel 07700 900123, neu gyfeiriad e-bost, fel enw@enghraifft.com",
    doneTitle: "Fyddwn ni ddim yn anfon y negeseuon hyn atoch chi eto",
    done: "Rydyn ni wedi'i ychwanegu at ein rhestr. Os oedd neges eisoes ar ei ffordd, efallai y bydd yn cyrraedd yn yr ychydig funudau nesaf.",
  },
};
