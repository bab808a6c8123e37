import type { BodyId, TreatyName } from './document-facts';
import type { Lang } from './lang';

/** Full names of the issuing bodies (CSL `authority`, RIS `AU`), in English and French. */
export const BODY_NAMES: Record<BodyId, Record<Lang, string>> = {
  wg: {
    en: 'Working Group on Trafficking in Persons',
    fr: 'Groupe de travail sur la traite des personnes',
  },
  cop: {
    en: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    fr: 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
  },
  ga: { en: 'United Nations General Assembly', fr: 'Assemblée générale des Nations Unies' },
  sc: { en: 'United Nations Security Council', fr: 'Conseil de sécurité des Nations Unies' },
  hrc: { en: 'Human Rights Council', fr: 'Conseil des droits de l’homme' },
  ecosoc: { en: 'Economic and Social Council', fr: 'Conseil économique et social' },
  chr: { en: 'Commission on Human Rights', fr: 'Commission des droits de l’homme' },
  ccpcj: {
    en: 'Commission on Crime Prevention and Criminal Justice',
    fr: 'Commission pour la prévention du crime et la justice pénale',
  },
  un: { en: 'United Nations', fr: 'Nations Unies' },
};

/** Short names used inside labels ("Working Group report, 2011", « Rapport du Groupe de travail »). */
export const BODY_SHORT: Record<BodyId, Record<Lang, { name: string; of: string }>> = {
  wg: {
    en: { name: 'Working Group', of: 'of the Working Group' },
    fr: { name: 'Groupe de travail', of: 'du Groupe de travail' },
  },
  cop: {
    en: { name: 'Conference of the Parties', of: 'of the Conference of the Parties' },
    fr: { name: 'Conférence des Parties', of: 'de la Conférence des Parties' },
  },
  ga: {
    en: { name: 'General Assembly', of: 'of the General Assembly' },
    fr: { name: 'Assemblée générale', of: 'de l’Assemblée générale' },
  },
  sc: {
    en: { name: 'Security Council', of: 'of the Security Council' },
    fr: { name: 'Conseil de sécurité', of: 'du Conseil de sécurité' },
  },
  hrc: {
    en: { name: 'Human Rights Council', of: 'of the Human Rights Council' },
    fr: { name: 'Conseil des droits de l’homme', of: 'du Conseil des droits de l’homme' },
  },
  ecosoc: {
    en: { name: 'Economic and Social Council', of: 'of the Economic and Social Council' },
    fr: { name: 'Conseil économique et social', of: 'du Conseil économique et social' },
  },
  chr: {
    en: { name: 'Commission on Human Rights', of: 'of the Commission on Human Rights' },
    fr: { name: 'Commission des droits de l’homme', of: 'de la Commission des droits de l’homme' },
  },
  ccpcj: {
    en: {
      name: 'Commission on Crime Prevention and Criminal Justice',
      of: 'of the Commission on Crime Prevention and Criminal Justice',
    },
    fr: {
      name: 'Commission pour la prévention du crime et la justice pénale',
      of: 'de la Commission pour la prévention du crime et la justice pénale',
    },
  },
  un: {
    en: { name: 'United Nations', of: 'of the United Nations' },
    fr: { name: 'Nations Unies', of: 'des Nations Unies' },
  },
};

export const TREATY_NAMES: Record<TreatyName, Record<Lang, string>> = {
  UNTOC: {
    en: 'United Nations Convention against Transnational Organized Crime',
    fr: 'Convention des Nations Unies contre la criminalité transnationale organisée',
  },
  'TIP Protocol': { en: 'Trafficking in Persons Protocol', fr: 'Protocole relatif à la traite des personnes' },
  'Migrants Protocol': { en: 'Smuggling of Migrants Protocol', fr: 'Protocole relatif au trafic illicite de migrants' },
  'Firearms Protocol': { en: 'Firearms Protocol', fr: 'Protocole relatif aux armes à feu' },
};
