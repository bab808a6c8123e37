/**
 * What a whole text says about its subject (`TreatyText`): whether its bare `the Convention` / `le Protocole` can be
 * ours at all, whether it names our subject, which one Protocol it is about. Read lazily, once per text, by
 * `treaty-names.ts` and `bare-article.ts`.
 */

import { articlesOutOfRange } from './article-bounds';
import { byFirstLetter } from './first-letter';
import { inferAuthor } from './infer-body';
import { disputesProtocol } from './treaty-disputes';
import {
  APPLICANT,
  CONVENTION_CHAPTERS,
  GRETA,
  OTHER_PROTOCOL_NAMED,
  OTHER_TEXT_NAMED,
  PARTIES_BOUND,
  PARTIES_BOUND_WORDS,
  PARTIES_DETERMINER,
  RIGHTS_ACRONYM,
  RIGHTS_COURT,
  STATE_PARTIES,
  TREATY_BODY_AUTHOR,
  TREATY_BODY_TEXT,
} from './other-treaty-marks';
import type { TreatyId } from './keys';
import { FORCED_LABOUR, namesOurSubject, OTHER_SUBJECT, OUR_TREATY_NAMED, subjectsNamed } from './treaty-subjects';

/** `OTHER_SUBJECT` for a yes/no search of a whole text: the same answer, faster (`byFirstLetter`). */
const OTHER_SUBJECT_ANYWHERE = byFirstLetter(OTHER_SUBJECT);

/**
 * The other treaties' marks that `TreatyText` reads one by one, as one case-insensitive search: it matches wherever one
 * of them does (and more: `Applicant`, `Greta`, no word boundaries), so a text it finds nothing in has none of them,
 * read in one scan instead of six (most texts). Each mark is still read on its own where it finds something.
 * `batch-22-tuner-speed2.test.ts` checks it matches every labelled text a mark matches; a new mark in
 * `other-treaty-marks.ts` needs its words here.
 */
// Each mark led by one of six rarer letters in it (g h m p q u), the letters before that one in a lookbehind: V8 goes
// into a branch at about one character in seven, where the marks led by their first letters (a c d e g h p r t) sent
// half of a text's characters into a branch (session 46: the search a third faster on the bench's paragraphs; session
// 19 had written it out by first letter). The same strings as the marks' literal starts: `general recommendation`,
// `GRETA` (TREATY_BODY_TEXT, GRETA); `holds (unanimously) that there`, `there has accordingly`, `Cour / Corte /
// Tribunal europ… / inter-am…`, `Court's case-law`, `Court of Human Rights` (RIGHTS_COURT); `CEDH`, `CADH`, `ECtHR`,
// `ECHR` (RIGHTS_ACRONYM, RIGHTS_COURT); `chapters IV`, `chapitre V`, `capítulo II` (CONVENTION_CHAPTERS);
// `recomendación`, `recommandation(s) générale` (TREATY_BODY_TEXT); `applicant` (APPLICANT); the ECtHR's holdings in
// French and Spanish (`Partant, il`, `Dit qu'il`, `Por consiguiente, ha`, `Declara que ha`).
export const ANY_MARK =
  /g(?:eneral\s+recommendation|reta)|h(?:olds\s+(?:unanimously\s+)?that\s+there|(?<=c[ea]dh)|(?<=ch)ap(?:ters?|itres?)\s+[ivx]|(?<=ect?h)r|(?<=th)ere\s+has\s+accordingly)|m(?:(?<=(?:cour|corte|tribunal)\s+inter-?am)|(?<=recom)(?:endaci[oó]n|mandations?\s+g[ée]n[ée]rale))|p(?:(?<=ap)plicant|artant,?\s+il|or\s+consiguiente,?\s+ha|(?<=cap)[íi]tulos?\s+[ivx])|q(?:(?<=dit\s+q)u['’],?\s+il|(?<=declara\s+q)ue,?\s+ha)|u(?:(?<=cou)rt(?:['’]s\s+case-law|\s+of\s+human\s+rights)|(?<=(?:cour|corte|tribunal)\s+eu)rop)/i;

