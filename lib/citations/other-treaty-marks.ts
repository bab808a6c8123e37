/**
 * What marks a text as another treaty's, for `TreatyText` (`treaty-text.ts`): a Convention's chapters, a treaty body's
 * text or words, GRETA, a human rights court's case, its applicant, a human rights Convention's acronym. Moved out of
 * `treaty-text.ts` (session 17). Data, and one reader of a court's or another named Convention's own Convention
 * (`othersOwnConvention`, sessions 23, 24); and whether a text speaks of our three Protocols together, when its bare
 * `le Protocole` is none of them for sure (`protocolsTogether`, session 32).
 */

import { allMatches, perText } from './patterns';
import { OTHER_INSTRUMENT } from './treaty-subjects';

/**
 * Chapters of a bare Convention (`chapters IV and V of the Convention`, `chapitre V de la Convention`, `capítulo II de
 * la Convención`): UNTOC has no chapters (UNCAC has eight), so that text's bare "the Convention" is another treaty's,
 * though it never names it (a UNCAC Conference resolution quoted without its heading). Not `chapter V of the
 * Convention against Corruption`, which names the other treaty in full.
 */
export const CONVENTION_CHAPTERS =
  /\b(?:chapters?|chapitres?|cap[íi]tulos?)\s+[IVX]{1,4}(?:(?:\s*,\s*|\s+(?:and|et|y)\s+)[IVX]{1,4})*\s+(?:of\s+the|de\s+la)\s+Conven(?:tion|ci[óo]n)(?![a-zà-ÿ])(?!\s+(?:against|on|for|contre|sur|relative|contra|sobre|de|des|du|del|of)(?![a-zà-ÿ]))/i;

/**
 * A treaty body's general recommendation (`general recommendation`, `recomendación general`, `recommandation
 * générale`: CEDAW's, whose article 6 is on trafficking): its bare "the Convention" is the body's own treaty, though the
 * text is about our subject (`Esta recomendación vincula el artículo 6 de la Convención…`). UNTOC has no such body.
 */
export const TREATY_BODY_TEXT =
  /general\s+recommendation|recomendaci[oó]n(?:es)?\s+general|recommandations?\s+g[ée]n[ée]rale/i;

/**
 * A treaty body speaking as the author (`El Comité afirma…`, `The Committee recommends that the State party…`, `Le
 * Comité engage…`): concluding observations and general recommendations of the committees that monitor a Convention
 * (CEDAW, CRC, CAT), whose bare "the Convention" is theirs (dev es-100, a general recommendation translated without
 * its name). UNTOC has no committee (its COP and working groups), and the committee that drafted it is `the Ad Hoc
 * Committee` (so `the Committee` right before the verb, a closed list of their reporting verbs: `examinó`, `celebra`,
 * `toma nota`, `recommends`, `rappelle`… as concluding observations open their paragraphs).
 */
