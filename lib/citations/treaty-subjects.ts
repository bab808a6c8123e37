/**
 * The subjects of our treaties and of others, and the names of other texts (FR/EN/ES), as regexes for
 * `treaty-names.ts`, `treaty-text.ts`, `bare-article.ts`: what a text is about decides whose its bare `the Convention`
 * is. Data only; split from `treaty-tables.ts` (the titles).
 */

import type { TreatyId } from './keys';

/**
 * Our subject: trafficking in persons, the smuggling of migrants, firearms, transnational organized crime, Palermo
 * (FR/EN/ES). A text naming it keeps its bare `the Convention` / `le Protocole` ours even when it also names another
 * treaty's subject (`OTHER_SUBJECT`). `migrant smuggling` and `smuggled migrants` too (a FAQ page titled `Migrant
 * smuggling`, probe p2en-043; session 24).
 */
// Each form led by a word it shares with others, the words before it in lookbehinds (the same matches where the forms
// matched one by one: `traite des personnes`, `trafficking in persons`, `trata de personas` led by `person`; `trafic
// illicite de(s) migrants`, `smuggling of migrants`, `migrant smuggling`, `smuggled migrants`, `tráfico ilícito de
// migrantes` by `migrant`; `armes à feu`, `armas de fuego`, `firearms` by `arm`; `criminalité transnationale
// organisée`, `transnational organized crime`, `delincuencia organizada transnacional` by `transna`): V8 skips along a
// whole text to five leads, where fifteen forms led by eight common letters were tried at each (a fifth faster).
export const OUR_SUBJECT = new RegExp(
  [
    'palerm',
    String.raw`person(?:nes(?<=traite\s+des\s+personnes)|s(?<=traf?ficking\s+in\s+persons)|as(?<=trata\s+de\s+personas))`,
    String.raw`migrant(?:\s+smuggling|s(?<=(?:trafic\s+illicite\s+d(?:e|es)|smuggling\s+of|smuggled)\s+migrants)|es(?<=tr[áa]fico\s+il[íi]cito\s+de\s+migrantes))`,
    String.raw`arm(?:es\s+[àa]\s+feu|as\s+de\s+fuego|s(?<=firearms))`,
    String.raw`transna(?:tional(?:e\s+organis[ée]e(?<=criminalit[ée]\s+transnationale\s+organis[ée]e)|\s+organi[sz]ed\s+crime)|cional(?<=delincuencia\s+organizada\s+transnacional))`,
  ].join('|'),
  'i',
);

/**
 * Victims of trafficking without `des personnes` / `in persons` (`offrir aux victimes de la traite la possibilité…`,
 * probe p8fres-038; `víctimas de trata`, `victims of trafficking`, `trafficking victims`): our subject for a whole text
 * (`TreatyText.namesOurs`), not for a title's window (`treaty-mentions.ts`), where the Council of Europe's title
 * `…contre la traite des êtres humains` is followed by its own `victime de la traite`.
 */
const TRAFFICKING_VICTIMS =
  /victimes?\s+de\s+(?:la\s+)?traite(?![a-zà-ÿ])|v[íi]ctimas?\s+de\s+(?:la\s+)?trata(?![a-zà-ÿ])|victims?\s+of\s+trafficking|trafficking\s+victims?/i;

/**
 * Whether a whole text names our subject (`OUR_SUBJECT`), or trafficking's victims in a text with a Protocol noun
 * (`TRAFFICKING_VICTIMS`): a bare `la Convention` beside `la victime de la traite` alone may be the Council of
 * Europe's, whose article 12 is on victims' assistance (UNTOC's is on confiscation).
 */
export const namesOurSubject = (text: string): boolean =>
  OUR_SUBJECT.test(text) ||
  (TRAFFICKING_VICTIMS.test(text) && /protoc/i.test(text)) ||
  ADOPTING_RESOLUTION.test(text) ||
  FRENCH_ACRONYM.test(text);

/**
 * UNTOC's French acronym after its feminine article (`l'application de la CTO`, UNODC's French review documents, probe
 * p8fres-057), in capitals, nothing glued after: elsewhere `CTO` is a chief technology officer (`le CTO`).
 */
