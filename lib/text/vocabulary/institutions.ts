import { term } from './vocabulary-types';

/** Bodies, instruments, programmes and their acronyms. */
export const INSTITUTION_TERMS = [
  term(
    ['ONUDC', 'Office des Nations Unies contre la drogue et le crime'],
    ['UNODC', 'United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime'],
    ['UNODC', 'ONUDD', 'Oficina de las Naciones Unidas contra la Droga y el Delito'],
    'office-des-nations-unies-contre-la-drogue-et-le-crime-et-secretariat',
  ),
  term(
    'Secrétariat',
    ['Secretariat', 'the secretariat'],
    ['Secretaría'],
    'office-des-nations-unies-contre-la-drogue-et-le-crime-et-secretariat',
  ),
  term(
    'Office des Nations Unies contre la drogue et le crime et Secrétariat',
    ['UNODC and the Secretariat', 'UNODC and Secretariat'],
    ['UNODC y la Secretaría'],
    'office-des-nations-unies-contre-la-drogue-et-le-crime-et-secretariat',
  ),
  term(
    'Groupe interinstitutions de coordination contre la traite des personnes',
    [
      'ICAT',
      'Inter-Agency Coordination Group against Trafficking in Persons',
      'Inter-Agency Coordination Group against Trafficking',
      'Inter-agency Coordination Group',
    ],
    [
      'ICAT',
      'Grupo Interinstitucional de Coordinación contra la Trata de Personas',
      'Grupo Interinstitucional de Coordinación',
    ],
    'groupe-interinstitutions-de-coordination-contre-la-traite-des-personnes',
  ),
  term(
    'Groupe interinstitutions de coopération contre la traite des personnes',
    ['Inter-Agency Cooperation Group against Trafficking'],
    ['Grupo Interinstitucional de Cooperación contra la Trata'],
    'groupe-interinstitutions-de-coordination-contre-la-traite-des-personnes',
  ),
  term(
    'Initiative mondiale contre la traite des êtres humains',
    ['UN.GIFT', 'UNGIFT', 'Global Initiative to Fight Human Trafficking'],
    ['UN.GIFT', 'Iniciativa Mundial contra la Trata de Personas'],
  ),
  term(
    'Action mondiale',
    ['GLO.ACT', 'GLOACT', 'Global Action to Prevent and Address Trafficking'],
    ['GLO.ACT', 'Acción Mundial'],
  ),
  term(
    'Cœur bleu',
    ['Blue Heart', 'Blue Heart campaign', 'Blue Heart Campaign against Human Trafficking'],
    ['Corazón Azul', 'campaña Corazón Azul'],
  ),
  term('Bandeau bleu', ['Blue Blindfold', 'Blue Blindfold campaign'], ['Venda Azul']),
  term(
    'Rapport mondial sur la traite des personnes',
    ['Global Report on Trafficking in Persons', 'Global Report', 'GLOTIP', 'global trafficking report'],
    ['Informe mundial sobre la trata de personas', 'Informe mundial'],
  ),
  term(
    'Fonds de contributions volontaires des Nations Unies',
    [
      'UN Voluntary Trust Fund',
      'United Nations Voluntary Trust Fund',
      'Voluntary Trust Fund',
      'Trust Fund',
      'trust fund for victims',
    ],
    [
      'Fondo Fiduciario de las Naciones Unidas',
      'Fondo Fiduciario de Contribuciones Voluntarias',
      'Fondo Fiduciario',
      'fondo fiduciario para las víctimas',
    ],
    'fonds-de-contributions-volontaires-des-nations-unies-en-faveur-des-victimes-de-la-traite-des-personnes-en-particulier-des-femmes-et-des-enfants',
  ),
  term(
    'Plan d’action mondial',
    ['Global Plan of Action', 'Global Plan of Action to Combat Trafficking in Persons'],
    ['Plan de Acción Mundial'],
  ),
  term(
    'Protocole relatif à la traite des personnes',
    ['Trafficking in Persons Protocol', 'Trafficking Protocol', 'Palermo Protocol', 'the Protocol', 'TIP Protocol'],
    ['Protocolo contra la trata de personas', 'Protocolo de Palermo', 'el Protocolo', 'Protocolo de trata'],
  ),
  term('Protocole', ['Protocol', 'protocols'], ['Protocolo', 'protocolos']),
  term(
    'Protocole contre le trafic illicite de migrants',
    ['Smuggling of Migrants Protocol', 'Migrant Smuggling Protocol', 'Smuggling Protocol'],
    ['Protocolo contra el tráfico ilícito de migrantes'],
  ),
  term(
    [
      'Convention contre la criminalité organisée',
      'Convention des Nations Unies contre la criminalité transnationale organisée',
    ],
    [
      'Organized Crime Convention',
      'UNTOC',
      'United Nations Convention against Transnational Organized Crime',
      'Palermo Convention',
      'Convention against Transnational Organized Crime',
    ],
    [
      'Convención contra la Delincuencia Organizada',
      'Convención de Palermo',
      'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    ],
  ),
  term(
    'Convention des Nations Unies contre la corruption',
    ['United Nations Convention against Corruption', 'UNCAC', 'Convention against Corruption'],
    ['Convención de las Naciones Unidas contra la Corrupción', 'Convención contra la Corrupción'],
    'corruption',
  ),
  term(
    'Convention',
    ['Convention', 'conventions', 'treaty', 'treaties'],
    ['Convención', 'convenciones', 'tratado', 'tratados'],
  ),
  term(
    'Conférence des Parties',
    ['Conference of the Parties', 'COP', 'Conference of Parties'],
    ['Conferencia de las Partes'],
    'conference-des-parties-a-la-convention-des-nations-unies-contre-la-criminalite-transnationale-organisee-et-groupe-de-travail-sur-la-traite-des-personnes-role-et-travaux',
  ),
  term(
    'Groupe de travail sur la traite des personnes',
    ['Working Group on Trafficking in Persons', 'Working Group on Trafficking', 'the Working Group', 'Working Group'],
    ['Grupo de Trabajo sobre la Trata de Personas', 'Grupo de Trabajo'],
    'conference-des-parties-a-la-convention-des-nations-unies-contre-la-criminalite-transnationale-organisee-et-groupe-de-travail-sur-la-traite-des-personnes-role-et-travaux',
  ),
  term(
    'rôle et travaux',
    ['role and work', 'role of the Conference', 'work of the Working Group', 'mandate'],
    ['función y labor', 'mandato'],
    'conference-des-parties-a-la-convention-des-nations-unies-contre-la-criminalite-transnationale-organisee-et-groupe-de-travail-sur-la-traite-des-personnes-role-et-travaux',
  ),
  term('Assemblée générale', ['General Assembly', 'UNGA'], ['Asamblea General']),
  term('Conseil économique et social', ['Economic and Social Council', 'ECOSOC'], ['Consejo Económico y Social']),
  term('Conseil de sécurité', ['Security Council'], ['Consejo de Seguridad']),
  term('Conseil des droits de l’homme', ['Human Rights Council'], ['Consejo de Derechos Humanos']),
  term(
    'Rapporteuse spéciale',
    ['Special Rapporteur', 'Special Rapporteur on trafficking'],
    ['Relatora Especial', 'Relator Especial'],
  ),
  term(
    'Commission pour la prévention du crime et la justice pénale',
    ['Commission on Crime Prevention and Criminal Justice', 'CCPCJ', 'Crime Commission'],
    ['Comisión de Prevención del Delito y Justicia Penal'],
  ),
  term(
    'Organisation internationale du Travail',
    ['International Labour Organization', 'ILO', 'International Labour Office'],
    ['Organización Internacional del Trabajo', 'OIT'],
  ),
  term(
    'Organisation internationale pour les migrations',
    ['International Organization for Migration', 'IOM'],
    ['Organización Internacional para las Migraciones', 'OIM'],
  ),
  term(
    'Haut-Commissariat des Nations Unies aux droits de l’homme',
    ['OHCHR', 'Office of the High Commissioner for Human Rights', 'High Commissioner for Human Rights'],
    ['ACNUDH', 'Oficina del Alto Comisionado para los Derechos Humanos'],
  ),
  term(
    'Organisation mondiale de la Santé',
    ['World Health Organization', 'WHO'],
    ['Organización Mundial de la Salud', 'OMS'],
  ),
  term(
    'Office des Nations Unies à Vienne',
    ['United Nations Office at Vienna', 'UNOV'],
    ['Oficina de las Naciones Unidas en Viena'],
  ),
  term(
    'Principes et directives concernant les droits de l’homme et la traite des êtres humains',
    [
      'Recommended Principles and Guidelines on Human Rights and Human Trafficking',
      'Recommended Principles and Guidelines',
    ],
    ['Principios y Directrices recomendados sobre los derechos humanos y la trata de personas'],
  ),
  term('Sherloc', ['SHERLOC', 'knowledge management portal'], ['SHERLOC']),
  term('Nations Unies', ['United Nations', 'UN'], ['Naciones Unidas', 'ONU']),
  term('décision', ['decision', 'decisions'], ['decisión', 'decisiones']),
  term('résolution', ['resolution', 'resolutions'], ['resolución', 'resoluciones']),
  term('recommandations', ['recommendations', 'recommendation'], ['recomendaciones', 'recomendación']),
  term('réunion', ['meeting', 'meetings', 'session', 'sessions'], ['reunión', 'reuniones', 'período de sesiones']),
  term('article', ['article', 'articles'], ['artículo', 'artículos']),
] as const;
