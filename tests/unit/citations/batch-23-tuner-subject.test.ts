import { describe, expect, it } from 'vitest';
import type { TreatyId } from '../../../lib/citations/keys';
import { found, tre, type Expect } from './factories';

/**
 * Session 19 (tuner-subject): a bare article whose treaty only the passage shows (no treaty named in its sentence), by
 * class, in English, French and Spanish. Passages of three to eight sentences are composed from parts: (a) how the
 * passage establishes its subject (a title line, a first sentence naming the treaty in full, an acronym or a short
 * term defined then used, a box heading, a judgment naming the treaty once in its opening), (b) how the article
 * appears later (its sentence's forms, right after the naming, two sentences later, in another paragraph), (c) what
 * else the passage names (another instrument between the naming and the article, two of our treaties, a quoted
 * treaty text's own headings). Expected outcomes follow the fixture README's labelling rules (an article is ours when
 * the passage shows which treaty it belongs to) and `lib/citations/README.md`'s treaty rules (the treaty of ours last
 * named in full, with no other text named since). Unit rows, not evaluation data.
 */

type Lang = 'en' | 'fr' | 'es';

const KEY: Record<TreatyId, string> = {
  UNTOC: 'UNTOC',
  TIP: 'TIP Protocol',
  MIG: 'Migrants Protocol',
  FIRE: 'Firearms Protocol',
};

/** An article number each treaty has (5 is in all four; 8 for the Firearms Protocol's marking). */
const NUMBER: Record<TreatyId, number> = { UNTOC: 5, TIP: 6, MIG: 6, FIRE: 8 };

/** (a) How a passage establishes its subject: the lead (one sentence or a heading line) and the treaty it names. */
interface Subject {
  how: string;
  id: TreatyId;
  lead: string;
}

const SUBJECTS: Record<Lang, Subject[]> = {
  en: [
    { how: 'title line', id: 'MIG', lead: 'Protocol against the Smuggling of Migrants by Land, Sea and Air\n\n' },
    {
      how: 'first sentence',
      id: 'TIP',
      lead: 'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was adopted in 2000.',
    },
    {
      how: 'defined term',
      id: 'TIP',
      lead: 'The UN Trafficking Protocol ("the Protocol") entered into force in 2003.',
    },
    {
      how: 'acronym',
      id: 'UNTOC',
      lead: 'The United Nations Convention against Transnational Organized Crime (UNTOC) entered into force in 2003.',
    },
    { how: 'box heading', id: 'FIRE', lead: 'Box 2. The Firearms Protocol\n' },
    {
      how: 'judgment',
      id: 'MIG',
      lead: 'JUDGMENT\n\nThe trial court applied the Protocol against the Smuggling of Migrants by Land, Sea and Air to the facts.',
    },
  ],
  fr: [
    { how: 'title line', id: 'MIG', lead: 'Protocole contre le trafic illicite de migrants par terre, mer et air\n\n' },
    {
      how: 'first sentence',
      id: 'TIP',
      lead: 'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, a été adopté en 2000.',
    },
    {
      how: 'defined term',
      id: 'TIP',
      lead: 'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants (ci-après « le Protocole ») est entré en vigueur en 2003.',
    },
    {
      how: 'acronym',
      id: 'UNTOC',
      lead: 'La Convention des Nations Unies contre la criminalité transnationale organisée (CTO) est entrée en vigueur en 2003.',
    },
    {
      how: 'box heading',
      id: 'FIRE',
      lead: 'Encadré 2. Le Protocole contre la fabrication et le trafic illicites d’armes à feu\n',
    },
    {
      how: 'judgment',
      id: 'MIG',
      lead: 'JUGEMENT\n\nLe tribunal correctionnel a appliqué aux faits le Protocole contre le trafic illicite de migrants par terre, mer et air.',
    },
  ],
  es: [
    {
      how: 'title line',
      id: 'MIG',
      lead: 'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire\n\n',
    },
    {
      how: 'first sentence',
      id: 'TIP',
      lead: 'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, fue aprobado en 2000.',
    },
    {
      how: 'defined term',
      id: 'TIP',
      lead: 'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños (en adelante, "el Protocolo") entró en vigor en 2003.',
    },
    {
      how: 'acronym',
      id: 'UNTOC',
      lead: 'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (en adelante, "la Convención") entró en vigor en 2003.',
    },
    {
      how: 'box heading',
      id: 'FIRE',
      lead: 'Recuadro 2. El Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego\n',
    },
    {
      how: 'judgment',
      id: 'MIG',
      lead: 'SENTENCIA\n\nEl tribunal aplicó a los hechos el Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire.',
    },
  ],
};