/**
 * `ANY_MARK` or a treaty's `Parties` bound (`PARTIES_BOUND_WORDS`, here in any case and with no check after the verb):
 * one search that says, for most texts, that neither can match, where `anyMark` and `partiesBound` each read the
 * whole text (session 47: as fast as `ANY_MARK` alone). Where it matches, each is still read on its own.
 */
const MARK_OR_PARTIES = new RegExp(`${ANY_MARK.source}|${PARTIES_BOUND_WORDS}`, 'i');

/**
 * UNTOC's defined term (`organized criminal group`, `groupe criminel organisé`, `grupo delictivo organizado`): texts on
 * UNTOC's offences use it where they never write its title (lecture slides, a concordance of Working Group lines). Read
 * only by `nounsDecide`, as our subject there: a UNCAC text may use it too, so it does not make a bare noun ours elsewhere;
 * and by `termTreaty` (`bare-article-nouns.ts`), in a bare article's own sentence.
 */
export const UNTOC_TERM =
  /organi[sz]ed\s+criminal\s+group|groupes?\s+criminels?\s+organis[ée]|grupos?\s+delictivos?\s+organizado/i;

/**
 * What a whole text says about its subject, each answer computed once and only when a bare noun or article asks (a
 * class, not closures: the engine makes one per text it reads).
 */
export class TreatyText {
  private subject?: boolean;
  private names?: boolean;
  private treatyNamed?: boolean;
  private protocolSubject?: TreatyId | null;
  private chapters?: boolean;
  private focusOverruled?: boolean;
  private parties?: boolean;
  private otherAuthor?: boolean;
  private protocolOthers?: boolean;
  private outOfRange?: { convention: boolean; protocol: boolean };
  private sole?: TreatyId | null;
  private nounsOk?: boolean;
  private marked?: boolean;
  private markedOrBound?: boolean;
  /** What the text's treaty nouns name, set once by `bare-article.ts` (`textNouns`), which reads them. */
  nouns?: TreatyId | 'other' | null;
  /**
   * The treaty a bare noun's article was first read as through its connector (`Article 3(a) of the Protocol`), set by
   * `parse-treaty.ts`: the text cites that noun as ours, so the noun after a bare article in its sentence is too.
   */
  bareCited?: TreatyId;
  /** Whether the text's Acts are cited by section, never by article (`sectioned-acts.ts`, which sets it). */
  sectionedActs?: boolean;
  /** Whether the text speaks of a Protocol or abbreviates UNTOC (`acronym-article.ts`, which sets it). */
  speaksOfProtocol?: boolean;
  /** Whether the text cites both `Art. N TIP` and `Art. N SOM` (`acronym-article.ts`), read once. */
  acronymPair?: boolean;

  /**
   * `cop`: the caller reads the text as a COP document, or one about our treaties (`DocumentContext.author`,
   * `DocumentContext.ours`).
   */
  constructor(
    private readonly text: string,
    private readonly cop: boolean,
  ) {}

  /**
   * Whether a bare `the Convention` / `le Protocole` of this text can be ours. Always in a COP document. Not in a text
   * about another treaty's subject (climate, torture, corruption…; `OTHER_SUBJECT`) unless it names ours too (a climate
   * text's "Article 2 of The Convention", a torture text's "articles 2 et 16 de la Convention"); in a forced-labour text
   * only when it names one of our treaties (`OUR_TREATY_NAMED`). A text that names nothing keeps UNTOC / TIP (the
   * issue's rule).
   */
  ourSubject(): boolean {
    // Either test decides alone. `namesOurs` first: a text on our subject names it early, so its scan stops there (and
    // its answer is kept for the readers that ask it next), where `OTHER_SUBJECT` reads such a text to its end, slower
    // per character (about half this method's time on the bench's prose, session 18).
    return (this.subject ??=
      (this.namesOurs() && (!FORCED_LABOUR.test(this.text) || this.cop || this.namesOurTreaty())) ||
      !OTHER_SUBJECT_ANYWHERE.test(this.text));
  }