// The committee also by its full name (`The Committee on the Elimination of Discrimination against Women recommends
// that the State party align its definition with article 3 of the Trafficking in Persons Protocol while fulfilling its
// obligations under article 6 of the Convention`, probe p2en-044; session 24): the treaty bodies' names only, a closed
// list (a parliament's `Committee on Foreign Affairs recommends` ratifying UNTOC is no treaty body). In French and
// Spanish too (`Le Comité pour l'élimination de la discrimination à l'égard des femmes invite l'État partie à interpréter
// l'article 6 de la Convention`, probe p6fres-021; `El Comité de los Derechos del Niño recomienda`; session 30); and in the past tense,
// as concluding observations are reported: `El Comité para la Eliminación de la Discriminación contra la Mujer recordó al
// Estado parte que, en virtud del artículo 6 de la Convención…`, probe p10es-007; `recommended`, `a rappelé`; session 33).
export const TREATY_BODY_AUTHOR =
  /\b(?:[Tt]he\s+Committee(?:\s+on\s+the\s+Elimination\s+of\s+(?:Discrimination\s+against\s+Women|Racial\s+Discrimination)|\s+on\s+the\s+Rights\s+of\s+(?:the\s+Child|Persons\s+with\s+Disabilities)|\s+against\s+Torture|\s+on\s+Migrant\s+Workers|\s+on\s+Enforced\s+Disappearances)?\s+(?:recommends|notes|urges|affirms|considers|welcomes|calls|requests|encourages|reiterates|recalls|commends|regrets|expresses|examined|is\s+concerned|recommended|noted|urged|welcomed|requested|encouraged|reiterated|recalled|expressed)|[EeLl][le]\s+Comit[ée](?:\s+(?:pour\s+l['’]élimination\s+de\s+la\s+discrimination\s+(?:à\s+l['’]égard\s+des\s+femmes|raciale)|des\s+droits\s+de\s+l['’]enfant|contre\s+la\s+torture|para\s+la\s+Eliminaci[óo]n\s+de\s+la\s+Discriminaci[óo]n\s+(?:contra\s+la\s+Mujer|Racial)|de\s+los\s+Derechos\s+del\s+Niño|contra\s+la\s+Tortura))?\s+(?:afirma|recomienda|observa|insta|considera|acoge|exhorta|alienta|reitera|recuerda|celebra|encomia|agradece|lamenta|expresa|examin[óo]|toma\s+nota|est[áa]\s+preocupado|record[óo]|recomend[óo]|observ[óo]|inst[óo]|exhort[óo]|reiter[óo]|expres[óo]|tom[óo]\s+nota|recommande|note|engage|affirme|consid[èe]re|accueille|prie|invite|encourage|r[ée]it[èe]re|rappelle|salue|regrette|se\s+f[ée]licite|a\s+examin[ée]|a\s+(?:rappel[ée]|recommand[ée]|not[ée]|engag[ée]|invit[ée]|pri[ée])|prend\s+note|est\s+pr[ée]occup[ée]))(?![a-zà-ÿ])/;

/**
 * GRETA, the Council of Europe trafficking Convention's own monitoring body (the acronym in every language; upper case
 * only, so the name Greta is not it): a page about its work says `la Convention` for that Convention (dev fr-070).
 */
export const GRETA = /\bGRETA\b/;

/**
 * A regional human rights court's case (the Court's case-law, the court by name or acronym): its bare "the Convention"
 * is the court's own (the European or American Convention), though the case is about trafficking (`Law – Article 4: …
 * the values expounded in the Convention`, an ECtHR information note, dev en-146; `Cour européenne`, `Corte
 * Interamericana`, `Tribunal Europeo`). The ECtHR's holding formulae (`There has accordingly been a violation of
 * Article 4 of the Convention`, `Holds that there has been a violation of Article 4`, `Partant, il y a eu violation de
 * l'article 4`, `Por consiguiente, ha habido violación del artículo 4`; session 16) say so too: the Court's own words
 * only, as another court's text may say a State was in violation of UNTOC. UNTOC named in full and in focus stays ours.
 */
export const RIGHTS_COURT =
  /\bECtHR\b|Court(?:['’]s\s+case-law|\s+of\s+Human\s+Rights)|(?:Cour|Corte|Tribunal)\s+(?:europ|inter-?am)|\b(?:(?:holds\s+(?:unanimously\s+)?that\s+there\s+has|there\s+has\s+accordingly)\s+been\s+(?:a\s+|no\s+)?violation\s+of\s+Article|(?:Partant|[Dd]it\s+qu['’]),?\s+il\s+y\s+a\s+eu\s+violation\s+de\s+l['’]article|(?:Por\s+consiguiente|[Dd]eclara\s+que),?\s+ha\s+habido\s+violaci[óo]n\s+del\s+art[íi]culo)\s+\d/i;

/**
 * A human rights court's applicant, in lower case as the ECtHR writes it (`The applicant lodged a criminal complaint`,
 * dev en-146). Not the ICJ's `the Applicant`, a State party to the case (Equatorial Guinea v. France on UNTOC's article
 * 4, dev en-431), nor the French and Spanish words (`l'État partie requérant` asks for mutual legal assistance).
 */
export const APPLICANT = /\bapplicants?\b/;

/**
 * A human rights Convention by its acronym (`ECHR`, `CEDH`, `CADH`): the text names it, so its bare "the Convention"
 * may be that one; a bare article with a treaty of ours named in full in focus is not judged by this alone
 * (`articleFocusOverruled`).
 */
export const RIGHTS_ACRONYM = /\b(?:ECHR|CEDH|CADH)\b/i;

/**
 * A Protocol's number after a number sign (`No. 12`, `No 1`, `n° 7`, `nº 7`, `n.º 12`, `núm. 3`, `Nr. 1`): another
 * treaty's numbered Protocol (the ECHR's, the Council of Europe's), never one of ours, which are named, not numbered.
 * Up to two digits, then no digit nor slash (`No. 1/2002` is a document's or a law's number). One home for the form
 * (session 25): read after a bare treaty noun (`NUMBERED_AFTER` in `name-forms.ts`, case-sensitive) and after `Protocol`
 * anywhere in a text (`OTHER_PROTOCOL_NAMED` here, any case).
 */
export const PROTOCOL_NUMBER = `(?:No\\.?|n[°º]|n\\.º|núm\\.|Nr\\.)[ \\t\\u00a0]?\\d{1,2}(?![\\d/])`;

/**
 * Another Protocol named by its own title (session 24, dev en-519): the Protocol on Ireland/Northern Ireland to the
 * UK-EU Withdrawal Agreement (`the Ireland/Northern Ireland protocol`, `Protocol on Ireland/Northern Ireland`,
 * `protocole sur l'Irlande`, `protocole nord-irlandais`, `Protocolo sobre Irlanda`), a Protocol on Privileges and
 * Immunities (`Protocol on the Privileges and Immunities of the European Union`, `Protocole sur les privilèges et
 * immunités`, `Protocolo sobre los Privilegios e Inmunidades`), a numbered Protocol to a Convention (`Protocol No. 1`,
 * `Protocole n° 7`, `Protocolo n.º 12`: `PROTOCOL_NUMBER`; `Protocol 1 to the ECHR`), an environment or rights Protocol
 * by its city (`Kyoto Protocol`, `Protocole de Montréal`, `Protocolo de Cartagena`, `Maputo Protocol`). A text that
 * names one of them and none of our treaties (`OUR_TREATY_NAMED`) has that Protocol as its bare `the protocol`, even
 * before naming it (a Lords debate on trafficking victims and `Article 2 of the protocol`, the Ireland/Northern Ireland
 * Protocol's non-diminution of rights). A closed list of titles: `the Optional Protocol` is not here (trafficking texts
 * name the Optional Protocol on the sale of children with ours, and their bare noun is read in context).
 */
// Written from the noun's `protoco`, the name before it and the \b in lookbehinds: V8 skips along the text to each
// `protoco` (a literal first), where the two alternatives led by `\b` were tried at every word (session 27: a quarter
// of the time on the bench's paragraphs). It matches wherever `\b(?:Kyoto|…)\s+protocol\b|\bprotoco(?:l|le|lo)\s+…`
// does.
export const OTHER_PROTOCOL_NAMED = new RegExp(
  String.raw`protoco(?:(?<=\b(?:Ireland\/Northern\s+Ireland|Northern\s+Ireland|Kyoto|Montr[ée]al|Cartagena|Nagoya|Maputo)\s+protoco)l\b|(?<=\bprotoco)(?:l|le|lo)\s+(?:on\s+(?:Ireland|Northern\s+Ireland|the\s+Privileges\s+and\s+Immunities)|(?:sur|relatif\s+[àa])\s+(?:l['’]\s?Irlande|les\s+privil[èe]ges\s+et\s+immunit[ée]s)|nord-irlandais|(?:de|sobre)\s+(?:Irlanda|los\s+privilegios\s+e\s+inmunidades|Kioto|Kyoto|Montr[ée]al|Carthag[èe]ne|Cartagena|Nagoya|Maputo)|${PROTOCOL_NUMBER}|\d{1,2}\s+(?:to\s+the|à\s+la|al)\s+(?:European\s+Convention|ECHR|Convention\s+europ|CEDH|Convenio\s+Europeo)))`,
  'i',
);

/**
 * A treaty whose obligations bind its `Parties`, not `States Parties` (`the Parties shall … in accordance with Article 5
 * of this Convention`, the ASEAN Convention against Trafficking in Persons quoted on a Bali Process page, dev en-439;
 * the Council of Europe's `Each Party shall`, `Chaque Partie prend`, `Cada Parte adoptará`): UNTOC and its Protocols
 * always say `States Parties` / `États Parties` / `Estados Partes`, so a text quoting such a treaty, and never naming a
 * State Party (`STATE_PARTIES`), has another `this Convention`. Not `Conference of the Parties shall` (`of` / `de`
 * before the determiner: `PARTIES_DETERMINER`). Case-sensitive; global, led by its literal (one fast scan). Its words
 * alone (`PARTIES_BOUND_WORDS`) are also read in `treaty-text.ts`'s one search for other treaties' marks.
 */
export const PARTIES_BOUND_WORDS = String.raw`Part(?:y|ies|ie|es?)\s+(?:shall|may|undertakes?|prend|prennent|adopte|adoptent|peut|peuvent|s['’]engagent|veille|veillent|adoptar[áa]|adoptar[áa]n|podr[áa]|podr[áa]n|se\s+comprometen|velar[áa]|velar[áa]n)`;
/** `PARTIES_BOUND_WORDS` with no letter glued after the verb (`Parties prendre`, `Party mayor` are no obligation). */
export const PARTIES_BOUND = new RegExp(`${PARTIES_BOUND_WORDS}(?![a-zà-ÿ])`, 'g');

/** The determiner before `PARTIES_BOUND`'s match (`the`, `Each`, `Chaque`, `Las`…), not after `of` / `de`. */
export const PARTIES_DETERMINER = /(?<!\b(?:of|de)\s)\b(?:[Ee]ach|[Tt]he|[Aa]ll|[Cc]haque|[Ll]es|[Cc]ada|[Ll]as)\s+$/;

/** A State Party named in any case and language (`States parties`, `État Partie`, `Estados Partes`). */
export const STATE_PARTIES = /\bStates?\s+part(?:y|ies)\b|\b[ÉE]tats?\s+parties?\b|\bEstados?\s+partes?\b/i;

/**
 * A court finding a violation of an article (`the Court … found a violation of Article 4 § 2 of the Convention`, `a
 * conclu à la violation de l'article 4`, `declaró la violación del artículo 4`): a human rights court's or a treaty
 * body's words, whose bare Convention is its own (UNTOC is no rights treaty; an ICJ case on UNTOC names it in full and
 * keeps it in focus). Not the ECtHR's operative formulae (`RIGHTS_COURT`), nor `to find a violation` (a party's claim).
 */
// Or the ECtHR's assessment of one (`In assessing whether there has been a violation of Article 4 of the Convention, the
// Court…`, probe p2en-002; session 24): `whether there has been`, the court weighing it (a party's `claims that there
// has been a violation` is not), then `a` or `no` or nothing, the capitalised `Article`.
// And its conclusion (`the Court concludes that there has been a violation of Article 4 § 1 of the Convention`, probe
// p4-en-038; `holds that there has been`): `that there has been` required after those verbs.
const VIOLATION_FOUND =
  /\b(?:(?:found|finds)\s+(?:that\s+there\s+(?:has|had)\s+been\s+)?|(?:conclude[sd]|holds|held)\s+that\s+there\s+(?:has|had)\s+been\s+)(?:a\s+|no\s+)?violations?\s+of\s+Articles?\s+\d|\bwhether\s+there\s+(?:has|had)\s+been\s+(?:a\s+|no\s+)?violations?\s+of\s+Articles?\s+\d|\b(?:conclu[st]?|constat[ée]?|constate)\s+(?:à\s+(?:la|une)\s+|une\s+|la\s+)?violation\s+de\s+l['’]article\s+\d|\b(?:declar[óa]|constat[óa]|encontr[óo]|concluy[óo])\s+(?:la\s+|una\s+)?violaci[óo]n\s+del\s+art[íi]culo\s+\d/i;

/**
 * A court speaking as the author, in the ECtHR's openings (`The Court reiterates`, `the Court referred to`, `La Cour
 * estime que`, `La Cour rappelle`): read only where UNTOC is not named in full before the bare Convention (the ICJ
 * speaks so too, of UNTOC named in full), and with a Protocol of ours in focus only beside `RESPONDENT_STATE`; a Latin
 * American court reviewing the law approving UNTOC says `La Corte considera`, so the Spanish forms are not read).
 * Capitalised `Court` / `Cour`.
 */
const COURT_SPEAKS =
  /\b[Tt]he\s+Court\s+(?:reiterate[sd]|considere?d?s?|note[sd]|observe[sd]|recalle?d?s?|finds|found|held|holds|referred|refers|emphasi[sz]e[sd]|stresse[sd])(?![a-z])|\b[Ll]a\s+Cour\s+(?:a\s+)?(?:estim[ée]|consid[èe]r[ée]|rappel[ée]|rappelle|observ[ée]|not[ée]|relev[ée]|rel[èe]ve|r[ée]it[èe]r[ée]|constat[ée]|conclu[t]?|jug[ée]|soulign[ée])(?![a-zà-ÿ])/;

/**
 * A human rights court's words for the State before it (`the respondent State`, `l'État défendeur`, `el Estado
 * demandado`): with them a court speaking keeps its own Convention though a Protocol of ours is named (`The Court notes
 * that the respondent State ratified the Palermo Protocol … Article 4 of the Convention`, probes p11en-005, p15en-034;
 * session 39). Without them, a court speaking of one of our Protocols has its parent Convention in view.
 */
const RESPONDENT_STATE = /\brespondent\s+States?\b|\b[ÉE]tats?\s+d[ée]fendeurs?\b|\bEstados?\s+demandados?\b/;

/**
 * A regional human rights court's case by its name: a party, `v.` / `v` / `c.` / `vs.`, then a State the European or
 * the Inter-American Court judges (`Chowdury and Others v. Greece`, `Rantsev v. Cyprus and Russia`, `Siliadin c.
 * France`, `Caso Trabajadores de la Hacienda Brasil Verde vs. Brasil`), in English, French or Spanish: a national
 * prosecution names the State first (`R v. Smith`, `United States v. Kil Soo Lee`). The ICJ's `Equatorial Guinea v.
 * France` names UNTOC in full, so the case name is read only where UNTOC was not named in full before the bare noun.
 */
const RIGHTS_CASE = new RegExp(
  `[\\p{L}.)]\\s(?:v\\.?|vs\\.?|c\\.)\\s(?:the\\s)?(?:${[
    'United Kingdom|Royaume-Uni|Reino Unido|Greece|Gr[èe]ce|Grecia|Cyprus|Chypre|Chipre|Russia|Russie|Rusia|France|Francia',
    'Ital(?:y|ie|ia)|Turkey|T[üu]rkiye|Turquie|Turqu[íi]a|Croatia|Croatie|Croacia|Bulgari[ae]|Romania|Roumanie|Rumania',
    'Moldova|Moldavia|Ukraine|Ucrania|Poland|Pologne|Polonia|Spain|Espagne|Espa[ñn]a|Portugal|Belgi(?:um|que)|B[ée]lgica',
    'Germany|Allemagne|Alemania|Austria|Autriche|Switzerland|Suisse|Suiza|the\\s+Netherlands|Pays-Bas|Pa[íi]ses\\s+Bajos',
    'Norway|Norv[èe]ge|Noruega|Sweden|Su[èe]de|Suecia|Denmark|Danemark|Dinamarca|Finland|Finlande|Finlandia|Ireland',
    'Irlande|Irlanda|Hungary|Hongrie|Hungr[íi]a|Serbia|Serbie|Albania|Albanie|Armenia|Arm[ée]nie|Azerbaijan|Georgia',
    'G[ée]orgie|Lithuania|Lituanie|Latvia|Lettonie|Estonia|Estonie|Malta|Malte|Montenegro|Mont[ée]n[ée]gro|Slovakia',
    'Slovaquie|Slovenia|Slov[ée]nie|Czech\\s+Republic|R[ée]publique\\s+tch[èe]que|North\\s+Macedonia|Iceland|Islande',
    'Brasil|Brazil|Br[ée]sil|Guatemala|M[ée]xico|Mexique|Per[úu]|P[ée]rou|Colombia|Colombie|Ecuador|[ÉE]quateur|Paraguay',
    'Honduras|Argentina|Argentine|Chile|Chili|Bolivia|Bolivie|Venezuela|Nicaragua|El\\s+Salvador|Panam[áa]|Costa\\s+Rica',
  ].join('|')})(?![\\p{L}-])`,
  'u',
);

/**
 * The acronyms of other Conventions on our topics (`ACTIP`, the ASEAN Convention against Trafficking in Persons;
 * `UNCAC`): a text that names one and nothing of ours in full has that Convention as its bare `the Convention` (`ACTIP,
 * Article 14(7) …; Article 2 of the Convention sets out its objectives`, probe p2en-024; session 24). Capitals only.
 */
const TOPIC_CONVENTION_ACRONYM = /\b(?:ACTIP|UNCAC)\b/;

/** The last text read by `othersOwnConvention` and its answers, each read when first asked (one text at a time). */
let courtText: string | undefined;
let courtAnswers: { found?: boolean; speaks?: boolean; state?: boolean; named?: boolean; acronym?: boolean } = {};

/**
 * Whether a bare `the Convention` of `text` is a court's own Convention (session 23): a violation found of an article
 * (`VIOLATION_FOUND`), a court speaking (`COURT_SPEAKS`) where UNTOC was not named in full before and no Protocol of
 * ours is in focus (`focused` false) or the court names the respondent State (`RESPONDENT_STATE`), or a
 * rights court's case by its name (`RIGHTS_CASE`) where UNTOC was not named in full before (`untocNamed` false); or
 * another Convention on our topics named by its acronym (`TOPIC_CONVENTION_ACRONYM`) where neither is (session 24).
 * Each needs a string in the text first (`iolation`, `iolación`, `Cour`, ` v`, ` c.`, `C`) and is read once per text.
 */
export function othersOwnConvention(text: string, focused: boolean, untocNamed: boolean): boolean {
  if (courtText !== text) {
    courtText = text;
    courtAnswers = {};
  }
  const a = courtAnswers;
  a.found ??= (text.includes('iolation') || text.includes('iolación')) && VIOLATION_FOUND.test(text);
  if (a.found) return true;
  const speaks = (a.speaks ??= text.includes('Cour') && COURT_SPEAKS.test(text));
  if (speaks && (!focused || (!untocNamed && (a.state ??= RESPONDENT_STATE.test(text))))) return true;
  if (untocNamed) return false;
  if ((a.named ??= (text.includes(' v') || text.includes(' c.')) && RIGHTS_CASE.test(text))) return true;
  return !focused && (a.acronym ??= TOPIC_CONVENTION_ACRONYM.test(text));
}

/**
 * Another treaty, a law or a code named anywhere in a text (an acronym, a capitalised `Act` / `Code` / `Law`…, a
 * capitalised name before a treaty noun), or a court judgment (`the Court`, `the applicant`: a human rights court's
 * own Convention): then a bare article with no treaty in view is not given to the text's subject (`TreatyText`; moved
 * here from `treaty-text.ts`, session 24).
 * A national law pointed back to by a demonstrative, in lower case where the text describes it (`Cette loi de 33 pages
 * … comporte 64 articles … le chapitre II avec son seul article 5`, a Chadian weekly on Chad's trafficking law, dev
 * fr-355; `ladite loi`, `esta ley`, `dicha ley`; `this Act` and `the said Act` are capitalised, `OTHER_INSTRUMENT`
 * has them): that text's bare articles are the law's (session 24). Not `la loi` (`la loi du marché`), not `this law`
 * (`this law of nations`).
 */
export const OTHER_TEXT_NAMED = new RegExp(
  `${OTHER_INSTRUMENT.source}|\\b(?:[Cc]ette|[Ll]adite)\\s+loi\\b|\\b(?:[Ee]sta|[Dd]icha)\\s+ley\\b|\\b(?:applicant|requ[ée]rante?|demandante|the\\s+Court|la\\s+Cour|la\\s+Corte)\\b|\\b(?:Optional|Additional|European|American|African|Kyoto|Refugee|Geneva|Hague|Istanbul|Maputo|Europe|Council|ILO|Labour|Slavery)\\s+(?:Protocol|Convention|Protocole|Protocolo|Convenci[óo]n)`,
);

/**
 * A law calling itself so (`La présente loi a pour objet…`, `la presente ley`, `This Act`, `the present Law`) whose own
 * articles head its lines (`Article premier. –`, `Article 1er. –`, `Article 2. –`): the text is that law, so a bare article numbered as
 * one of its headings, no treaty named after it, is the law's own (`Au sens de l'article 1er, on entend par…`, probe
 * p17fr-004; session 41), though the law names a treaty of ours before it. Capitalised `Act` and `Law` only (`this
 * act of trafficking`); a number no heading has stays the focus's (a model law's commentary: `reprend l'article 3 b)`).
 */
const SELF_NAMED_LAW =
  /\b(?:[Ll]a\s+pr[ée]sente\s+loi|[Ll]a\s+presente\s+ley|[Tt]his\s+Act|[Tt]he\s+present\s+(?:Act|Law))\b/;
const OWN_HEADING =
  /(?:^|\n)[ \t]*(?:Article|Art[íi]culo|Art\.)[ \t]+(\d{1,3}|premier|primero|first)(?:er|[º°])?(?![\d\p{L}])/giu;

/** The article numbers heading the lines of a text that calls itself a law (`SELF_NAMED_LAW`); read once per text. */
const lawHeadings = perText(new Set<number>(), (text: string) =>
  SELF_NAMED_LAW.test(text)
    ? new Set(allMatches(OWN_HEADING, text).map((m) => (/^\d/.test(m[1] ?? '') ? Number(m[1]) : 1)))
    : new Set<number>(),
);

/** Whether article `n` is one of the articles heading the lines of a law's own text (`SELF_NAMED_LAW`). */
export const lawsOwnArticle = (text: string, n: number): boolean => lawHeadings(text).has(n);

/**
 * Our three Protocols spoken of together (`la Convention et ses trois Protocoles`, `UNTOC and its three Protocols`,
 * `sus tres Protocolos`): in a text that names none of them in full and whose subject is none of theirs, a bare `le
 * Protocole` may be any of the three (probe p8fres-058, a brochure: `L'article 4 du Protocole définit son champ
 * d'application` — each Protocol's article 4 is its scope), so it is not the TIP Protocol by default. `three` required:
 * the TIP Protocol's legislative guide says `the Convention and its Protocols` and means the TIP Protocol by `the
 * Protocol` (real dev en-095).
 */
// Led by its literal `protocol`, the number before it in a lookbehind: V8 skips along a text to a leading literal, where
// the `\b` and the three numbers first were tried at every word (session 47: three times faster on the bench's texts).
const PROTOCOLS_TOGETHER = /protocol(?:e|o)?s(?<=\b(?:three|trois|tres)\s+protocol(?:e|o)?s)(?![a-zà-ÿ])/i;

/** Whether the text speaks of our Protocols together (`PROTOCOLS_TOGETHER`); read once per text. */
export const protocolsTogether = perText(false, (text: string) => PROTOCOLS_TOGETHER.test(text));
