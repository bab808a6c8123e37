import { describe, expect, it } from 'vitest';
import { found } from './factories';

/**
 * Session 20 (tuner-dev28-res): four classes from the twenty-eighth round's dev passages, each table-driven in English,
 * French and Spanish with negatives. Rows compare each citation's span and key only.
 */

type Row = [string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => found(text).map((c) => [c.text, c.key]);

/**
 * 1. A text on the Hague Conventions or on international child abduction (`CHILD_ABDUCTION` in `treaty-subjects.ts`,
 * dev fr-349: the Pérez-Vera report's `l'article 8 de la Convention … qu'elle a enlevé ou retenu l'enfant`): its bare
 * `the Convention` is not UNTOC. Subjects × bare articles; negatives where UNTOC or trafficking is the text's subject.
 */
const HAGUE_SUBJECTS: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: [
    'The Hague Convention on the Civil Aspects of International Child Abduction entered into force in 1983.',
    'This report explains the Convention on child abduction.',
    'The report discusses the case of a person alleged to have wrongfully removed or retained the child.',
    'The application concerns a child wrongfully removed or retained in another State.',
    'The Hague Conference (HCCH) adopted the text in 1980.',
    'The report covers intercountry adoption and the central authorities.',
    'The report covers cases of parental abduction across borders.',
  ],
  fr: [
    "La Convention de La Haye sur les aspects civils de l'enlèvement international d'enfants est entrée en vigueur.",
    "Le rapport traite de l'enlèvement d'enfants entre États.",
    "On constate un manque de concordance sur la personne dont il est allégué qu'elle a enlevé ou retenu l'enfant.",
    'Le texte vise le déplacement ou le non-retour illicite des enfants.',
    'La Conférence de La Haye de droit international privé a adopté le texte.',
    "Le rapport traite de l'adoption internationale et des autorités centrales.",
    "Le rapport traite de l'enlèvement parental.",
  ],
  es: [
    'El Convenio de La Haya sobre los aspectos civiles de la sustracción internacional de menores entró en vigor.',
    'El informe trata de la sustracción internacional de menores.',
    'La Convención de La Haya se aplica al traslado o la retención ilícitos de un menor.',
    'La persona que ha sustraído o retenido al niño debe ser identificada.',
    'El informe trata de la adopción internacional y de las autoridades centrales.',
    'El informe trata de la sustracción parental.',
  ],
};
const HAGUE_ARTICLES: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: [
    'Article 8 of the Convention sets out the application.',
    'Under article 12 of the Convention, the child returns.',
  ],
  fr: ["L'article 8 de la Convention prévoit la demande.", "Selon l'article 12 de la Convention, l'enfant est rendu."],
  es: ['El artículo 8 de la Convención prevé la solicitud.', 'Según el artículo 12 de la Convención, el niño regresa.'],
};

const hagueRows: string[] = [];
for (const lang of ['en', 'fr', 'es'] as const) {
  for (const subject of HAGUE_SUBJECTS[lang]) {
    for (const article of HAGUE_ARTICLES[lang]) {
      hagueRows.push(`${subject} ${article}`, `${article} ${subject}`);
    }
  }
}

describe('a bare Convention in a text on the Hague Conventions or child abduction is not ours (CHILD_ABDUCTION)', () => {
  it.each(hagueRows)('%s', (text) => {
    expect(spansAndKeys(text)).toEqual([]);
  });
});