/** (b) How the article appears: its sentence, `{n}` the number, and the span a citation covers. */
interface Form {
  how: string;
  sentence: string;
  span: string;
}

const FORMS: Record<Lang, Form[]> = {
  en: [
    { how: 'subject', sentence: 'Article {n} requires States Parties to act.', span: 'Article {n}' },
    { how: 'under', sentence: 'Under article {n}, States Parties must act.', span: 'article {n}' },
    { how: 'bracket', sentence: 'States Parties must act (art. {n}).', span: 'art. {n}' },
    { how: 'pinpoint', sentence: 'Article {n}(1) sets out the obligation.', span: 'Article {n}(1)' },
    { how: 'possessive', sentence: 'Its article {n} sets out the obligation.', span: 'article {n}' },
  ],
  fr: [
    { how: 'subject', sentence: 'L’article {n} définit les obligations des États.', span: 'article {n}' },
    { how: 'under', sentence: 'En vertu de l’article {n}, les États doivent agir.', span: 'article {n}' },
    { how: 'bracket', sentence: 'Les États doivent agir (art. {n}).', span: 'art. {n}' },
    {
      how: 'pinpoint',
      sentence: 'L’article {n}, paragraphe 1, énonce l’obligation.',
      span: 'article {n}, paragraphe 1',
    },
  ],
  es: [
    { how: 'su', sentence: 'En su artículo {n}, establece las obligaciones de los Estados.', span: 'artículo {n}' },
    { how: 'subject', sentence: 'El artículo {n} exige que los Estados actúen.', span: 'artículo {n}' },
    { how: 'bracket', sentence: 'Los Estados deben actuar (art. {n}).', span: 'art. {n}' },
    {
      how: 'pinpoint',
      sentence: 'El párrafo 1 del artículo {n} enuncia la obligación.',
      span: 'párrafo 1 del artículo {n}',
    },
  ],
};

/** Neutral sentences between the naming and the article (they name nothing). */
const FILLER: Record<Lang, string> = {
  en: 'States have adopted national measures since then. Many reports describe their implementation.',
  fr: 'Les États ont depuis adopté des mesures nationales. De nombreux rapports décrivent leur mise en œuvre.',
  es: 'Los Estados han adoptado medidas nacionales desde entonces. Numerosos informes describen su aplicación.',
};

/** Where the article stands: right after the naming, two sentences later, in the next paragraph. */
const DISTANCES = ['next', 'later', 'paragraph'] as const;
type Distance = (typeof DISTANCES)[number];

/** A passage: the lead, what stands between, the article's sentence and one closing sentence. */
function passage(lang: Lang, lead: string, between: string, sentence: string, distance: Distance): string {
  const join = (a: string, b: string): string => (a.endsWith('\n') ? a + b : `${a} ${b}`);
  let text = lead;
  if (between) text = join(text, between);
  if (distance === 'later') text = join(text, FILLER[lang]);
  if (distance === 'paragraph') text = `${join(text, FILLER[lang])}\n\n`;
  return join(text, `${sentence} ${FILLER[lang].split('. ')[1] ?? ''}`);
}

/** The citation a form gives for treaty `id` (its pinpoint as the form states). */
function expected(form: Form, id: TreatyId): Expect {
  const n = NUMBER[id];
  const span = form.span.replace('{n}', String(n));
  const paragraph = /\(1\)|paragraphe 1|párrafo 1/.test(form.span);
  return tre(
    span,
    `${KEY[id]} art. ${n}${paragraph ? '(1)' : ''}`,
    paragraph ? { article: n, paragraph: 1 } : { article: n },
  );
}

