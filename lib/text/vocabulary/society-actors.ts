import { term } from './vocabulary-types';

/**
 * Who acts, second part: education, finance, media, service providers, the private sector, legal, medical and social
 * services, civil society, international organizations, States, local authorities and communities.
 */
export const SOCIETY_ACTOR_TERMS = [
  term(
    'éducateurs',
    ['educators', 'educator', 'teachers', 'teacher', 'schools', 'educational institutions'],
    ['educadores', 'educador', 'maestros', 'docentes', 'escuelas', 'profesores'],
    'intervenants-educateurs',
  ),
  term('éducation', ['education', 'educational', 'schooling'], ['educación', 'educativo', 'escolarización']),
  term(
    'finance et fiscalité',
    ['finance and taxation', 'financial sector', 'financial institutions', 'banks', 'banking', 'tax authorities'],
    ['finanzas y fiscalidad', 'sector financiero', 'instituciones financieras', 'bancos', 'autoridades tributarias'],
    'intervenants-finance-et-fiscalite',
  ),
  term(
    'institutions financières',
    ['financial institutions', 'financial intelligence units'],
    ['instituciones financieras', 'unidades de inteligencia financiera'],
    'intervenants-finance-et-fiscalite',
  ),
  term(
    'médias',
    ['media', 'journalists', 'press', 'news media', 'mass media'],
    ['medios de comunicación', 'medios', 'periodistas', 'prensa'],
    'intervenants-medias',
  ),
  term(
    'prestataires de services',
    ['service providers', 'providers'],
    ['proveedores de servicios', 'prestadores de servicios'],
  ),
  term(
    'prestataires de services aux victimes',
    ['victim service providers', 'victim support services', 'victim services providers', 'shelters staff'],
    ['proveedores de servicios a las víctimas', 'servicios de apoyo a las víctimas'],
    'intervenants-prestataires-de-services-aux-victimes',
  ),
  term(
    'secteur privé',
    ['private sector', 'business sector', 'business', 'corporate sector', 'the private sector'],
    ['sector privado', 'sector empresarial', 'empresas privadas'],
    'intervenants-secteur-prive',
  ),
  term(
    'entreprises',
    ['companies', 'businesses', 'enterprises', 'corporations', 'firms'],
    ['empresas', 'compañías', 'corporaciones'],
    'intervenants-secteur-prive',
  ),
  term(
    'partenariats public-privé',
    ['public-private partnerships', 'public private partnership'],
    ['alianzas público-privadas', 'asociaciones público-privadas'],
    'intervenants-secteur-prive',
  ),
  term(
    'services juridiques',
    ['legal services', 'lawyers', 'legal professionals', 'bar associations', 'attorneys'],
    ['servicios jurídicos', 'abogados', 'servicios legales'],
    'intervenants-services-juridiques',
  ),
  term(
    'services médicaux',
    [
      'medical services',
      'health services',
      'health-care services',
      'health care providers',
      'health-care providers',
      'healthcare providers',
      'health workers',
      'doctors',
      'medical professionals',
      'hospitals',
    ],
    [
      'servicios médicos',
      'servicios de salud',
      'proveedores de atención médica',
      'personal sanitario',
      'médicos',
      'hospitales',
    ],
    'intervenants-services-medicaux-et-soins-de-sante',
  ),
  term(
    'soins de santé',
    ['health care', 'healthcare', 'health'],
    ['atención de la salud', 'salud', 'atención sanitaria'],
    'intervenants-services-medicaux-et-soins-de-sante',
  ),
  term(
    'services sociaux',
    ['social services', 'social workers', 'social welfare', 'social work'],
    ['servicios sociales', 'trabajadores sociales', 'asistencia social'],
    'intervenants-services-sociaux',
  ),
  term(
    'société civile',
    ['civil society', 'civil society organizations', 'civil society organisations', 'CSOs', 'community organizations'],
    ['sociedad civil', 'organizaciones de la sociedad civil'],
    'intervenants-societe-civile',
  ),
  term(
    'organisations non gouvernementales',
    ['non-governmental organizations', 'non-governmental organisations', 'NGOs', 'NGO'],
    ['organizaciones no gubernamentales', 'ONG'],
    'intervenants-societe-civile',
  ),
  term(
    'syndicats',
    ['trade unions', 'unions', 'labour unions', 'labor unions', 'workers organizations'],
    ['sindicatos', 'sindicato', 'organizaciones sindicales'],
    'intervenants-syndicats',
  ),
  term(
    'organismes des Nations Unies',
    [
      'United Nations entities',
      'UN entities',
      'UN agencies',
      'United Nations agencies',
      'United Nations bodies',
      'UN system',
    ],
    ['entidades de las Naciones Unidas', 'organismos de las Naciones Unidas', 'sistema de las Naciones Unidas'],
    'intervenants-organismes-et-fonctions-des-nations-unies',
  ),
  term(
    'organisations internationales',
    ['international organizations', 'international organisations'],
    ['organizaciones internacionales'],
  ),
  term(
    'organisations régionales',
    ['regional organizations', 'regional organisations', 'regional bodies'],
    ['organizaciones regionales'],
    'mesures-a-l-echelle-regionale',
  ),
  term(
    'États parties',
    ['States parties', 'State parties', 'member states', 'governments', 'countries'],
    ['Estados partes', 'Estados parte', 'Estados miembros', 'gobiernos', 'países'],
  ),
  term('États', ['states', 'state'], ['Estados', 'Estado']),
  term(
    'autorités locales',
    ['local authorities', 'local government', 'municipalities'],
    ['autoridades locales', 'gobiernos locales', 'municipios'],
    'mesures-a-l-echelle-locale-ou-a-l-echelle-du-district',
  ),
  term(
    'rapporteurs nationaux',
    ['national rapporteurs', 'national rapporteur', 'equivalent mechanisms'],
    ['relatores nacionales', 'relator nacional'],
  ),
  term(
    'universitaires',
    ['academics', 'academia', 'researchers', 'universities'],
    ['académicos', 'investigadores', 'universidades'],
  ),
  term('communautés', ['communities', 'community'], ['comunidades', 'comunidad']),
  term('parents', ['parents'], ['padres']),
] as const;