const FRENCH_ACRONYM = /\b[Ll]a CTO(?![A-Za-z0-9/-])/;

/**
 * The General Assembly resolutions that adopted our treaties, by number (`A/RES/55/25`, `résolution 55/25`: UNTOC and
 * two Protocols; `55/255`: the Firearms Protocol): a text citing them is about our treaties (`La Convention a été
 * adoptée … (A/RES/55/25, annexe I) et est entrée en vigueur … conformément à son article 38`, probe p8fres-026). Not
 * glued to a digit either side (`155/25`, `55/251`).
 */
const ADOPTING_RESOLUTION = /(?<![\d/])(?:A\/RES\/)?55\/255?(?!\d)/;

/**
 * One of our treaties named (not just our subject): what keeps a forced-labour text's bare Protocol ours, since the
 * ILO's forced-labour texts discuss trafficking too ("Identification des victimes de traite") and their Protocol of 2014
 * is about victims as well. UNODC's short titles too (`the Protocol against Trafficking in Persons`, `Protocolo contra
 * la trata de personas`, session 23: an E4J page quoting article 3(a)'s `forced labour`, dev en-515).
 */
export const OUR_TREATY_NAMED =
  /palerm|UNC?TOC|transnational\s+organi[sz]ed\s+crime|criminalit[ée]\s+transnationale\s+organis[ée]e|delincuencia\s+organizada\s+transnacional|(?:traf?ficking|smuggling|firearms)(?:\s+in\s+persons|\s+of\s+migrants)?\s+protocol|protocol\s+(?:to\s+prevent|against\s+(?:the|traf?ficking))|protocole\s+(?:visant|additionnel|relatif\s+[àa]\s+la\s+traite|contre\s+l)|protocolo\s+(?:para\s+prevenir|contra\s+(?:el|la\s+trata))/i;

/**
 * Forced labour, a subject the ILO's Forced Labour Convention and its 2014 Protocol share with trafficking texts:
 * `forced labour`, `travail forcé`, `trabajo forzoso`. Read on whole texts (`TreatyText.ourSubject`), so led by the one
 * literal `for` the three share, the words before it in lookbehinds (it matches where the three forms do): V8 skips to
 * a leading literal, where the alternation led by `f` and `t` was tried at every such letter (a third faster).
 */
export const FORCED_LABOUR = /for(?:ced\s+labou?r|c[ée](?<=travail\s+forc[ée])|zoso(?<=trabajo\s+forzoso))/i;

/**
 * The Hague Conventions and the child abduction Convention's subject (session 20, dev fr-349: the Pérez-Vera report on
 * the 1980 Convention, `l'article 8 de la Convention … la personne dont il est allégué qu'elle a enlevé ou retenu
 * l'enfant`, never naming it): a Hague Convention or the Hague Conference by name (`Hague Convention`, `Convention de
 * La Haye`, `Convenio / Convención de La Haya`, `HCCH`, `Conférence de La Haye`); international child abduction
 * (`child abduction`, `enlèvement (international) d'enfants`, `sustracción (internacional) de menores`, parental
 * abduction) and intercountry adoption, the 1993 Hague Convention's subject (`adoption internationale`, `adopción
 * internacional`); the child
 * wrongfully removed or retained, the 1980 Convention's own words (`removed or retained the child`, `wrongful removal
 * or retention`, `enlevé ou retenu l'enfant`, `déplacement ou (le) non-retour illicite`, `traslado o (la) retención
 * ilícitos`, `sustraído o retenido`). Not the city alone (`The Hague`: Eurojust, the ICC) nor `abduction` / `enlèvement`
 * alone, a means in the trafficking definition. A source string (spliced into `OTHER_SUBJECT`, case-insensitive); each
 * alternative starts with a letter, so `byFirstLetter` files it under that letter (not tried at every position).
 */
