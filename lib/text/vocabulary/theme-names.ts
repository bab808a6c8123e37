/**
 * English and Spanish names of the 78 themes of the compendium's thematic index, keyed by theme id (the slug of the
 * French name, which stays the index's own name). Written by hand for issue 14 from the French names, following the
 * wording of the English and Spanish editions of UNODC's trafficking texts (Protocol, Model Law, Working Group
 * reports): "Victims (identification)", "Víctimas (identificación)". A unit test checks that every theme of the
 * corpus has both names and that no name is left for a theme that does not exist.
 */
export interface ThemeName {
  en: string;
  es: string;
}

export const THEME_NAMES: Readonly<Record<string, ThemeName>> = {
  'agences-de-recrutement-et-frais-de-recrutement': {
    en: 'Recruitment agencies and recruitment fees',
    es: 'Agencias de contratación y comisiones de contratación',
  },
  'conference-des-parties-a-la-convention-des-nations-unies-contre-la-criminalite-transnationale-organisee-et-groupe-de-travail-sur-la-traite-des-personnes-role-et-travaux':
    {
      en: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime and Working Group on Trafficking in Persons (role and work)',
      es: 'Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y Grupo de Trabajo sobre la Trata de Personas (función y labor)',
    },
  'consommateurs-clients-et-utilisateurs-de-produits-et-de-services-produits-par-les-victimes-de-la-traite': {
    en: 'Consumers, clients and users of goods and services produced by trafficking victims',
    es: 'Consumidores, clientes y usuarios de bienes y servicios producidos por víctimas de la trata',
  },
  'cooperation-internationale': { en: 'International cooperation', es: 'Cooperación internacional' },
  'coordination-et-cooperation-a-l-echelle-nationale': {
    en: 'National coordination and cooperation',
    es: 'Coordinación y cooperación a nivel nacional',
  },
  corruption: { en: 'Corruption', es: 'Corrupción' },
  enfants: { en: 'Children', es: 'Niños' },
  'examen-suivi-et-evaluation-des-mesures': {
    en: 'Review, monitoring and evaluation of measures',
    es: 'Examen, seguimiento y evaluación de las medidas',
  },
  'facteurs-a-prendre-en-compte-culture': {
    en: 'Considerations (culture)',
    es: 'Factores a tener en cuenta (cultura)',
  },
  'facteurs-a-prendre-en-compte-langue': { en: 'Considerations (language)', es: 'Factores a tener en cuenta (idioma)' },
  'fonds-de-contributions-volontaires-des-nations-unies-en-faveur-des-victimes-de-la-traite-des-personnes-en-particulier-des-femmes-et-des-enfants':
    {
      en: 'United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children',
      es: 'Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas para las Víctimas de la Trata de Personas, Especialmente Mujeres y Niños',
    },
  'formation-et-renforcement-des-capacites': {
    en: 'Training and capacity-building',
    es: 'Capacitación y fomento de la capacidad',
  },
  'formes-de-la-traite-des-personnes-exploitation-a-des-fins-ne-figurant-pas-dans-le-protocole-relatif-a-la-traite-des-personnes':
    {
      en: 'Forms of trafficking in persons (exploitation for purposes not listed in the Trafficking in Persons Protocol)',
      es: 'Formas de trata de personas (explotación con fines no enumerados en el Protocolo contra la trata de personas)',
    },
  'formes-de-la-traite-des-personnes-exploitation-par-le-travail': {
    en: 'Forms of trafficking in persons (labour exploitation)',
    es: 'Formas de trata de personas (explotación laboral)',
  },
  'formes-de-la-traite-des-personnes-exploitation-sexuelle': {
    en: 'Forms of trafficking in persons (sexual exploitation)',
    es: 'Formas de trata de personas (explotación sexual)',
  },
  'formes-de-la-traite-des-personnes-nouvelles': {
    en: 'Forms of trafficking in persons (new)',
    es: 'Formas de trata de personas (nuevas)',
  },
  'formes-de-la-traite-des-personnes-prelevement-d-organes': {
    en: 'Forms of trafficking in persons (removal of organs)',
    es: 'Formas de trata de personas (extracción de órganos)',
  },
  genre: { en: 'Gender', es: 'Género' },
  'groupe-interinstitutions-de-coordination-contre-la-traite-des-personnes': {
    en: 'Inter-Agency Coordination Group against Trafficking in Persons',
    es: 'Grupo Interinstitucional de Coordinación contra la Trata de Personas',
  },
  'groupes-criminels-organises': { en: 'Organized criminal groups', es: 'Grupos delictivos organizados' },
  'intervenants-affaires-interieures': { en: 'Actors (internal affairs)', es: 'Actores (asuntos internos)' },
  'intervenants-agents-consulaires-et-diplomatiques': {
    en: 'Actors (consular and diplomatic staff)',
    es: 'Actores (personal consular y diplomático)',
  },
  'intervenants-appareil-judiciaire': { en: 'Actors (judiciary)', es: 'Actores (poder judicial)' },
  'intervenants-asile': { en: 'Actors (asylum)', es: 'Actores (asilo)' },
  'intervenants-conflit-et-acteurs-humanitaires': {
    en: 'Actors (conflict and humanitarian actors)',
    es: 'Actores (conflictos y agentes humanitarios)',
  },
  'intervenants-detection-et-repression': {
    en: 'Actors (law enforcement)',
    es: 'Actores (fuerzas del orden)',
  },
  'intervenants-educateurs': { en: 'Actors (educators)', es: 'Actores (educadores)' },
  'intervenants-finance-et-fiscalite': { en: 'Actors (finance and taxation)', es: 'Actores (finanzas y fiscalidad)' },
  'intervenants-forces-de-securite': { en: 'Actors (security forces)', es: 'Actores (fuerzas de seguridad)' },
  'intervenants-gestion-des-frontieres': { en: 'Actors (border management)', es: 'Actores (gestión de fronteras)' },
  'intervenants-immigration': { en: 'Actors (immigration)', es: 'Actores (inmigración)' },
  'intervenants-inspection-du-travail': { en: 'Actors (labour inspection)', es: 'Actores (inspección del trabajo)' },
  'intervenants-justice-penale': { en: 'Actors (criminal justice)', es: 'Actores (justicia penal)' },
  'intervenants-medias': { en: 'Actors (media)', es: 'Actores (medios de comunicación)' },
  'intervenants-organismes-et-fonctions-des-nations-unies': {
    en: 'Actors (United Nations entities and functions)',
    es: 'Actores (entidades y funciones de las Naciones Unidas)',
  },
  'intervenants-personnel-du-maintien-de-la-paix': {
    en: 'Actors (peacekeeping personnel)',
    es: 'Actores (personal de mantenimiento de la paz)',
  },
  'intervenants-personnel-judiciaire': { en: 'Actors (judicial personnel)', es: 'Actores (personal judicial)' },
  'intervenants-prestataires-de-services-aux-victimes': {
    en: 'Actors (victim service providers)',
    es: 'Actores (proveedores de servicios a las víctimas)',
  },
  'intervenants-procureurs': { en: 'Actors (prosecutors)', es: 'Actores (fiscales)' },
  'intervenants-secteur-prive': { en: 'Actors (private sector)', es: 'Actores (sector privado)' },
  'intervenants-services-juridiques': { en: 'Actors (legal services)', es: 'Actores (servicios jurídicos)' },
  'intervenants-services-medicaux-et-soins-de-sante': {
    en: 'Actors (medical and health-care services)',
    es: 'Actores (servicios médicos y de atención de la salud)',
  },
  'intervenants-services-sociaux': { en: 'Actors (social services)', es: 'Actores (servicios sociales)' },
  'intervenants-societe-civile': { en: 'Actors (civil society)', es: 'Actores (sociedad civil)' },
  'intervenants-syndicats': { en: 'Actors (trade unions)', es: 'Actores (sindicatos)' },
  'lacunes-et-difficultes': { en: 'Gaps and challenges', es: 'Lagunas y dificultades' },
  legislation: { en: 'Legislation', es: 'Legislación' },
  'liens-avec-d-autres-formes-de-criminalite': {
    en: 'Links with other forms of crime',
    es: 'Vínculos con otras formas de delincuencia',
  },
  'mesures-a-l-echelle-locale-ou-a-l-echelle-du-district': {
    en: 'Measures (local or district level)',
    es: 'Medidas (a nivel local o de distrito)',
  },
  'mesures-a-l-echelle-regionale': { en: 'Measures (regional level)', es: 'Medidas (a nivel regional)' },
  'mesures-de-justice-penale-gestion-des-dossiers': {
    en: 'Criminal justice measures (case management)',
    es: 'Medidas de justicia penal (gestión de casos)',
  },
  'mesures-de-justice-penale-procedures-judiciaires': {
    en: 'Criminal justice measures (judicial proceedings)',
    es: 'Medidas de justicia penal (procedimientos judiciales)',
  },
  'mesures-de-justice-penale-produit-d-activites-criminelles': {
    en: 'Criminal justice measures (proceeds of crime)',
    es: 'Medidas de justicia penal (producto del delito)',
  },
  'mesures-de-justice-penale-reseau-d-intervenants': {
    en: 'Criminal justice measures (network of practitioners)',
    es: 'Medidas de justicia penal (red de profesionales)',
  },
  'mesures-de-justice-penale-temoins': {
    en: 'Criminal justice measures (witnesses)',
    es: 'Medidas de justicia penal (testigos)',
  },
  'office-des-nations-unies-contre-la-drogue-et-le-crime-et-secretariat': {
    en: 'United Nations Office on Drugs and Crime and Secretariat',
    es: 'Oficina de las Naciones Unidas contra la Droga y el Delito y Secretaría',
  },
  'offre-et-demande': { en: 'Supply and demand', es: 'Oferta y demanda' },
  'prevention-du-crime': { en: 'Crime prevention', es: 'Prevención del delito' },
  'protocole-relatif-a-la-traite-des-personnes-adhesion-et-interpretation': {
    en: 'Trafficking in Persons Protocol (adherence and interpretation)',
    es: 'Protocolo contra la trata de personas (adhesión e interpretación)',
  },
  'protocole-relatif-a-la-traite-des-personnes-definition-des-concepts': {
    en: 'Trafficking in Persons Protocol (definition of concepts)',
    es: 'Protocolo contra la trata de personas (definición de conceptos)',
  },
  'recherche-collecte-de-donnees-et-analyse': {
    en: 'Research, data collection and analysis',
    es: 'Investigación, reunión de datos y análisis',
  },
  sensibilisation: { en: 'Awareness-raising', es: 'Sensibilización' },
  technologie: { en: 'Technology', es: 'Tecnología' },
  terrorisme: { en: 'Terrorism', es: 'Terrorismo' },
  'trafic-illicite-de-personnes-migrantes': { en: 'Smuggling of migrants', es: 'Tráfico ilícito de migrantes' },
  'victimes-confidentialite-et-vie-privee': {
    en: 'Victims (confidentiality and privacy)',
    es: 'Víctimas (confidencialidad y privacidad)',
  },
  'victimes-delai-de-reflexion': { en: 'Victims (reflection period)', es: 'Víctimas (período de reflexión)' },
  'victimes-en-tant-que-temoins': { en: 'Victims (as witnesses)', es: 'Víctimas (como testigos)' },
  'victimes-flux-migratoires-mixtes': {
    en: 'Victims (mixed migration flows)',
    es: 'Víctimas (flujos migratorios mixtos)',
  },
  'victimes-identification': { en: 'Victims (identification)', es: 'Víctimas (identificación)' },
  'victimes-indemnisation': { en: 'Victims (compensation)', es: 'Víctimas (indemnización)' },
  'victimes-information-et-assistance-judiciaire': {
    en: 'Victims (information and legal assistance)',
    es: 'Víctimas (información y asistencia jurídica)',
  },
  'victimes-non-sanction-et-non-poursuite': {
    en: 'Victims (non-punishment and non-prosecution)',
    es: 'Víctimas (no punición y no enjuiciamiento)',
  },
  'victimes-personnes-handicapees': {
    en: 'Victims (persons with disabilities)',
    es: 'Víctimas (personas con discapacidad)',
  },
  'victimes-point-de-vue-et-contributions': {
    en: 'Victims (views and contributions)',
    es: 'Víctimas (opiniones y contribuciones)',
  },
  'victimes-protection-et-assistance': {
    en: 'Victims (protection and assistance)',
    es: 'Víctimas (protección y asistencia)',
  },
  'victimes-retour-et-reinsertion': {
    en: 'Victims (return and reintegration)',
    es: 'Víctimas (retorno y reintegración)',
  },
  'victimes-revictimisation': { en: 'Victims (re-victimization)', es: 'Víctimas (revictimización)' },
};

/** The English or Spanish name of a theme, or its French name when none is known. */
export const themeNameIn = (lang: 'en' | 'es', id: string, french: string): string => THEME_NAMES[id]?.[lang] ?? french;
