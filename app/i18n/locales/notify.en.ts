/** English strings for sending through GOV.UK Notify: our message texts, the settings page and the opt-out page. */
export const notifyEn = {
  /**
   * The texts of the organisation's Notify templates, with Notify's placeholders. No crime type, no case detail, no
   * name but the organisation's, and always the way to stop.
   */
  message: {
    sms: "((organisation)) would like to hear how we did. It is your choice whether to answer, and your answers are anonymous: ((link)) To stop these messages: ((opt_out))",
    emailSubject: "Would you tell us how we did?",
    emailBody:
      "((organisation)) would like to hear how we did.\n\nIt is your choice whether to answer. You can answer some questions, all of them or none. Your answers are anonymous: we do not know who answers.\n\n((link))\n\nIf you do not want messages like this from us, you can stop them here: ((opt_out))",
  },
};