const CHILD_ABDUCTION = String.raw`Hague\s+Conven|Conven(?:tion|io|ci[óo]n)\s+de\s+La\s+Ha(?:ye|ya)|HCCH\b|Conf[ée]rence\s+de\s+La\s+Haye|child\s+abduction|parental\s+abduction|enl[èe]vement\s+parental|sustracci[óo]n\s+parental|intercountry\s+adoption|adoption\s+internationale|adopci[óo]n\s+internacional|enl[èe]vement\s+(?:international\s+)?d['’]enfants|sustracci[óo]n\s+(?:internacional\s+)?de\s+(?:menores|ni[ñn]os)|removed\s+or\s+retained\s+(?:the|a)\s+child|abducted\s+or\s+retained\s+(?:the|a)\s+child|wrongful(?:ly)?\s+remov(?:al|ed)\s+or\s+(?:retention|retained)|enlev[ée]e?\s+ou\s+retenue?\s+l['’]enfant|d[ée]placement\s+ou\s+(?:le\s+)?non-retour\s+illicite|traslado\s+o\s+(?:la\s+)?retenci[óo]n\s+il[íi]cit|sustra[íi]d[oa]\s+o\s+retenid[oa]`;

/**
 * UNCAC's own terms, its subject where a text never writes `corruption` (session 25, dev es-347: Ley 970's transcript
 * of UNCAC's article 2, `Por “funcionario de una organización internacional pública” se entenderá…` and then `el
 * artículo 23 de la presente Convención`, UNCAC's laundering article): its defined `official of a public international
 * organization` (`fonctionnaire d'une organisation internationale publique`, `funcionario de una organización
 * internacional pública`; UNTOC says `international civil servant`) and the offences UNTOC does not have, `illicit
 * enrichment` and `trading in influence` (`enrichissement illicite`, `trafic d'influence`, `enriquecimiento ilícito`,
 * `tráfico de influencias`). Not `foreign public official` nor `public official`: UNTOC's article 8 has both. A source
 * string spliced into `OTHER_SUBJECT` (case-insensitive), each alternative led by a letter (`byFirstLetter`).
 */
const CORRUPTION_TERMS = String.raw`official\s+of\s+a\s+public\s+international\s+organi[sz]ation|fonctionnaires?\s+d['’]une\s+organisation\s+internationale\s+publique|funcionarios?\s+de\s+una\s+organizaci[óo]n\s+internacional\s+p[úu]blica|illicit\s+enrichment|enrichissement\s+illicite|enriquecimiento\s+il[íi]cito|trading\s+in\s+influence|trafic\s+d['’]influence|tr[áa]fico\s+de\s+influencias`;

/**
 * Subjects of other treaties whose texts say "the Convention" / "the Protocol": climate (UNFCCC decisions `1/CP.1`,
 * `9/CMP.1`), torture, corruption, biodiversity, the rights of the child, discrimination against women (also by its
 * acronym: a "CEDAW General recommendation" on trafficking in women and girls; `l’égard` / `l’enfant` with either
 * apostrophe: the CEDAW Committee's report, dev fr-303), the subjects of the other treaty bodies' Conventions and the
 * Human Rights Committee by name (racial discrimination, civil and political rights, migrant workers, persons with
 * disabilities, enforced disappearance: a committee's report whose contents say `l’article 21 de la Convention`),
 * refugees (the 1951 Convention and its
 * 1967 Protocol: "l'art. 1 du présent Protocole", "l'art. 40 de la Convention"), forced labour (the ILO's Forced Labour
 * Convention and its 2014 Protocol, whose supervisory comments never name them: "Article 2 du protocole"), ill-treatment
 * (the European Convention's article 3 in a judgment that never names it: "inhuman or degrading treatment … a breach of
 * Article 3 of the Convention"), narcotic drugs (the 1961 and 1988 Conventions: a depositary record's "Notification under
 * article 12 (2) of the Convention"); the climate regime also by its bodies' and its Convention's acronyms (`SBSTA`,
 * `CCCC`, `LULUCF`, `Kyoto`: a negotiations report whose accents were lost never writes "climat", dev fr-105); the
 * Hague Conventions (`CHILD_ABDUCTION`); UNCAC by its own terms (`CORRUPTION_TERMS`). A text that also names our subject stays ours (trafficking texts quote "forced
 * labour or services" from article 3).
 */