  /**
   * True when the text names our subject (`namesOurSubject`) or is a COP document: the stronger evidence a bare article
   * needs before a bare noun near it makes it ours (a page on the 1949 Convention says "The Convention, in article 21"
   * too).
   */
  namesOurs(): boolean {
    return (this.names ??= this.cop || namesOurSubject(this.text) || inferAuthor(this.text) === 'COP');
  }

  /** True when the text names one of our treaties in full somewhere (`OUR_TREATY_NAMED`). */
  namesOurTreaty(): boolean {
    return (this.treatyNamed ??= OUR_TREATY_NAMED.test(this.text));
  }

  /**
   * True when the text's bare `the Convention` cannot be UNTOC: it has chapters (`CONVENTION_CHAPTERS`), is a treaty
   * body's general recommendation (`TREATY_BODY_TEXT`), names GRETA, is a human rights court's case (`RIGHTS_COURT`), or
   * is a treaty body's as its author says (`TREATY_BODY_AUTHOR`), or has an article beyond UNTOC's 41 (`article 46
   * of the Convention`, UNCAC's mutual legal assistance) or a paragraph beyond its article's (`UNTOC_PARAGRAPHS`); so its `article 30 of the Convention` is that other
   * Convention's too, though the text never names it.
   */
  conventionNotOurs(): boolean {
    return (this.chapters ??= this.articleFocusOverruled() || (this.anyMark() && RIGHTS_ACRONYM.test(this.text)));
  }

  /**
   * Whether a bare article is not the treaty of ours in focus (named in full) in this text: `conventionNotOurs`
   * without the human rights Conventions' acronyms, which a text may name as one instrument among others (`the European
   * Convention on Human Rights (ECHR)` in a parliamentary report, then the TIP Protocol and its `Article 3 stipulates`,
   * dev en-440): the focus' own checks (another treaty named since) decide there.
   */
  articleFocusOverruled(): boolean {
    return (this.focusOverruled ??=
      (this.anyMark() && CONVENTION_CHAPTERS.test(this.text)) ||
      this.byAnotherTreatysBody() ||
      (this.anyMark() && GRETA.test(this.text)) ||
      (this.outOfRange ??= articlesOutOfRange(this.text)).convention ||
      this.partiesBound());
  }

  /** Whether the text quotes a treaty that binds `Parties`, never naming a State Party (`PARTIES_BOUND`). Read once. */
  private partiesBound(): boolean {
    if (this.parties !== undefined) return this.parties;
    this.parties = false;
    if (!(this.markedOrBound ??= MARK_OR_PARTIES.test(this.text))) return false;
    PARTIES_BOUND.lastIndex = 0;
    for (let m = PARTIES_BOUND.exec(this.text); m; m = PARTIES_BOUND.exec(this.text)) {
      if (PARTIES_DETERMINER.test(this.text.slice(Math.max(0, m.index - 12), m.index)))
        return (this.parties = !STATE_PARTIES.test(this.text));
    }
    return false;
  }

