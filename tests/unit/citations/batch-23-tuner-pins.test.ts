import { describe, expect, it } from 'vitest';
import type { Pinpoint } from '../../../lib/citations/types';
import { found, tre, type Expect } from './factories';

/**
 * Session 19 (tuner-pins): an article's number and its pinpoints written every way real text writes them, in English,
 * French and Spanish, in three frames: the treaty named after the article (`… of the Protocol` in a text about the
 * TIP Protocol), before it (`The Palermo Protocol … in article 3(a).`) and by the passage's subject alone (a bare
 * `article 6` in a passage about the smuggling of migrants). Frames × forms, so a new form is one row and every frame
 * reads it; then negative rows: what looks like a pinpoint and is not ours.
 */

/** One way of writing an article and its pinpoint: the text as written, the key's article part and the pinpoint. */
interface Form {
  text: string;
  art: string;
  pin: Pinpoint;
}
const form = (text: string, art: string, pin: Pinpoint): Form => ({ text, art, pin });

/** A sentence frame: the input built around a form, the span the form's citation has in it, the treaty's key prefix. */
interface Frame {
  name: string;
  prefix: string;
  input: (p: string) => string;
  span: (p: string) => string;
}

/** The determiner before an article word: `l’` before a vowel, `le` / `les` else (French); `el` / `los` (Spanish). */
const fr = (p: string): string => (/^[aeiouéà]/i.test(p) ? `l’${p}` : /^\S+s\s/.test(p) ? `les ${p}` : `le ${p}`);
const es = (p: string): string => (/^\S+s\s/.test(p) ? `los ${p}` : `el ${p}`);
/** Before a sentence's full stop, a pinpoint's own closing stop is the sentence's: out of the span. */
const beforeStop = (p: string): string => p.replace(/\.$/, '');
/** The sentence's full stop after a form: the form's own closing stop when it has one. */
const stop = (p: string): string => (p.endsWith('.') ? p : `${p}.`);

const EN_TIP: Frame[] = [
  {
    name: 'EN, named after',
    prefix: 'TIP Protocol',
    input: (p) =>
      `The Trafficking in Persons Protocol was adopted in 2000. States act under ${p} of the Protocol and report.`,
    span: (p) => `${p} of the Protocol`,
  },
  {
    name: 'EN, named before',
    prefix: 'TIP Protocol',
    input: (p) => `The Palermo Protocol defines trafficking in ${stop(p)} It entered into force in 2003.`,
    span: beforeStop,
  },
];
const FR_TIP: Frame[] = [
  {
    name: 'FR, named after',
    prefix: 'TIP Protocol',
    input: (p) =>
      `Le Protocole relatif à la traite des personnes date de 2000. Selon ${fr(p)} du Protocole, les États agissent.`,
    span: (p) => `${p} du Protocole`,
  },
  {
    name: 'FR, named before',
    prefix: 'TIP Protocol',
    input: (p) =>
      `Le Protocole de Palerme définit la traite des personnes à ${stop(fr(p))} Il est entré en vigueur en 2003.`,
    span: beforeStop,
  },
];
const ES_TIP: Frame[] = [
  {
    name: 'ES, named after',
    prefix: 'TIP Protocol',
    input: (p) =>
      `El Protocolo contra la trata de personas es de 2000. Según ${es(p)} del Protocolo, los Estados actúan.`,
    span: (p) => `${p} del Protocolo`,
  },
  {
    name: 'ES, named before',
    prefix: 'TIP Protocol',
    input: (p) => `El Protocolo de Palermo define la trata de personas en ${stop(es(p))} Entró en vigor en 2003.`,
    span: beforeStop,
  },
];
/** The subject alone: a bare article in a passage on the smuggling of migrants that names no treaty. */
const SUBJECT: Frame[] = [
  {
    name: 'EN, by subject',
    prefix: 'Migrants Protocol',
    input: (p) =>
      `This note is on the smuggling of migrants by sea. Under ${p}, States must criminalize such smuggling.`,
    span: (p) => p,
  },
  {
    name: 'FR, by subject',
    prefix: 'Migrants Protocol',
    input: (p) =>
      `Cette note porte sur le trafic illicite de migrants. Selon ${fr(p)}, les États incriminent ce trafic.`,
    span: (p) => p,
  },
  {
    name: 'ES, by subject',
    prefix: 'Migrants Protocol',
    input: (p) =>
      `Esta nota trata del tráfico ilícito de migrantes. Según ${es(p)}, los Estados tipifican ese tráfico.`,
    span: (p) => p,
  },
];
const UNTOC: Frame[] = [
  {
    name: 'EN, UNTOC named after',
    prefix: 'UNTOC',
    input: (p) => `The Organized Crime Convention was adopted in 2000. Under ${p} of the Convention, States act.`,
    span: (p) => `${p} of the Convention`,
  },
  {
    name: 'ES, UNTOC named after',
    prefix: 'UNTOC',
    input: (p) =>
      `La Convención contra la Delincuencia Organizada Transnacional es de 2000. Según ${es(p)} de la Convención, los Estados actúan.`,
    span: (p) => `${p} de la Convención`,
  },
];