export const OTHER_SUBJECT = new RegExp(
  String.raw`\/CM?P\.\d|\bCEDAW\b|climat|torture|tortura|corruption(?!\s+or\s+duress)|corrupci[óo]n|biological diversity|diversit[ée] biologique|diversidad biol[óo]gica|rights of the child|droits de l['’]enfant|derechos del ni[ñn]o|discrimination against women|discrimination [àa] l['’][ée]gard des femmes|discriminaci[óo]n contra la mujer|racial discrimination|discrimination raciale|discriminaci[óo]n racial|civil and political rights|droits civils et politiques|derechos civiles y pol[íi]ticos|Human Rights Committee|Comit[ée] des droits de l['’]homme|Comit[ée] de Derechos Humanos|migrant workers|travailleurs migrants|trabajadores migratorios|persons with disabilities|personnes handicap[ée]es|personas con discapacidad|enforced disappearance|disparitions? forc[ée]es?|desapariciones? forzadas?|refugees|r[ée]fugi[ée]s|refugiados|forced labou?r|travail forc[ée]|trabajo forzoso|inhuman or degrading|ill-treatment|traitements inhumains|tratos inhumanos|narcotic|stup[ée]fiants|estupefacientes|clim[aá]tic|\b(?:UNFCCC|CCNUCC|CMNUCC|CCCC|SBSTA|LULUCF|Kyoto)\b|${CHILD_ABDUCTION}|${CORRUPTION_TERMS}`,
  'i',
);

/** The Migrants Protocol's `object of` form (articles 4 and 5's `persons who have been the object of such offences`). */
const MIG_OBJECT_FORM = String.raw`(?:been|été|sido)\s+(?:the\s+|l['’]\s?)?obje(?:ct|t|to)\s+(?:of\s+(?:conduct|such\s+offences)|de\s+(?:alguna\s+de\s+las\s+conductas|los\s+actos|dichos\s+delitos|ces\s+infractions)|des\s+actes)`;

/** The Migrants Protocol's other subject forms (its title's words, its article 3(c) defined term). */
const MIG_OTHER_FORMS = String.raw`trafic(?:\s+illicite)?\s+d(?:e|es)\s+migrants|smuggling\s+of\s+migrants|smuggled\s+migrants|migrants\s+(?:are|were|have\s+been)\s+smuggled|tr[áa]fico\s+il[íi]cito\s+de\s+migrantes|fraudulent\s+travel\s+or\s+identity|document\s+de\s+voyage\s+ou\s+d['’]identit[ée]\s+frauduleux|documento\s+de\s+viaje\s+o\s+de\s+identidad\s+falso`;

/**
 * The subject words of a long title that names the treaty last ("Protocole additionnel … visant à … la traite").
 * `words`: words one of which every form contains, each a literal a whole text is searched for much faster than for the
 * forms (a text without any is not read for them; one search per word: V8 skips along a text to a regex's leading
 * literal, not to an alternation's, session 27), but the form `apart` matches, which a whole text is searched for on its own
 * (`re` has it too, for the window `treaty-mentions.ts` reads; `others`: `re` without it, read behind `words`).
 */