/** Negatives: UNTOC or trafficking named keeps the bare Convention ours; `abduction` alone is a means of trafficking. */
const hagueNegatives: Row[] = [
  [
    'The United Nations Convention against Transnational Organized Crime and child abduction: article 8 of the Convention covers corruption.',
    [['article 8 of the Convention', 'UNTOC art. 8']],
  ],
  [
    "La traite des personnes inclut l'enlèvement d'enfants ; l'article 5 de la Convention incrimine la participation.",
    [['article 5 de la Convention', 'UNTOC art. 5']],
  ],
  [
    'La trata de personas incluye la sustracción de menores; el artículo 5 de la Convención tipifica la participación.',
    [['artículo 5 de la Convención', 'UNTOC art. 5']],
  ],
  [
    'The abduction of children for exploitation is covered by article 3 of the Protocol and article 5 of the Convention.',
    [
      ['article 3 of the Protocol', 'TIP Protocol art. 3'],
      ['article 5 of the Convention', 'UNTOC art. 5'],
    ],
  ],
  [
    'Trafficking in persons for intercountry adoption: article 5 of the Convention criminalizes participation.',
    [['article 5 of the Convention', 'UNTOC art. 5']],
  ],
  [
    "L'enlèvement, la fraude et la tromperie sont visés à l'article 5 de la Convention.",
    [['article 5 de la Convention', 'UNTOC art. 5']],
  ],
  [
    'Eurojust, based in The Hague, supports cooperation under article 18 of the Convention.',
    [['article 18 of the Convention', 'UNTOC art. 18']],
  ],
];

describe('the Hague class leaves our subject ours (negatives)', () => {
  it.each(hagueNegatives)('%s', (text, want) => {
    expect(spansAndKeys(text)).toEqual(want);
  });
});

const key = (n: string): string => `A/RES/${n.replace(' ', '')}`;

/**
 * 2. Plausibility by the count of a session's instruments and by a part letter (the lead's decision, session 20,
 * reverting a rule of the session's tuner): the issue names plausibility as evidence of a body ("a handful of
 * resolutions each"), so a bare `n/m` whose second part no other body's session reaches (`58/256`: the Human Rights
 * Council adopts some tens a session) or with a part letter only the Assembly uses (`58/1 B`) is the Assembly's, as
 * before session 20 (dev fr-348's labels restored; test en-906's `its resolutions 43/53 … and 54/222`, read right on
 * its first run, depends on it).
 */
const SHARED = ['58/256', '58/1 B', '45/100', '60/288', '31/150 C'];
const BARE_FORMS: ((n: string) => string)[] = [
  (n) => `conformément aux catégories qu'elle a actualisées dans sa résolution ${n} du 23 décembre 2003;`,
  (n) => `selon le barème indiqué dans la résolution ${n};`,
  (n) => `Recalling its resolution ${n} of 23 December 2003,`,
  (n) => `in accordance with resolution ${n},`,
  (n) => `de conformidad con su resolución ${n}, de 23 de diciembre de 2003;`,
  (n) => `según la resolución ${n};`,
];
const bareRows: [string, string][] = SHARED.flatMap((n) => BARE_FORMS.map((f): [string, string] => [f(n), n]));

describe('the Assembly by plausibility: a second part or a part letter no other body reaches', () => {
  it.each(bareRows)('%s', (text, n) => {
    expect(spansAndKeys(text).map(([, k]) => k)).toEqual([key(n)]);
  });
});

const shownRows: Row[] = SHARED.flatMap((n): Row[] => [
  [`The General Assembly,\nRecalling its resolution ${n} of 23 December 2003,`, [[`resolution ${n}`, key(n)]]],
  [`L’Assemblée générale,\nRappelant sa résolution ${n},`, [[`résolution ${n}`, key(n)]]],
  [`La Asamblea General,\nRecordando su resolución ${n},`, [[`resolución ${n}`, key(n)]]],
  [`Recalling General Assembly resolution ${n},`, [[`General Assembly resolution ${n}`, key(n)]]],
  [`Rappelant la résolution ${n} de l’Assemblée générale,`, [[`résolution ${n} de l’Assemblée générale`, key(n)]]],
  [`Recordando la resolución ${n} de la Asamblea General,`, [[`resolución ${n} de la Asamblea General`, key(n)]]],
]);
// Only the Assembly's sessions reach the number: plausibility still settles it.
for (const n of ['64/293', '70/1', '62/208 B']) {
  shownRows.push(
    [`Recalling resolution ${n},`, [[`resolution ${n}`, key(n)]]],
    [`Rappelant sa résolution ${n},`, [[`résolution ${n}`, key(n)]]],
    [`Recordando la resolución ${n},`, [[`resolución ${n}`, key(n)]]],
  );
}