const LANGS: Lang[] = ['en', 'fr', 'es'];

/** (a) × (b) × distance: the subject alone decides. */
const cited: [string, string, Expect[]][] = LANGS.flatMap((lang) =>
  SUBJECTS[lang].flatMap((s) =>
    FORMS[lang].flatMap((f) =>
      DISTANCES.map((d): [string, string, Expect[]] => [
        `${lang} ${s.how} / ${f.how} / ${d}`,
        passage(lang, s.lead, '', f.sentence.replace('{n}', String(NUMBER[s.id])), d),
        [expected(f, s.id)],
      ]),
    ),
  ),
);

describe('a bare article whose treaty the passage names before it (session 19, tuner-subject)', () => {
  it.each(cited)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * (c) Another instrument named between the naming and the article: the bare article is not ours (precision first: the
 * passage names another text closer to it). Each sentence names the instrument without citing an article of ours.
 */
const OTHERS: Record<Lang, { how: string; sentence: string }[]> = {
  en: [
    {
      how: 'CEDAW',
      sentence:
        'The Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) also addresses trafficking.',
    },
    { how: 'ECHR', sentence: 'The European Convention on Human Rights also prohibits slavery.' },
    {
      how: 'Council of Europe',
      sentence: 'The Council of Europe Convention on Action against Trafficking in Human Beings goes further.',
    },
    {
      how: 'ACTIP',
      sentence:
        'The ASEAN Convention against Trafficking in Persons, Especially Women and Children (ACTIP) was adopted in 2015.',
    },
    {
      how: 'national act',
      sentence: 'Canada then amended its Criminal Code, whose section 279.01 creates the offence.',
    },
    { how: 'draft', sentence: 'The delegations then discussed draft article 9 of the revised draft protocol.' },
    { how: 'national law', sentence: 'France adopted law No. 2003-239 of 18 March 2003 on internal security.' },
    { how: 'UDHR', sentence: 'The Universal Declaration of Human Rights also prohibits slavery.' },
    { how: 'Covenant', sentence: 'The International Covenant on Civil and Political Rights also prohibits slavery.' },
    { how: 'Agreement', sentence: 'The Schengen Agreement also governs border controls.' },
    { how: 'CoE', sentence: 'The CoE Convention goes further on victims’ rights.' },
    { how: 'proclamation', sentence: 'Ethiopia then adopted Proclamation No. 909/2015.' },
    {
      how: 'ordinance',
      sentence: 'Pakistan adopted the Prevention and Control of Human Trafficking Ordinance in 2002.',
    },
    { how: 'draft law', sentence: 'The draft law was tabled in Parliament in 2015.' },
    { how: 'by its year', sentence: 'The 1949 Convention also addresses exploitation.' },
    { how: 'by its year (Protocol)', sentence: 'The 2014 Protocol also addresses forced labour.' },
  ],
  fr: [
    {
      how: 'CEDAW',
      sentence:
        'La Convention sur l’élimination de toutes les formes de discrimination à l’égard des femmes vise aussi la traite.',
    },
    { how: 'ECHR', sentence: 'La Convention européenne des droits de l’homme interdit aussi l’esclavage.' },
    {
      how: 'Council of Europe',
      sentence: 'La Convention du Conseil de l’Europe sur la lutte contre la traite des êtres humains va plus loin.',
    },
    {
      how: 'national law',
      sentence: 'La France a ensuite adopté la loi n° 2003-239 du 18 mars 2003 pour la sécurité intérieure.',
    },
    { how: 'draft', sentence: 'Les délégations ont ensuite examiné le projet d’article 9 du projet de protocole.' },
    { how: 'law by date', sentence: 'La France a ensuite adopté la loi du 5 août 2013 portant diverses dispositions.' },
    { how: 'UDHR', sentence: 'La Déclaration universelle des droits de l’homme interdit aussi l’esclavage.' },
    {
      how: 'Covenant',
      sentence: 'Le Pacte international relatif aux droits civils et politiques interdit aussi l’esclavage.',
    },
    { how: 'Treaty', sentence: 'Le Traité sur le fonctionnement de l’Union européenne va plus loin.' },
    { how: 'titled law', sentence: 'Le Sénégal a adopté la loi relative à la lutte contre la traite des personnes.' },
    { how: 'draft law', sentence: 'Le projet de loi a été déposé au Parlement en 2015.' },
    { how: 'by its year', sentence: 'La Convention de 1949 vise aussi l’exploitation.' },
  ],
  es: [
    {
      how: 'CEDAW',
      sentence:
        'La Convención sobre la eliminación de todas las formas de discriminación contra la mujer también aborda la trata.',
    },
    { how: 'ECHR', sentence: 'El Convenio Europeo de Derechos Humanos también prohíbe la esclavitud.' },
    {
      how: 'Council of Europe',
      sentence: 'El Convenio del Consejo de Europa sobre la lucha contra la trata de seres humanos va más allá.',
    },
    { how: 'national law', sentence: 'España adoptó después la ley 4/2015 del Estatuto de la víctima del delito.' },
    {
      how: 'draft',
      sentence: 'Las delegaciones examinaron después el proyecto de artículo 9 del proyecto de protocolo.',
    },
    { how: 'law by date', sentence: 'Argentina adoptó después la ley de 9 de abril de 2008 sobre la trata.' },
    { how: 'UDHR', sentence: 'La Declaración Universal de Derechos Humanos también prohíbe la esclavitud.' },
    {
      how: 'Covenant',
      sentence: 'El Pacto Internacional de Derechos Civiles y Políticos también prohíbe la esclavitud.',
    },
    { how: 'Agreement', sentence: 'El Acuerdo de Schengen también regula los controles fronterizos.' },
    { how: 'titled law', sentence: 'Argentina aprobó la ley contra la trata de personas.' },
    { how: 'draft law', sentence: 'El proyecto de ley fue presentado al Congreso en 2015.' },
    { how: 'by its year', sentence: 'La Convención de 1951 también protege a los refugiados.' },
  ],
};

const otherBetween: [string, string, Expect[]][] = LANGS.flatMap((lang) =>
  SUBJECTS[lang]
    .filter((s) => s.how !== 'box heading')
    .flatMap((s) =>
      OTHERS[lang].flatMap((o) =>
        FORMS[lang]
          .slice(0, 3)
          .flatMap((f) =>
            (['next', 'paragraph'] as const).map((d): [string, string, Expect[]] => [
              `${lang} ${s.how} / ${o.how} / ${f.how} / ${d}`,
              passage(lang, s.lead, o.sentence, f.sentence.replace('{n}', String(NUMBER[s.id])), d),
              [],
            ]),
          ),
      ),
    ),
);

describe('a bare article after another instrument named since ours (session 19, tuner-subject)', () => {
  it.each(otherBetween)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * The other instrument named first, then ours: ours is the closer, the article ours. Not after a draft's article
 * (`draft article 9 of the revised draft protocol`): a text about a treaty's draft numbers its bare articles as the
 * draft does (README, session 16, `draft-articles.ts`; a whole-text convention, left as it is).
 */
const otherFirst: [string, string, Expect[]][] = LANGS.flatMap((lang) =>
  SUBJECTS[lang]
    .filter((s) => !s.lead.endsWith('\n') && !s.lead.includes('\n\n'))
    .flatMap((s) =>
      OTHERS[lang].map((o): [string, string, Expect[]] => {
        const f = FORMS[lang][0] as Form;
        return [
          `${lang} ${o.how} then ${s.how}`,
          passage(lang, `${o.sentence} ${s.lead}`, '', f.sentence.replace('{n}', String(NUMBER[s.id])), 'next'),
          o.how === 'draft' ? [] : [expected(f, s.id)],
        ];
      }),
    ),
);

describe('another instrument named before ours (session 19, tuner-subject)', () => {
  it.each(otherFirst)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * Two of ours (UNTOC and the TIP Protocol): the treaty of ours last named in full takes the bare article (README,
 * "An article with no treaty after it"); UNTOC inside the Protocol's title (`supplementing …`) does not take it.
 */
const TWO: [string, string, Expect[]][] = [
  // Our own year before the noun names ours (`the 2000 Protocol`, `the 2000 Convention`): the focus stays.
  [
    'en the 2000 Convention',
    'The United Nations Convention against Transnational Organized Crime was adopted in 2000. The 2000 Convention is in force. Article 5 requires criminalization.',
    [tre('Article 5', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'en UNTOC then TIP',
    'The United Nations Convention against Transnational Organized Crime was adopted in 2000. It is supplemented by the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children. Article 5 requires States Parties to criminalize trafficking.',
    [tre('Article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'en TIP then UNTOC',
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was adopted in 2000. States must also apply the United Nations Convention against Transnational Organized Crime. Article 5 requires States Parties to criminalize participation in an organized criminal group.',
    [tre('Article 5', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'en TIP title with UNTOC inside',
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, was adopted in 2000. Article 5 requires States Parties to criminalize trafficking.',
    [tre('Article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  // UNTOC named as the Protocol's parent in the next sentence (`It supplements …`): the Protocol stays the subject.
  [
    'en TIP then its parent',
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was adopted in 2000. It supplements the United Nations Convention against Transnational Organized Crime. Article 5 requires States Parties to criminalize trafficking.',
    [tre('Article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'fr CTO puis TIP',
    'La Convention des Nations Unies contre la criminalité transnationale organisée a été adoptée en 2000. Elle est complétée par le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants. L’article 5 impose d’incriminer la traite.',
    [tre('article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'fr TIP puis CTO',
    'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, a été adopté en 2000. Les États appliquent aussi la Convention des Nations Unies contre la criminalité transnationale organisée. L’article 5 impose d’incriminer la participation à un groupe criminel organisé.',
    [tre('article 5', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'fr TIP puis son parent',
    'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, a été adopté en 2000, qui complète la Convention des Nations Unies contre la criminalité transnationale organisée. L’article 5 impose d’incriminer la traite.',
    [tre('article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'es CTO y luego TIP',
    'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional fue aprobada en 2000. La complementa el Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños. El artículo 5 exige tipificar la trata.',
    [tre('artículo 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'es TIP y luego CTO',
    'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, fue aprobado en 2000. Los Estados aplican también la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. El artículo 5 exige tipificar la participación en un grupo delictivo organizado.',
    [tre('artículo 5', 'UNTOC art. 5', { article: 5 })],
  ],
  [
    'es TIP y luego su matriz',
    'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, fue aprobado en 2000. Complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional. El artículo 5 exige tipificar la trata.',
    [tre('artículo 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
];

describe('two of our treaties named before a bare article (session 19, tuner-subject)', () => {
  it.each(TWO)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/** A quoted treaty text's own article headings, under the treaty's title: the text itself, not references. */
const HEADINGS: Record<Lang, string[]> = {
  en: [
    'Article 4\nScope of application\nThis Protocol shall apply to the prevention of the offences.\n\nArticle 5\nCriminalization\nEach State Party shall adopt such measures.',
    'Article 4 – Scope of application\nThis Protocol shall apply to the prevention of the offences.\n\nArticle 5. Criminal liability of migrants\nMigrants shall not become liable to criminal prosecution.',
  ],
  fr: [
    'Article 4\nChamp d’application\nLe présent Protocole s’applique à la prévention des infractions.\n\nArticle 5\nIncrimination\nChaque État Partie adopte les mesures nécessaires.',
    'Article 4 – Champ d’application\nLe présent Protocole s’applique à la prévention des infractions.\n\nArticle 5. Responsabilité pénale des migrants\nLes migrants ne deviennent pas passibles de poursuites pénales.',
  ],
  es: [
    'Artículo 4\nÁmbito de aplicación\nEl presente Protocolo se aplicará a la prevención de los delitos.\n\nArtículo 5\nPenalización\nCada Estado Parte adoptará las medidas necesarias.',
    'Artículo 4 – Ámbito de aplicación\nEl presente Protocolo se aplicará a la prevención de los delitos.\n\nArtículo 5. Responsabilidad penal de los migrantes\nLos migrantes no estarán sujetos a enjuiciamiento penal.',
  ],
};

const headings: [string, string, Expect[]][] = LANGS.flatMap((lang) =>
  SUBJECTS[lang]
    .filter((s) => s.how === 'title line' || s.how === 'first sentence')
    .flatMap((s) =>
      HEADINGS[lang].map((h, i): [string, string, Expect[]] => [
        `${lang} ${s.how} / quoted headings ${i + 1}`,
        `${s.lead}${s.lead.endsWith('\n') ? '' : '\n\n'}${h}`,
        [],
      ]),
    ),
);

describe('a quoted treaty text’s own headings (session 19, tuner-subject)', () => {
  it.each(headings)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * A national law as the subject of the article's sentence, pointed back to (`Ladite loi, en son article 2`, `Dicha ley,
 * en su artículo 2`, `The said Act, in its article 2`), after our treaty was named: the law's article. A treaty noun
 * as the subject (`Le Protocole définit en son article 2`) keeps it ours; `This act of trafficking` names no law.
 */
const LAW_LEAD: Record<Lang, string> = {
  en: 'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was adopted in 2000. The United Kingdom passed a new statute in 2015.',
  fr: 'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, a été adopté en 2000. La France a adopté une loi nouvelle en 2013.',
  es: 'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, fue aprobado en 2000. España adoptó una ley nueva en 2015.',
};

const LAW_SUBJECTS: [Lang, string, Expect[]][] = [
  ['en', 'The said Act, in its article 2, defines trafficking.', []],
  ['en', 'This Act defines trafficking in article 2.', []],
  ['en', 'The Act defines trafficking in its article 2.', []],
  [
    'en',
    'The Protocol defines trafficking in its article 3.',
    [tre('article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'en',
    'This act of trafficking, under article 3, is an offence.',
    [tre('article 3', 'TIP Protocol art. 3', { article: 3 })],
  ],
  ['fr', 'Ladite loi, en son article 2, définit la traite.', []],
  ['fr', 'Cette loi définit la traite à l’article 2.', []],
  ['fr', 'La loi définit en son article 2 la traite.', []],
  ['fr', 'Le Protocole définit en son article 3 la traite.', [tre('article 3', 'TIP Protocol art. 3', { article: 3 })]],
  ['es', 'Dicha ley, en su artículo 2, define la trata.', []],
  ['es', 'Esta ley define la trata en el artículo 2.', []],
  ['es', 'La ley define en su artículo 2 la trata.', []],
  ['es', 'El Protocolo define en su artículo 3 la trata.', [tre('artículo 3', 'TIP Protocol art. 3', { article: 3 })]],
];

describe('a national law as the article’s sentence subject (session 19, tuner-subject)', () => {
  it.each(LAW_SUBJECTS.map(([lang, sentence, want]) => [`${LAW_LEAD[lang]} ${sentence}`, want] as const))(
    '%s',
    (input, want) => {
      expect(found(input)).toEqual(want);
    },
  );
});

/**
 * Another treaty named later in the article's own sentence (`…, as does article 4 of the European Convention`): the
 * sentence cites that treaty, and the focus alone does not make the bare article ours (README, session 18). Two of ours
 * named in one sentence: the last named takes a later bare article.
 */
const NEAR: [string, Expect[]][] = [
  [
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was adopted in 2000. Article 6 protects victims, as does article 4 of the European Convention on Human Rights.',
    [],
  ],
  [
    'Le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, a été adopté en 2000. L’article 6 protège les victimes, comme l’article 4 de la Convention européenne des droits de l’homme.',
    [],
  ],
  [
    'El Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, fue aprobado en 2000. El artículo 6 protege a las víctimas, como el artículo 4 del Convenio Europeo de Derechos Humanos.',
    [],
  ],
  [
    'The United Nations Convention against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children were adopted in 2000. Article 5 requires States Parties to act.',
    [tre('Article 5', 'TIP Protocol art. 5', { article: 5 })],
  ],
  [
    'The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was adopted in 2000.\n\nThe Convention on the Elimination of All Forms of Discrimination against Women also addresses trafficking.\n\nArticle 6 requires States Parties to act.',
    [],
  ],
];

describe('another treaty near the article; two of ours in one sentence (session 19, tuner-subject)', () => {
  it.each(NEAR)('%s', (input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * A State's declaration in a depositary record (`Declaration:`, `Declaration under article 35.2:`) is no instrument
 * named: UNTOC's article stays UNTOC's (dev en-166's class; `NAMED_DECLARATION` reads only a declaration named as one).
 */
const DEPOSITARY: [string, Expect[]][] = [
  [
    'United Nations Convention against Transnational Organized Crime\nParties with reservations and declarations\nAndorra\nDeclaration:\nAndorra does not consider itself bound by article 35, paragraph 2.',
    [tre('article 35, paragraph 2', 'UNTOC art. 35(2)', { article: 35, paragraph: 2 })],
  ],
  [
    'Convention des Nations Unies contre la criminalité transnationale organisée\nParties ayant fait des réserves et des déclarations\nAndorre\nDéclaration :\nAndorre ne se considère pas liée par l’article 35, paragraphe 2.',
    [tre('article 35, paragraphe 2', 'UNTOC art. 35(2)', { article: 35, paragraph: 2 })],
  ],
  [
    'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional\nPartes con reservas y declaraciones\nAndorra\nDeclaración:\nAndorra no se considera obligada por el párrafo 2 del artículo 35.',
    [tre('párrafo 2 del artículo 35', 'UNTOC art. 35(2)', { article: 35, paragraph: 2 })],
  ],
];

describe('a depositary record’s declarations (session 19, tuner-subject)', () => {
  it.each(DEPOSITARY)('%s', (input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * A law named by no number, date or title (`their national law`, `leur loi pénale`, `su ley penal`, `a law on
 * trafficking`) is no other text: the treaty in focus keeps its bare article.
 */
const GENERIC_LAW: [Lang, string][] = [
  ['en', 'States must adapt their national law.'],
  ['en', 'States must adopt a law on trafficking.'],
  ['fr', 'Les États doivent adapter leur loi pénale.'],
  ['fr', 'Les États doivent adopter une loi contre la traite.'],
  ['es', 'Los Estados deben adaptar su ley penal.'],
  ['es', 'Los Estados deben aprobar una ley contra la trata.'],
];

const genericLaw: [string, string, Expect[]][] = GENERIC_LAW.flatMap(([lang, between]) =>
  SUBJECTS[lang]
    .filter((s) => s.how === 'first sentence' || s.how === 'title line')
    .map((s): [string, string, Expect[]] => {
      const f = FORMS[lang][0] as Form;
      return [
        `${lang} ${s.how} / ${between}`,
        passage(lang, s.lead, between, f.sentence.replace('{n}', String(NUMBER[s.id])), 'next'),
        [expected(f, s.id)],
      ];
    }),
);

describe('a law named by nothing between (session 19, tuner-subject)', () => {
  it.each(genericLaw)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * A judgment naming the treaty once in its opening and its article pages later (past the focus' 1,500 characters): the
 * focus still takes it when the whole text names nothing else (no other treaty, law, code or court's Convention), not
 * when it names an Act somewhere.
 */
const LONG: Record<Lang, { lead: string; filler: string; article: string; span: string; act: string }> = {
  en: {
    lead: 'JUDGMENT\n\nThe trial court applied the Protocol against the Smuggling of Migrants by Land, Sea and Air to the facts.',
    filler:
      'The appellants argued that the trial judge had erred in the assessment of the evidence concerning the routes along which the persons concerned had travelled, the payments made to the organizers and the conditions on board the vessel, which the prosecution had described in great detail.',
    article: 'The court observes that article 6 requires States Parties to criminalize smuggling.',
    span: 'article 6',
    act: 'The Immigration Act was amended in 2010.',
  },
  fr: {
    lead: 'JUGEMENT\n\nLe tribunal correctionnel a appliqué aux faits le Protocole contre le trafic illicite de migrants par terre, mer et air.',
    filler:
      'Les appelants soutenaient que le premier juge avait commis une erreur dans l’appréciation des preuves relatives aux itinéraires suivis par les personnes concernées, aux paiements versés aux organisateurs et aux conditions à bord du navire, que l’accusation avait décrits en détail.',
    article: 'La cour relève que l’article 6 impose aux États Parties d’incriminer le trafic.',
    span: 'article 6',
    act: 'Le Code de l’entrée et du séjour des étrangers a été modifié en 2010.',
  },
  es: {
    lead: 'SENTENCIA\n\nEl tribunal aplicó a los hechos el Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire.',
    filler:
      'Los apelantes alegaron que el juez de primera instancia había errado en la valoración de las pruebas relativas a las rutas seguidas por las personas afectadas, los pagos realizados a los organizadores y las condiciones a bordo de la embarcación, que la acusación había descrito con detalle.',
    article: 'El tribunal observa que el artículo 6 exige a los Estados Parte tipificar el tráfico.',
    span: 'artículo 6',
    act: 'La Ley de Extranjería fue modificada en 2010.',
  },
};

const long: [string, string, Expect[]][] = LANGS.flatMap((lang) => {
  const l = LONG[lang];
  const body = Array.from({ length: 6 }, () => l.filler).join(' ');
  return [
    [
      `${lang} long judgment`,
      `${l.lead} ${body}\n\n${l.article}`,
      [tre(l.span, 'Migrants Protocol art. 6', { article: 6 })],
    ],
    [`${lang} long judgment naming an Act`, `${l.lead} ${body} ${l.act}\n\n${l.article}`, []],
  ];
});

describe('a judgment naming the treaty once, its article far after (session 19, tuner-subject)', () => {
  it.each(long)('%s', (_, input, want) => {
    expect(found(input)).toEqual(want);
  });
});

/**
 * Captions and key-provision lists under the treaty's name (a slide, a box): references, the treaty in focus'. A line
 * that is only `Article 5` and its title under the treaty's title is the quoted text's own heading (above), not these.
 */
const CAPTIONS: [string, Expect[]][] = [
  [
    'Slide 4\nUN Smuggling of Migrants Protocol – Article 6 Criminalization\nStates must criminalize smuggling.',
    [tre('Article 6', 'Migrants Protocol art. 6', { article: 6 })],
  ],
  [
    'The Smuggling of Migrants Protocol\nKey provisions: Article 6 (criminalization), Article 16 (protection).',
    [
      tre('Article 6', 'Migrants Protocol art. 6', { article: 6 }),
      tre('Article 16', 'Migrants Protocol art. 16', { article: 16 }),
    ],
  ],
  [
    'Protocole contre le trafic illicite de migrants par terre, mer et air\n\nDispositions clés : article 6 (incrimination), article 16 (protection).',
    [
      tre('article 6', 'Migrants Protocol art. 6', { article: 6 }),
      tre('article 16', 'Migrants Protocol art. 16', { article: 16 }),
    ],
  ],
  [
    'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire\n\nDisposiciones clave: artículo 6 (penalización), artículo 16 (protección).',
    [
      tre('artículo 6', 'Migrants Protocol art. 6', { article: 6 }),
      tre('artículo 16', 'Migrants Protocol art. 16', { article: 16 }),
    ],
  ],
];

describe('captions and key provisions under the treaty’s name (session 19, tuner-subject)', () => {
  it.each(CAPTIONS)('%s', (input, want) => {
    expect(found(input)).toEqual(want);
  });
});