export const TITLE_SUBJECTS: readonly {
  id: TreatyId;
  re: RegExp;
  words?: readonly RegExp[];
  apart?: RegExp;
  others?: RegExp;
}[] = [
  // The Migrants Protocol's own text also says "smuggled migrants", "routes along which migrants are smuggled".
  {
    id: 'MIG',
    // Its article 3(c) defined term (`“Fraudulent travel or identity <strong>document</strong>” shall mean`, the travaux
    // préparatoires quoting the approved text without the word `migrant`, dev en-444; `document de voyage ou
    // d'identité frauduleux`, `documento de viaje o de identidad falso`): no other treaty of ours defines it.
    // And its articles 4 and 5's `the object of` the conduct it defines (`persons who have been the object of such
    // offences`, `haber sido objeto de alguna de las conductas`, `l'objet des actes énoncés`; a reproduced text with no
    // title in view, probes p2en-064, p2es-024; session 24): the TIP Protocol says `victims`.
    // `identidad falso` led by its `falso`, the words before it in a lookbehind: V8 skips to `falso`, rarer than `i`.
    words: [/migrant/i, /fraudul/i, /falso(?<=identidad\s+falso)/i],
    // The `object of` form read apart, from its `obje` (its verb behind it), not behind `word`: `obje` is in most UN
    // texts (`objective`), and the whole of `re` read wherever it is cost 2 % of an engine pass.
    apart:
      /obje(?:ct|t|to)(?<=(?:been|été|sido)\s+(?:the\s+|l['’]\s?)?obje(?:ct|t|to))\s+(?:of\s+(?:conduct|such\s+offences)|de\s+(?:alguna\s+de\s+las\s+conductas|los\s+actos|dichos\s+delitos|ces\s+infractions)|des\s+actes)/i,
    re: new RegExp(`${MIG_OBJECT_FORM}|${MIG_OTHER_FORMS}`, 'i'),
    // The other forms alone, for a whole text (`subjectsNamed`): where `apart` did not match, neither does `re`'s own
    // copy of that form, whose `been|été|sido` first was read at every such word of a text (session 25).
    others: new RegExp(MIG_OTHER_FORMS, 'i'),
  },
  // The singular too (`la marque que doit porter une arme à feu`, a reproduced Firearms Protocol article, p2fr-045).
  { id: 'FIRE', re: /armes? [àa] feu|firearms?|armas? de fuego/i, words: [/arm/i] },
  { id: 'TIP', re: /traite des personnes|traf?ficking in persons|trata de personas/i },
];

/**
 * Every subject's `words` as one search (`migrant|fraudul|…|arm`, each still led by its own literal): most texts have
 * none, and one scan that says so replaces one per word (session 47: `subjectsNamed` a third faster on the bench).
 */
const ANY_TITLE_WORD = new RegExp(
  TITLE_SUBJECTS.flatMap((s) => s.words ?? [])
    .map((w) => w.source)
    .join('|'),
  'i',
);

/**
 * The subjects of `TITLE_SUBJECTS` a whole text names (`TreatyText.subjectProtocol`): each behind its `word` (all of
 * them read first as one, `ANY_TITLE_WORD`), but the form read `apart`, searched on its own.
 */
export function subjectsNamed(text: string): TreatyId[] {
  let anyWord: boolean | undefined;
  const named: TreatyId[] = [];
  for (const s of TITLE_SUBJECTS) {
    const behindWord = s.words === undefined || ((anyWord ??= ANY_TITLE_WORD.test(text)) && anyFound(s.words, text));
    if (s.apart?.test(text) === true || (behindWord && (s.others ?? s.re).test(text))) named.push(s.id);
  }
  return named;
}

/** Whether one of `words` is in `text`: a loop, not `some` with a closure, a smaller graph for TurboFan to compile. */
function anyFound(words: readonly RegExp[], text: string): boolean {
  for (const w of words) if (w.test(text)) return true;
  return false;
}

/**
 * Other treaties' acronyms, capitals only (EN/FR/ES): the UN human-rights treaties (CEDAW; CRC and its French and Spanish
 * `CDE` / `CIDE` / `CDN`; CRPD / `CDPD`; CERD; CAT; CMW; ICCPR / `PIDCP`; ICESCR / `PIDESC`), the Universal Declaration
 * (UDHR / `DUDH`), the regional conventions (ECHR / `CEDH`, ACHR / `CADH`, ACHPR), UNCAC, UNCLOS, the EU's treaty
 * (TFEU / `TFUE`), the law of treaties (VCLT / `CVDT`) and the Arms Trade Treaty (`ATT`, beside the Firearms Protocol in
 * course notes: probe p15en-096; session 39), the ASEAN Convention against Trafficking in Persons (`ACTIP`, which
 * shares the TIP Protocol's subject words: session 19). The one home of "another treaty's acronym" (session 18): a text
 * named in an article's sentence (`OTHER_INSTRUMENT`), an acronym right before the article (`other-text-article.ts`),
 * another treaty in a bare article's sentence (`focus-article.ts`). An alternation without brackets.
 */
export const OTHER_TREATY_ACRONYMS =
  'CEDAW|CRC|CRPD|CERD|CAT|CMW|ICCPR|ICESCR|ECHR|ACHR|ACHPR|UDHR|UNCAC|UNCLOS|TFEU|CEDH|CADH|CDE|CIDE|CDN|CDPD|PIDCP|PIDESC|DUDH|TFUE|ACTIP|VCLT|CVDT|ATT';

/**
 * Another treaty's acronym right before the article, maybe with a comma (`Trafficking (CEDAW art 6, CRC art 35, Palermo
 * Protocol)`, an OHCHR glossary's heading, dev en-465; `ECHR, Art. 4`, `CEDH art. 4`, `CDN art. 35`, `PIDCP, art. 8`):
 * the article is that treaty's (`other-text-article.ts`), though one of ours is named after it in the sentence.
 * Capitals only, a whole word. Or another text's capitalised noun (`cf. Arms Trade Treaty art. 7`, probe p15en-076;
 * session 39).
 */
export const OTHER_ACRONYM_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(?:${OTHER_TREATY_ACRONYMS}|Treaty|Trait[ée]|Tratado|Covenant|Pacte|Pacto|Charter|Charte|Code|C[óo]digo),?[ \\t]{1,3}$`,
);

/**
 * Regional and other organisations whose own treaties share our subject (`the ASEAN Convention against Trafficking in
 * Persons, Especially Women and Children`, `the ECOWAS Protocol`, `the SADC Protocol on Firearms`, `la Convention de la
 * CEDEAO`): their acronym right before a treaty noun names that organisation's treaty, never ours (`treaty-mentions.ts`;
 * a capitalised word there already did, an acronym was not read; `the CoE Convention`). A closed list: our own acronyms (`UN`,
 * `ONU`, `UNTOC`, a text's defined `HS Protocol`) are not in it (session 19).
 */
export const OTHER_ORG_ACRONYMS =
  'ASEAN|ECOWAS|CEDEAO|SADC|OAS|OEA|AU|UA|EU|UE|ILO|OIT|BIT|OSCE|SAARC|COMESA|IGAD|EAC|ECCAS|CEEAC|SICA|CARICOM|MERCOSUR|CIS|CEI|CoE';

/**
 * A declaration named as an instrument (`the Universal Declaration of Human Rights`, `the Declaration on the Elimination
 * of Violence against Women`, `la Déclaration universelle`, `la Declaración sobre la eliminación…`, `the Vienna
 * Declaration`), not a State's declaration in a depositary record (`Declaration:`, `Declaration under article 35.2:`,
 * dev en-166: UNTOC's own article).
 */
const NAMED_DECLARATION =
  '\\b(?:Declaration\\s(?:of|on)\\s(?:the\\s)?[A-Z]|(?:Universal|Political|Vienna|Bangkok|Salvador|Doha)\\sDeclaration|D[ée]claration\\s(?:universelle|politique|de\\s[A-Z]|sur\\sl)|Declaraci[óo]n\\s(?:[Uu]niversal|[Pp]ol[íi]tica|de\\s[A-Z]|sobre\\s(?:la|el|los|las)\\s))';

/**
 * A national text named by its number, its date or its title, in lower case too (session 19): `law No. 2003-239`, `la
 * loi n° 2003-239`, `la ley 4/2015`, `Proclamation No. 909/2015`, `ordonnance n° 2016-12`; `la loi du 5 août 2013`, `la
 * ley de 4 de diciembre de 2008`, `la loi de 2013`; `la loi relative à la lutte contre…`, `la loi portant…`, `la ley
 * contra la trata…`, `the law on…` (a definite determiner: `a law on trafficking` is any law); a draft law (`le projet
 * de loi`, `el proyecto de ley`, `the draft law`, `the Bill`). Where `national law`, `leur loi pénale`, `su ley penal`
 * name none. An organic law's adjective before its number (`la loi organique n° 2016-61`, `la ley orgánica 10/1995`,
 * probe p2fr-015; session 24).
 */
const NAMED_LAW =
  '\\b(?:law|loi|ley|decree|d[ée]cret|decreto|ordinance|ordonnance|ordenanza|proclamation)\\s(?:organique\\s|org[áa]nica\\s)?(?:No\\.?\\s?|n[°ºo]\\.?\\s?|n[úu]m\\.\\s?|N[°º]\\.?\\s?|(?:du|de|of)\\s(?=\\d{1,2}(?:er|º|°)?\\s(?:de\\s)?[A-Za-zéû]+\\s(?:de\\s)?\\d{4}|\\d{4}(?!\\d)))?\\d|\\b(?:[Ll]a\\sloi\\s(?:relative\\s[àa]|portant|visant\\s[àa]|sur\\sl|contre\\sl)|[Ll]a\\sley\\s(?:contra|sobre|integral|org[áa]nica|de\\s(?:trata|lucha|prevenci[óo]n|protecci[óo]n))|[Tt]he\\slaw\\s(?:on|against)\\s|(?:projet|proposition|avant-projet)\\sde\\sloi|(?:proyecto|anteproyecto)\\sde\\sley|[Dd]raft\\s(?:law|bill|legislation)|Bill(?![a-z]))';

/**
 * A text that is not a treaty named in the article's sentence (`le Code de conduite …, en particulier l'article 5 qui
 * demande…`, `Under the Act, article 12 …`, `la Constitución … su artículo 4`): the article is that text's, not the
 * treaty in focus'. Capitalised names (`Code`, `Act`, `Law`, `Decree`, `Constitution`, `Charter`…: a title, so "the
 * act of trafficking" or "national law" do not count), the lower-case words of French and Spanish codes, and other
 * treaties' acronyms (`Like the ECHR, article 4 …`; `OTHER_TREATY_ACRONYMS`), and `Convenio`, always another treaty's
 * (UNTOC is `Convención`; `El Convenio de 1949 … (Artículo 1)` after the Palermo Protocol was named, test es-158).
 * A heading in capitals names a law too (`EL ARTÍCULO 42 … DE LA LEY GENERAL PARA PREVENIR…`, a court's thesis, dev
 * es-106): `LEY`, `LOI`, `CÓDIGO`, `DECRETO` (a statute's word), not `LAW` (`SUBSTANTIVE CRIMINAL LAW` heads a chapter of
 * UNTOC's legislative guide, dev en-086).
 * An EU framework decision (`la proposition de décision-cadre … définit … en son article premier`, dev fr-123) too.
 * A national text by its number, date or title (`NAMED_LAW`), a proclamation, an ordinance, a dahir. Other instruments by their
 * capitalised noun, which no treaty noun reads (`the Universal Declaration of Human Rights … Article 4`, `the
 * International Covenant`, `le Pacte international`, `el Pacto Internacional`, `the Treaty on the Functioning…`, `the
 * Schengen Agreement`, `l'Accord`, `el Acuerdo`; session 19): their articles are theirs. Accents or none (session 21),
 * but `Traité`: `Traite` is trafficking (`la Traite des êtres humains`). UNODC's model laws in lower case (`la loi type
 * contre la traite des personnes … en son article 10`, probe p6fres-039; `la ley modelo`, `the model law`, `model
 * legislative provisions`): a model law's articles are its own, though its subject is ours.
 */
export const OTHER_INSTRUMENT = new RegExp(
  `\\b(?:Convenio|Code|Codes|Act|Law|Loi|Ley|Decree|D[ée]cret|Decreto|Constitution|Constituci[óo]n|Charter|Charte|Carta|Statute|Statut|Estatuto|Regulations?|R[èe]glement|Reglamento|Directive|Directiva|Proclamation|Ordinance|Ordonnance|Ordenanza|Dahir|Covenant|Pacte|Pacto|Treaty|Tratado|Agreement|Accord|Acuerdo|${OTHER_TREATY_ACRONYMS}|LEY|LOI|C[ÓO]DIGO|DECRETO|D[ÉE]CRET)\\b|\\bTraité(?![a-zà-ÿ])|${NAMED_DECLARATION}|\\b(?:code|c[óo]digo|d[ée]cret|decreto|d[ée]cision-cadre|decisi[oó]n\\s+marco|[Ff]ramework\\s+[Dd]ecision|(?:loi|ley)[ -]types?|leyes?\\s+modelo|model\\s+(?:laws?|legislative))\\b|${NAMED_LAW}`,
);
