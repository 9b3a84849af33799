/**
 * Stop words for the answers wink-nlp cannot read (Welsh, and any other
 * language a survey is translated into). Kept small and by hand: function
 * words only, so that content words such as "aros" (waiting) or "caredig"
 * (kind) always count. Welsh words are listed in every form a respondent is
 * likely to type (with and without the circumflex, after the common
 * mutations), because the tokeniser does not undo mutations.
 */
const list = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const WELSH_STOP_WORDS = list(`
  a â ac ag am ar at y yr r yn n i o e ei eu ein eich fy fyn fi mi ti chi ni nhw nhwthau hi ef fe fo e
  hwn hon hyn hynny hwnnw honno yma yna acw fan
  mae maen mai taw yw ydy ydw ydyn ydych ydyw oes sy sydd bod fod fydd bydd byddai fyddai byddwn fyddwn bu buodd
  roedd oedd doedd dyw dydy dydw dydi nid nad na ddim dim roeddwn oeddwn doeddwn roedden oedden doedden roeddech
  wedi wnes wnaeth wnaethon wnaethoch gwnaeth gwneud wneud cael gael ges gafodd gawson
  gan gyda efo drwy trwy dros heb rhwng wrth tan hyd tuag ynghylch am
  fel ond neu os pan pe achos oherwydd oblegid felly hefyd eto wedyn nawr rŵan rwan
  sut beth pwy pam ble lle pryd faint pa
  rhaid gallu allu gallai allai dylai ddylai
  un dau dwy rhyw pob bob popeth rhywbeth rhywun neb unrhyw holl llawer mwy mwyaf lot
  iawn eithaf rhy mor dim ond
  ie na naddo do
  im ir or ar yr ai iw ym yng
  ma
`);

/**
 * English function words, for answers in Welsh or another language that switch
 * into English (wink-nlp has its own list for answers given in English).
 */
export const ENGLISH_STOP_WORDS = list(`
  a an the and or but if then so as at by for from in into of off on onto out over to up down with without about
  i me my mine myself we us our you your he him his she her it its they them their this that these those
  am is are was were be been being have has had do does did done doing will would shall should can could may might must
  not no nor nobody none nothing never very too just also only even still yet again there here when where why how what
  which who whom whose all any some each every both either neither other such more most much many few than
  im ive id dont didnt wasnt werent isnt arent cant couldnt wouldnt wont s t d ll ve re
  get got go went gone
`);