describe('the Assembly where the passage shows it, and where only its sessions reach the number', () => {
  it.each(shownRows)('%s', (text, want) => {
    expect(spansAndKeys(text)).toEqual(want);
  });

  it('gives the Assembly a number the Council, as author, cannot have numbered (dev en-062’s class)', () => {
    expect(spansAndKeys('Le Conseil des droits de l’homme,\nRappelant la résolution 60/251,')).toEqual([
      ['résolution 60/251', 'A/RES/60/251'],
    ]);
    expect(spansAndKeys('El Consejo de Derechos Humanos,\nRecordando la resolución 58/256,')).toEqual([
      ['resolución 58/256', 'A/RES/58/256'],
    ]);
  });

  it('keeps a bare shared number in a text that names the Assembly elsewhere (the one body named whose numbering fits)', () => {
    const text =
      'Recalling General Assembly resolution 70/1. Noting also resolution 58/256 of 23 December 2003 on the budget.';
    expect(spansAndKeys(text).map(([, k]) => k)).toEqual(['A/RES/70/1', 'A/RES/58/256']);
  });
});

/**
 * 3. A typo's comma inside a Council number's year bracket (`resolution 1862 (2009,)`, dev en-505): in the span, keyed
 * with the year; head words, languages, lists and the thousands forms. Negatives: a bracket that goes on is no year.
 */
const COMMA_YEAR: Row[] = [
  [
    'resolution 1853 (2008), resolution 1862 (2009,) resolution 1907 (2009), and resolution 1972 (2011),',
    [
      ['resolution 1853 (2008)', 'S/RES/1853(2008)'],
      ['resolution 1862 (2009,)', 'S/RES/1862(2009)'],
      ['resolution 1907 (2009)', 'S/RES/1907(2009)'],
      ['resolution 1972 (2011)', 'S/RES/1972(2011)'],
    ],
  ],
  ['Recalling its resolution 1862 (2009 ,) on Somalia,', [['resolution 1862 (2009 ,)', 'S/RES/1862(2009)']]],
  [
    'la résolution 1862 (2009,) du Conseil de sécurité',
    [['résolution 1862 (2009,) du Conseil de sécurité', 'S/RES/1862(2009)']],
  ],
  [
    'la resolución 1862 (2009,) del Consejo de Seguridad',
    [['resolución 1862 (2009,) del Consejo de Seguridad', 'S/RES/1862(2009)']],
  ],
  [
    'resolutions 1853 (2008), 1862 (2009,) and 1907 (2009)',
    [
      ['resolutions 1853 (2008)', 'S/RES/1853(2008)'],
      ['1862 (2009,)', 'S/RES/1862(2009)'],
      ['1907 (2009)', 'S/RES/1907(2009)'],
    ],
  ],
  ['la resolución 1.862 (2009,) del Consejo', [['resolución 1.862 (2009,) del Consejo', 'S/RES/1862(2009)']]],
  ['Security Council resolution 1325 (2000,)', [['Security Council resolution 1325 (2000,)', 'S/RES/1325(2000)']]],
  // Negatives: more than a comma before the bracket closes, or a number whose year does not fit the Council's.
  ['resolution 1862 (2009, para. 3)', []],
  ['resolution 1702 (2010,) of the Parliamentary Assembly', []],
];

describe('a comma typed inside a Council year bracket (SC_NUMBER)', () => {
  it.each(COMMA_YEAR)('%s', (text, want) => {
    expect(spansAndKeys(text)).toEqual(want);
  });
});