  /**
   * True when the text's bare `the Protocol` cannot be ours: it cites an article of it beyond 25, which no Protocol of
   * ours has, or it is a human rights court's case or a treaty body's text (`RIGHTS_COURT`, `TREATY_BODY_TEXT`,
   * `TREATY_BODY_AUTHOR`), whose Protocols are their Convention's (`Protocole no 11 à la Convention (article 5 § 2
   * dudit Protocole)` in an ECtHR judgment, dev fr-104; a committee's Optional Protocol), or it names another
   * Protocol by its title (`OTHER_PROTOCOL_NAMED`: the Ireland/Northern Ireland Protocol, dev en-519) and none of our
   * treaties.
   */
  protocolNotOurs(): boolean {
    return (this.protocolOthers ??=
      (this.outOfRange ??= articlesOutOfRange(this.text)).protocol ||
      this.byAnotherTreatysBody() ||
      (this.anyMark() && RIGHTS_ACRONYM.test(this.text)) ||
      this.partiesBound() ||
      (OTHER_PROTOCOL_NAMED.test(this.text) && !this.namesOurTreaty()));
  }

  /**
   * Whether another treaty's body wrote the text: a human rights court's case (`RIGHTS_COURT`), a treaty body's general
   * recommendation (`TREATY_BODY_TEXT`) or a committee speaking as the author (`TREATY_BODY_AUTHOR`). Read once.
   */
  private byAnotherTreatysBody(): boolean {
    return (this.otherAuthor ??=
      (this.anyMark() &&
        (RIGHTS_COURT.test(this.text) || APPLICANT.test(this.text) || TREATY_BODY_TEXT.test(this.text))) ||
      // Every form has `Committee` or `Comité`: the string searches spare the regex's walk over most texts.
      ((this.text.includes('Committee') || this.text.includes('Comité') || this.text.includes('Comite')) &&
        TREATY_BODY_AUTHOR.test(this.text)));
  }

  /**
   * Whether the text may have one of the other treaties' marks (`ANY_MARK`; false: none of them), behind
   * `MARK_OR_PARTIES`. Read once. Each answer cached in a field, not behind small methods of its own: each such method
   * was one more function V8 compiled in the bench's window (session 47).
   */
  private anyMark(): boolean {
    return (this.marked ??= (this.markedOrBound ??= MARK_OR_PARTIES.test(this.text)) && ANY_MARK.test(this.text));
  }

  /**
   * The one Protocol of ours a text is about when it names no treaty at all (`subjectProtocol`, our subject named, and
   * nothing of another treaty, law or code anywhere: `OTHER_TEXT_NAMED`, no treaty noun naming another treaty), for a
   * bare article before any treaty noun.
   */
  soleProtocol(): TreatyId | undefined {
    if (this.sole === undefined) {
      const id = this.ourSubject() && this.namesOurs() ? this.subjectProtocol() : undefined;
      this.sole = id && !OTHER_TEXT_NAMED.test(this.text) ? id : null;
    }
    return this.sole ?? undefined;
  }

  /**
   * Whether the text's treaty nouns may decide its bare articles when they all name one treaty of ours (`textNouns` in
   * `bare-article.ts`: only `the Protocol` / `this Protocol` in a commentary on trafficking, only `la Convención` in
   * lines on UNTOC's participation offence): the text names our subject or UNTOC's defined term (`UNTOC_TERM`), no
   * other treaty's subject and no other treaty, law, code or court (`OTHER_TEXT_NAMED`).
   */
  nounsDecide(): boolean {
    return (this.nounsOk ??=
      (this.namesOurs() || UNTOC_TERM.test(this.text)) && this.ourSubject() && !OTHER_TEXT_NAMED.test(this.text));
  }

  /**
   * The Protocol the text names by its subject alone, when it names one subject only ("this Protocol … to prevent and
   * combat the smuggling of migrants"), else the one whose disputes clause it cites with arbitration or the Court: a
   * bare `the Protocol` is that one when no Protocol was named in full.
   */
  subjectProtocol(): TreatyId | undefined {
    if (this.protocolSubject === undefined) {
      const named = subjectsNamed(this.text);
      // Failing one subject, the disputes clause the text cites (`treaty-disputes.ts`: a depositary page, dev en-365).
      this.protocolSubject = named.length === 1 ? (named[0] ?? null) : (disputesProtocol(this.text) ?? null);
    }
    return this.protocolSubject ?? undefined;
  }
}
