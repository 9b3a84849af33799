/** Welsh strings for sending through GOV.UK Notify: our message texts, the settings page and the opt-out page. */
export const notifyCy = {
  message: {
    sms: "Hoffai ((organisation)) glywed sut wnaethon ni. Eich dewis chi yw ateb, ac mae eich atebion yn ddienw: ((link)) I atal y negeseuon hyn: ((opt_out))",
    emailSubject: "Fyddech chi'n dweud wrthon ni sut wnaethon ni?",
    emailBody:
      "Hoffai ((organisation)) glywed sut wnaethon ni.\n\nEich dewis chi yw ateb. Gallwch ateb rhai cwestiynau, pob un neu ddim un. Mae eich atebion yn ddienw: dydyn ni ddim yn gwybod pwy sy'n ateb.\n\n((link))\n\nOs nad ydych chi eisiau negeseuon fel hyn gennym ni, gallwch eu hatal yma: ((opt_out))",
  },
};