/**
 * 4. Words between the determiner and a treaty's name (`MODIFIER_BEFORE_NAME_RE` in `treaty-connector.ts`, dev en-506:
 * `Article 20 of the recently negotiated United Nations Convention Against Transnational Organised Crime`): in the
 * span, the article is the named treaty's. Modifiers × names × languages; negatives: a bare noun after them, another
 * treaty's name.
 */
const MODIFIERS: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: ['recently negotiated', 'newly adopted', 'new', 'so-called', 'landmark', '2000', 'new 2000', 'recently signed'],
  fr: ['nouvelle', 'récente', 'récemment adoptée', 'dite'],
  es: ['nueva', 'reciente', 'recién aprobada', 'llamada', 'recientemente negociada'],
};
const NAMES: Record<'en' | 'fr' | 'es', readonly [string, string][]> = {
  en: [
    ['United Nations Convention Against Transnational Organised Crime', 'UNTOC'],
    ['United Nations Convention against Transnational Organized Crime', 'UNTOC'],
    ['Palermo Convention', 'UNTOC'],
  ],
  fr: [['Convention des Nations Unies contre la criminalité transnationale organisée', 'UNTOC']],
  es: [['Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional', 'UNTOC']],
};
const HEADS = {
  en: (m: string, name: string) => `Article 20 of the ${m} ${name}`,
  fr: (m: string, name: string) => `article 20 de la ${m} ${name}`,
  es: (m: string, name: string) => `artículo 20 de la ${m} ${name}`,
};
const LEADS = { en: 'For example, ', fr: "Par exemple, l'", es: 'Por ejemplo, el ' };
const TAILS = {
  en: ' urges States Parties to allow controlled delivery.',
  fr: ' invite les États parties à permettre les livraisons surveillées.',
  es: ' insta a los Estados partes a permitir la entrega vigilada.',
};

const modifierRows: Row[] = [];
for (const lang of ['en', 'fr', 'es'] as const) {
  for (const m of MODIFIERS[lang]) {
    for (const [name, id] of NAMES[lang]) {
      const cited = HEADS[lang](m, name);
      modifierRows.push([`${LEADS[lang]}${cited}${TAILS[lang]}`, [[cited, `${id} art. 20`]]]);
    }
  }
}
// The Protocols, masculine in French and Spanish (`du nouveau Protocole`, `del nuevo Protocolo`).
modifierRows.push(
  [
    'Article 5 of the recently adopted Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children requires…',
    [
      [
        'Article 5 of the recently adopted Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
        'TIP Protocol art. 5',
      ],
    ],
  ],
  [
    "l'article 6 du nouveau Protocole contre le trafic illicite de migrants par terre, mer et air prévoit…",
    [
      [
        'article 6 du nouveau Protocole contre le trafic illicite de migrants par terre, mer et air',
        'Migrants Protocol art. 6',
      ],
    ],
  ],
  [
    'el artículo 6 del nuevo Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire dispone…',
    [
      [
        'artículo 6 del nuevo Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire',
        'Migrants Protocol art. 6',
      ],
    ],
  ],
);

describe('words before a treaty’s name stay in its article’s span (MODIFIER_BEFORE_NAME_RE)', () => {
  it.each(modifierRows)('%s', (text, want) => {
    expect(spansAndKeys(text)).toEqual(want);
  });
});

const modifierNegatives: string[] = [
  'Article 5 of the recently adopted Convention on the Rights of the Child requires States to act.',
  'Article 5 of the new Convention on Cybercrime requires States to act.',
  'article 5 of the 2000 Convention on the Rights of the Child',
  "l'article 5 de la nouvelle Convention relative aux droits de l'enfant",
  'el artículo 5 de la nueva Convención sobre los Derechos del Niño',
  'article 1 of the 1949 Convention',
  'article 5 of the new Convention on the protection of refugees',
  'el artículo 3 del nuevo Convenio sobre la Ciberdelincuencia',
];

describe('words before another treaty’s name or a bare noun name no treaty of ours (negatives)', () => {
  it.each(modifierNegatives)('%s', (text) => {
    expect(spansAndKeys(text)).toEqual([]);
  });
});