const a3 = (letter: string): Pinpoint => ({ article: 3, subparagraph: letter });
const a6 = (paragraph: number, subparagraph?: string): Pinpoint => ({
  article: 6,
  paragraph,
  ...(subparagraph ? { subparagraph } : {}),
});

const EN_FORMS: Form[] = [
  form('article 3(a)', '3(a)', a3('a')),
  form('article 3 (a)', '3(a)', a3('a')),
  form('article 3 a)', '3(a)', a3('a')),
  form('article 3a', '3(a)', a3('a')),
  form('article 3 a', '3(a)', a3('a')),
  form('article 3.a', '3(a)', a3('a')),
  form('article 3.a.', '3(a)', a3('a')),
  form('article 3-a', '3(a)', a3('a')),
  form('article 3, a)', '3(a)', a3('a')),
  form('Article 3c', '3(c)', a3('c')),
  form('Article 3, paragraph (a)', '3(a)', a3('a')),
  form('article 6.2', '6(2)', a6(2)),
  form('article 6 (2)', '6(2)', a6(2)),
  form('article 6  (3)', '6(3)', a6(3)),
  form('article 6,\nparagraph 2', '6(2)', a6(2)),
  form('article 6, paragraph 2, subparagraph (b)', '6(2)(b)', a6(2, 'b')),
  form('paragraph 2 of article 6', '6(2)', a6(2)),
  form('art. 6', '6', { article: 6 }),
  form('Art 6', '6', { article: 6 }),
  form('article 6 §2', '6(2)', a6(2)),
  form('article 6, para. 3', '6(3)', a6(3)),
  form('article 6.2.b', '6(2)(b)', a6(2, 'b')),
  form('article 6, second paragraph', '6(2)', a6(2)),
  form('article 6 paragraph 2', '6(2)', a6(2)),
  form('article 6.2(b)', '6(2)(b)', a6(2, 'b')),
  form('Art.6(2)', '6(2)', a6(2)),
  form('Article Six', '6', { article: 6 }),
  form('Article 3, (a)', '3(a)', a3('a')),
  form('article 3 sub a', '3(a)', a3('a')),
  form('Art. 3 lit. a', '3(a)', a3('a')),
];
const FR_FORMS: Form[] = [
  form('article 3(a)', '3(a)', a3('a')),
  form('article 3 a)', '3(a)', a3('a')),
  form('article 3, alinéa a)', '3(a)', a3('a')),
  form('alinéa a) de l’article 3', '3(a)', a3('a')),
  form('article 3-a', '3(a)', a3('a')),
  form('article 3.c.', '3(c)', a3('c')),
  form('art. 3 al. a', '3(a)', a3('a')),
  form('article 3a', '3(a)', a3('a')),
  form('article premier', '1', { article: 1 }),
  form('article 1er', '1', { article: 1 }),
  form('article 6, paragraphe 2', '6(2)', a6(2)),
  form('paragraphe 2 de l’article 6', '6(2)', a6(2)),
  form('article 6 §2', '6(2)', a6(2)),
  form('article 6 § 2', '6(2)', a6(2)),
  form('article 6.2', '6(2)', a6(2)),
  form('article 6  (3)', '6(3)', a6(3)),
  form('article 6, paragraphe 2, alinéa b)', '6(2)(b)', a6(2, 'b')),
  form('art. 6', '6', { article: 6 }),
  form('article 6, alinéa 2', '6(2)', a6(2)),
  form('article 6 alinéa 2, b)', '6(2)(b)', a6(2, 'b')),
  form('article 6, premier alinéa', '6(1)', a6(1)),
  form('article 6, deuxième paragraphe', '6(2)', a6(2)),
  form('article 6, al. 2, let. b', '6(2)(b)', a6(2, 'b')),
  form('article 6 § 2, b)', '6(2)(b)', a6(2, 'b')),
  form('article 3 litt. a', '3(a)', a3('a')),
  form('article 3 let. a', '3(a)', a3('a')),
];
const ES_FORMS: Form[] = [
  form('artículo 3(a)', '3(a)', a3('a')),
  form('artículo 3 a)', '3(a)', a3('a')),
  form('artículo 3, inciso a)', '3(a)', a3('a')),
  form('artículo 3, literal a)', '3(a)', a3('a')),
  form('artículo 3, apartado a)', '3(a)', a3('a')),
  form('inciso a) del artículo 3', '3(a)', a3('a')),
  form('artículo 3.a', '3(a)', a3('a')),
  form('artículo 3-a', '3(a)', a3('a')),
  form('artículo 3ro', '3', { article: 3 }),
  form('artículo 3º', '3', { article: 3 }),
  form('artículo 3°', '3', { article: 3 }),
  form('artículo tercero', '3', { article: 3 }),
  form('artículo primero', '1', { article: 1 }),
  form('artículo 6, párrafo 2', '6(2)', a6(2)),
  form('párrafo 2 del artículo 6', '6(2)', a6(2)),
  form('artículo 6.2', '6(2)', a6(2)),
  form('artículo 6  (3)', '6(3)', a6(3)),
  form('art. 6', '6', { article: 6 }),
  form('artículo 3.º', '3', { article: 3 }),
  form('artículo 3o', '3', { article: 3 }),
  form('artículo 6, num. 2', '6(2)', a6(2)),
  form('artículo 6 numeral 2', '6(2)', a6(2)),
  form('artículo 3, ap. a)', '3(a)', a3('a')),
  form('artículo 6, párrafo segundo', '6(2)', a6(2)),
  form('artículo 6, primer párrafo', '6(1)', a6(1)),
  form('artículo 6.2.b)', '6(2)(b)', a6(2, 'b')),
  form('artículo 3º, inciso a)', '3(a)', a3('a')),
  form('art. 3, inc. a', '3(a)', a3('a')),
  form('Art. 3 lit. a)', '3(a)', a3('a')),
];
/** Article 6 of the Migrants Protocol (paragraphs 1–4; 1 (a), (b) (i)–(iii), (c)), by subject. */
const SUBJECT_FORMS: Record<string, Form[]> = {
  EN: [
    form('article 6', '6', { article: 6 }),
    form('article 6(2)', '6(2)', a6(2)),
    form('article 6.2', '6(2)', a6(2)),
    form('article 6, paragraph 1 (b) (ii)', '6(1)(b)(ii)', {
      article: 6,
      paragraph: 1,
      subparagraph: 'b',
      clause: 'ii',
    }),
    form('article 6(1)(b)(ii)', '6(1)(b)(ii)', { article: 6, paragraph: 1, subparagraph: 'b', clause: 'ii' }),
  ],
  FR: [
    form('article 6', '6', { article: 6 }),
    form('article 6, paragraphe 1 b) ii)', '6(1)(b)(ii)', {
      article: 6,
      paragraph: 1,
      subparagraph: 'b',
      clause: 'ii',
    }),
    form('article 6, paragraphe 3', '6(3)', a6(3)),
    form('article 6 § 3', '6(3)', a6(3)),
  ],
  ES: [
    form('artículo 6', '6', { article: 6 }),
    form('artículo 6, párrafo 1, apartado b), inciso ii)', '6(1)(b)(ii)', {
      article: 6,
      paragraph: 1,
      subparagraph: 'b',
      clause: 'ii',
    }),
    form('artículo 6 1) b) ii)', '6(1)(b)(ii)', { article: 6, paragraph: 1, subparagraph: 'b', clause: 'ii' }),
    form('artículo 6, párrafo 3', '6(3)', a6(3)),
    form('artículo 6.3', '6(3)', a6(3)),
  ],
};
const UNTOC_FORMS: Record<string, Form[]> = {
  EN: [
    form('article 5(1)(a)(ii)', '5(1)(a)(ii)', { article: 5, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
    form('article 5 (1) (a) (ii)', '5(1)(a)(ii)', { article: 5, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
    form('article 5, paragraph 1 (a) (ii)', '5(1)(a)(ii)', {
      article: 5,
      paragraph: 1,
      subparagraph: 'a',
      clause: 'ii',
    }),
    form('article 37,\nparagraph 2,', '37(2)', { article: 37, paragraph: 2 }),
  ],
  ES: [
    form('artículo 37,\napartado 2,', '37(2)', { article: 37, paragraph: 2 }),
    form('artículo 5.1.a)', '5(1)(a)', { article: 5, paragraph: 1, subparagraph: 'a' }),
    form('artículo 5, párrafo 1, apartado a), inciso ii)', '5(1)(a)(ii)', {
      article: 5,
      paragraph: 1,
      subparagraph: 'a',
      clause: 'ii',
    }),
  ],
};

/** Every frame × every form of its language. */
function rows(frames: Frame[], forms: Form[]): [string, string, Expect[]][] {
  return frames.flatMap((f) =>
    forms.map((x): [string, string, Expect[]] => [
      f.name,
      f.input(x.text),
      [tre(f.span(x.text), `${f.prefix} art. ${x.art}`, x.pin)],
    ]),
  );
}

const framed: [string, string, Expect[]][] = [
  ...rows(EN_TIP, EN_FORMS),
  ...rows(FR_TIP, FR_FORMS),
  ...rows(ES_TIP, ES_FORMS),
  ...rows([SUBJECT[0]!], SUBJECT_FORMS.EN!),
  ...rows([SUBJECT[1]!], SUBJECT_FORMS.FR!),
  ...rows([SUBJECT[2]!], SUBJECT_FORMS.ES!),
  ...rows([UNTOC[0]!], UNTOC_FORMS.EN!),
  ...rows([UNTOC[1]!], UNTOC_FORMS.ES!),
];

const TIP = 'TIP Protocol art.';
/** Lists, markup between words and the forms a frame cannot hold. */
const special: [string, Expect[]][] = [
  [
    'The Trafficking in Persons Protocol was adopted in 2000. Under arts. 5 and 6 of the Protocol, States act.',
    [tre('arts. 5', `${TIP} 5`, { article: 5 }), tre('6 of the Protocol', `${TIP} 6`, { article: 6 })],
  ],
  [
    'The Trafficking in Persons Protocol was adopted in 2000. Under articles 5 and 6 of the Protocol, States act.',
    [tre('articles 5', `${TIP} 5`, { article: 5 }), tre('6 of the Protocol', `${TIP} 6`, { article: 6 })],
  ],
  [
    'Le Protocole relatif à la traite des personnes date de 2000. Selon les articles 5, 6 et 7 du Protocole, les États agissent.',
    [
      tre('articles 5', `${TIP} 5`, { article: 5 }),
      tre('6', `${TIP} 6`, { article: 6 }),
      tre('7 du Protocole', `${TIP} 7`, { article: 7 }),
    ],
  ],
  [
    'El Protocolo contra la trata de personas es de 2000. Según los artículos 5, 6 y 7 del Protocolo, los Estados actúan.',
    [
      tre('artículos 5', `${TIP} 5`, { article: 5 }),
      tre('6', `${TIP} 6`, { article: 6 }),
      tre('7 del Protocolo', `${TIP} 7`, { article: 7 }),
    ],
  ],
  // Lists of decimal paragraphs and of ordinal suffixes: each member as its head.
  [
    'Le Protocole relatif à la traite des personnes date de 2000. Selon les articles 6.2 et 6.3 du Protocole, les États agissent.',
    [tre('articles 6.2', `${TIP} 6(2)`, a6(2)), tre('6.3 du Protocole', `${TIP} 6(3)`, a6(3))],
  ],
  [
    'El Protocolo contra la trata de personas es de 2000. Según los artículos 6.2 y 9.1 del Protocolo, los Estados actúan.',
    [tre('artículos 6.2', `${TIP} 6(2)`, a6(2)), tre('9.1 del Protocolo', `${TIP} 9(1)`, { article: 9, paragraph: 1 })],
  ],
  [
    'El Protocolo contra la trata de personas es de 2000. Según los artículos 3ro y 5to del Protocolo, los Estados actúan.',
    [tre('artículos 3ro', `${TIP} 3`, { article: 3 }), tre('5to del Protocolo', `${TIP} 5`, { article: 5 })],
  ],
  [
    'The Trafficking in Persons Protocol was adopted in 2000. Under article 3 <strong>of</strong> the protocol, States act.',
    [tre('article 3 <strong>of</strong> the protocol', `${TIP} 3`, { article: 3 })],
  ],
  [
    'The Trafficking in Persons Protocol was adopted in 2000. Under **article 5** of the Protocol, States act.',
    [tre('article 5** of the Protocol', `${TIP} 5`, { article: 5 })],
  ],
  [
    'The Palermo Protocol requires in **article 5** that States criminalize trafficking.',
    [tre('article 5', `${TIP} 5`, { article: 5 })],
  ],
  [
    'Le Protocole de Palerme est de 2000. L’article premier du Protocole en fixe le lien avec la Convention.',
    [tre('article premier du Protocole', `${TIP} 1`, { article: 1 })],
  ],
];

/** What must stay uncited: no pinpoint the article has, no article the treaty has, another text's article. */
const left: [string, Expect[]][] = [
  // A letter the article does not have (TIP article 3 has (a)–(d)).
  ['The Trafficking in Persons Protocol was adopted in 2000. Under article 3(e) of the Protocol, States act.', []],
  ['El Protocolo de Palermo define la trata en su artículo 3, inciso f).', []],
  // An article beyond the treaty's count (TIP 20, Migrants 25, Firearms 21, UNTOC 41).
  ['The Trafficking in Persons Protocol was adopted in 2000. Under article 21 of the Protocol, States act.', []],
  ['Selon l’article 26 du Protocole contre le trafic illicite de migrants par terre, mer et air, les États', []],
  ['Según el artículo 22 del Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, los Estados', []],
  ['Under article 42 of the United Nations Convention against Transnational Organized Crime, States act.', []],
  // Another text's numbered provisions: a section, a rule, a regulation.
  ['The Trafficking in Persons Protocol was adopted in 2000. Section 3(a) of the Act and rule 6 apply.', []],
  ['The Palermo Protocol was adopted in 2000. Regulation 5(2) of the Immigration Regulations applies.', []],
  // A national law's article named by `ladite loi`, a draft's article, another treaty's article named after it.
  [
    'Le Protocole de Palerme a été ratifié. Dans la section 2 de ladite loi, notamment à l’article 3, la traite est définie.',
    [],
  ],
  ['The Palermo Protocol was adopted in 2000. Article 6 of the draft convention on migrants was discussed.', []],
  [
    'The Palermo Protocol was adopted in 2000. Article 3 of Protocol No. 1 to the European Convention protects elections.',
    [],
  ],
  ['The Palermo Protocol was adopted in 2000. Under CEDAW article 6, States suppress trafficking in women.', []],
  // The bare letter's rules: a word `a` after the number is no letter (English article, French verb, Spanish
  // preposition); a letter is read before a connector to a treaty noun or at its clause's end only.
  [
    'The Trafficking in Persons Protocol was adopted in 2000. Under article 3 a State Party shall act.',
    [tre('article 3', `${TIP} 3`, { article: 3 })],
  ],
  [
    'Le Protocole de Palerme est de 2000. Son article 3 a pour objet la définition.',
    [tre('article 3', `${TIP} 3`, { article: 3 })],
  ],
  [
    "Le Protocole de Palerme est de 2000. L'article 3 a de nombreux effets.",
    [tre('article 3', `${TIP} 3`, { article: 3 })],
  ],
  [
    'El Protocolo de Palermo es de 2000. Su artículo 3 a la vez define la trata.',
    [tre('artículo 3', `${TIP} 3`, { article: 3 })],
  ],
  ['l’article 3-a de la loi n° 2014-040 et l’article 3 a de la loi', []],
  ['Under article 3 a) of the Act and article 3 b of the Protocol against corruption', []],
  ['La Convention des Nations Unies contre la corruption, article 3-a.', []],
  // A quoted text's numbered heading at a line's start stays uncited, its decimal's stop too.
  ['The Palermo Protocol was adopted in 2000.\nArticle 6.2. Assistance to victims\nStates shall', []],
  ['The Palermo Protocol was adopted in 2000.\nArticle 3 a. Definitions\nStates shall', []],
  // Three levels after a decimal are another text's numbering; a lone `*` is no emphasis.
  ['The Palermo Protocol was adopted in 2000. Under article 6.2.1 of the Protocol, States act.', []],
  ['Under article 5 * of the Protocol', []],
  // Another treaty named in full before `this Convention` (ASEAN's ACTIP; read since tuner-subject, session 19).
  [
    'The ASEAN Convention Against Trafficking in Persons, Especially Women and Children (ACTIP) was adopted in 2015. Article 5 of this Convention requires each Party to criminalize trafficking.',
    [],
  ],
  // A paragraph after `alinéa`, `núm.`, an ordinal, a dotted letter: the article's treaty still decides.
  ["Le Protocole de Palerme a été ratifié. L'article 6, alinéa 2 de la loi n° 2005-06 punit la traite.", []],
  ['El Protocolo de Palermo fue ratificado. El artículo 6, núm. 2 de la Ley 985 define la trata.', []],
  ['The Palermo Protocol was ratified. Article 6, second paragraph, of the Criminal Code applies.', []],
  ['The Palermo Protocol was adopted in 2000. Under article 6.2.b.1 of the Protocol, States act.', []],
  // A marker the grammar does not read after a bare article: no citation without it (a wrong key), in any frame.
  // (`The Palermo Protocol, in Article 3.a), defines…` was one until session 43, which reads a dotted letter's own
  // bracket ending its clause: `batch-48-lead-session43.test.ts`.)
  ['The Palermo Protocol, in Article 3-(a), defines trafficking.', []],
  ['The Palermo Protocol, in Article 3 – (a), defines trafficking.', []],
  // `clause (a)` is read since session 25 (tuner-dev: `clause` before a letter a–h); `item (a)` is not.
  ['The Palermo Protocol, in Article 3, item (a), defines trafficking.', []],
  ['The Palermo Protocol, in Article 6, paragraph 3, point (a), lists assistance.', []],
  ['The Palermo Protocol, in Article 6 (3) (a)-(f), lists assistance.', []],
  ['The Palermo Protocol, in Article 6(3a), lists assistance.', []],
  ['Le Protocole de Palerme définit la traite à l’article 3, alinéas a) à d).', []],
  // A range of paragraphs after the article: no pinpoint the key can state.
  [
    'The Trafficking in Persons Protocol dates from 2000. Under article 6, paragraphs 1 to 3, of the Protocol, States act.',
    [],
  ],
  ['El Protocolo de Palermo, en su artículo 6, párrafos 1 a 3, regula la asistencia.', []],
  // A list's decimal member of three levels is not read (the first member stands alone, as before).
  [
    'Selon les articles 6.2 et 6.3.1 du Protocole de Palerme, les États agissent.',
    [tre('articles 6.2', `${TIP} 6(2)`, a6(2))],
  ],
  // … but not a year or a word in brackets, nor the next line's item (dev en-134).
  [
    'The Palermo Protocol, in Article 5 (2000 text), requires criminalization.',
    [tre('Article 5', `${TIP} 5`, { article: 5 })],
  ],
  [
    'The purposes of the Trafficking Protocol are:\n“(a) To prevent and combat trafficking in persons; Article 2\n(b) To protect and assist the victims',
    [tre('Article 2', `${TIP} 2`, { article: 2 })],
  ],
  // French `3e`, the ordinal or a letter article 3 lacks: no letter of ours.
  [
    'Le Protocole relatif à la traite des personnes date de 2000. Selon l’article 3e du Protocole, les États agissent.',
    [],
  ],
];

/** A date glued to the number is no paragraph; the article stays (as `treaties.test.ts` settled). */
const dated: [string, Expect[]][] = [
  [
    "Convention des Nations Unies contre la criminalité transnationale organisée, entrée en vigueur le 29 septembre 2003, conformément à l'article 38.29 septembre 2003",
    [tre('article 38', 'UNTOC art. 38', { article: 38 })],
  ],
];

describe('an article and its pinpoint in every frame (session 19, tuner-pins)', () => {
  it.each(framed)('%s: %s', (_frame, input, expected) => {
    expect(found(input)).toEqual(expected);
  });
  it.each(special)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('what the pinpoint grammar leaves alone (session 19, tuner-pins)', () => {
  it.each([...left, ...dated])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
