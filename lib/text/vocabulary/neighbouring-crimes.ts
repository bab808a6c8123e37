import { term } from './vocabulary-types';

/** Crimes next to trafficking (organized crime, money-laundering, corruption, terrorism) and the technology they use. */
export const NEIGHBOURING_CRIME_TERMS = [
  term(
    'criminalité organisée',
    ['organized crime', 'organised crime'],
    ['delincuencia organizada', 'crimen organizado'],
  ),
  term(
    'criminalité transnationale organisée',
    ['transnational organized crime', 'transnational organised crime'],
    ['delincuencia organizada transnacional'],
  ),
  term(
    'groupes criminels organisés',
    [
      'organized criminal groups',
      'organised criminal groups',
      'organized crime groups',
      'organised crime groups',
      'criminal groups',
      'criminal networks',
      'gangs',
    ],
    ['grupos delictivos organizados', 'grupos criminales', 'redes delictivas', 'grupos de delincuencia organizada'],
    'groupes-criminels-organises',
  ),
  term(
    'blanchiment d’argent',
    ['money laundering', 'laundering', 'laundering of proceeds', 'launder'],
    ['blanqueo de dinero', 'lavado de dinero', 'lavado de activos', 'blanqueo de capitales', 'blanqueo'],
  ),
  term(
    'corruption',
    ['corruption', 'bribery', 'corrupt officials', 'complicity'],
    ['corrupción', 'soborno'],
    'corruption',
  ),
  term(
    'terrorisme',
    ['terrorism', 'terrorist', 'terrorists'],
    ['terrorismo', 'terrorista', 'terroristas'],
    'terrorisme',
  ),
  term(
    'groupes terroristes',
    ['terrorist groups', 'terrorist organizations', 'armed groups'],
    ['grupos terroristas', 'grupos armados'],
    'terrorisme',
  ),
  term(
    'conflits armés',
    ['armed conflict', 'armed conflicts', 'conflict situations', 'conflict', 'conflicts', 'war'],
    ['conflicto armado', 'conflictos armados', 'conflicto', 'conflictos', 'guerra'],
    'intervenants-conflit-et-acteurs-humanitaires',
  ),
  term(
    'crise humanitaire',
    ['humanitarian crisis', 'humanitarian crises', 'humanitarian emergencies', 'crisis situations'],
    ['crisis humanitaria', 'crisis humanitarias', 'emergencias humanitarias'],
    'intervenants-conflit-et-acteurs-humanitaires',
  ),
  term(
    'autres formes de criminalité',
    ['other crimes', 'other forms of crime', 'links with other crimes', 'related crimes', 'crime convergence'],
    ['otros delitos', 'otras formas de delincuencia', 'delitos conexos'],
    'liens-avec-d-autres-formes-de-criminalite',
  ),
  term('infractions', ['offences', 'offenses', 'crimes', 'criminal offences'], ['delitos', 'infracciones']),
  term('cybertechnologies', ['cybercrime', 'cyber crime'], ['ciberdelincuencia', 'ciberdelito'], 'technologie'),
  term(
    'internet',
    ['internet', 'online', 'social media', 'websites'],
    ['internet', 'en línea', 'redes sociales'],
    'technologie',
  ),
  term(
    'technologie',
    ['technology', 'technologies', 'digital', 'information technology', 'ICT'],
    ['tecnología', 'tecnologías', 'digital'],
    'technologie',
  ),
  term('nouvelles technologies', ['new technologies', 'emerging technologies'], ['nuevas tecnologías'], 'technologie'),
] as const;
