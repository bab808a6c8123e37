/**
 * Article titles of the United Nations Convention against Transnational Organized Crime (General Assembly resolution
 * 55/25, annex I) and of its three Protocols (Trafficking in Persons, annex II; Smuggling of Migrants, annex III;
 * Firearms, resolution 55/255, annex), in English and French, as printed in the official texts. Data only: a
 * treaty card shows the title of the cited article.
 */

import type { TreatyId } from '../../citations';
import type { Bilingual } from '../../cards/card-data';

/** One article title in the two interface languages. */
export type ArticleTitle = Bilingual;

/** Final clauses shared, word for word, by the four instruments. */
const SIGNATURE: ArticleTitle = {
  en: 'Signature, ratification, acceptance, approval and accession',
  fr: 'Signature, ratification, acceptation, approbation et adhésion',
};
const ENTRY_INTO_FORCE: ArticleTitle = { en: 'Entry into force', fr: 'Entrée en vigueur' };
const AMENDMENT: ArticleTitle = { en: 'Amendment', fr: 'Amendement' };
const DENUNCIATION: ArticleTitle = { en: 'Denunciation', fr: 'Dénonciation' };
const DEPOSITARY: ArticleTitle = { en: 'Depositary and languages', fr: 'Dépositaire et langues' };
const SETTLEMENT: ArticleTitle = { en: 'Settlement of disputes', fr: 'Règlement des différends' };
const RELATION_WITH_CONVENTION: ArticleTitle = {
  en: 'Relation with the United Nations Convention against Transnational Organized Crime',
  fr: 'Relation avec la Convention des Nations Unies contre la criminalité transnationale organisée',
};
const PURPOSE: ArticleTitle = { en: 'Statement of purpose', fr: 'Objet' };
const TERMS: ArticleTitle = { en: 'Use of terms', fr: 'Terminologie' };
const SCOPE: ArticleTitle = { en: 'Scope of application', fr: "Champ d'application" };
const CRIMINALIZATION: ArticleTitle = { en: 'Criminalization', fr: 'Incrimination' };
const BORDER: ArticleTitle = { en: 'Border measures', fr: 'Mesures aux frontières' };
const DOCUMENT_SECURITY: ArticleTitle = {
  en: 'Security and control of documents',
  fr: 'Sécurité et contrôle des documents',
};
const DOCUMENT_VALIDITY: ArticleTitle = {
  en: 'Legitimacy and validity of documents',
  fr: 'Légitimité et validité des documents',
};
const SAVING: ArticleTitle = { en: 'Saving clause', fr: 'Clause de sauvegarde' };
const INFORMATION: ArticleTitle = { en: 'Information', fr: 'Information' };
const COOPERATION: ArticleTitle = { en: 'Cooperation', fr: 'Coopération' };
const TRAINING: ArticleTitle = { en: 'Training and technical assistance', fr: 'Formation et assistance technique' };

/** Titles by treaty, index 0 = article 1. */
export const TREATY_ARTICLES: Record<TreatyId, readonly ArticleTitle[]> = {
  UNTOC: [
    PURPOSE,
    TERMS,
    SCOPE,
    { en: 'Protection of sovereignty', fr: 'Protection de la souveraineté' },
    {
      en: 'Criminalization of participation in an organized criminal group',
      fr: 'Incrimination de la participation à un groupe criminel organisé',
    },
    {
      en: 'Criminalization of the laundering of proceeds of crime',
      fr: 'Incrimination du blanchiment du produit du crime',
    },
    { en: 'Measures to combat money-laundering', fr: "Mesures de lutte contre le blanchiment d'argent" },
    { en: 'Criminalization of corruption', fr: 'Incrimination de la corruption' },
    { en: 'Measures against corruption', fr: 'Mesures contre la corruption' },
    { en: 'Liability of legal persons', fr: 'Responsabilité des personnes morales' },
    { en: 'Prosecution, adjudication and sanctions', fr: 'Poursuites judiciaires, jugement et sanctions' },
    { en: 'Confiscation and seizure', fr: 'Confiscation et saisie' },
    {
      en: 'International cooperation for purposes of confiscation',
      fr: 'Coopération internationale aux fins de confiscation',
    },
    {
      en: 'Disposal of confiscated proceeds of crime or property',
      fr: 'Disposition du produit du crime ou des biens confisqués',
    },
    { en: 'Jurisdiction', fr: 'Compétence' },
    { en: 'Extradition', fr: 'Extradition' },
    { en: 'Transfer of sentenced persons', fr: 'Transfèrement des personnes condamnées' },
    { en: 'Mutual legal assistance', fr: 'Entraide judiciaire' },
    { en: 'Joint investigations', fr: 'Enquêtes conjointes' },
    { en: 'Special investigative techniques', fr: "Techniques d'enquête spéciales" },
    { en: 'Transfer of criminal proceedings', fr: 'Transfert des procédures pénales' },
    { en: 'Establishment of criminal record', fr: 'Établissement des antécédents judiciaires' },
    {
      en: 'Criminalization of obstruction of justice',
      fr: "Incrimination de l'entrave au bon fonctionnement de la justice",
    },
    { en: 'Protection of witnesses', fr: 'Protection des témoins' },
    { en: 'Assistance to and protection of victims', fr: "Octroi d'une assistance et d'une protection aux victimes" },
    {
      en: 'Measures to enhance cooperation with law enforcement authorities',
      fr: 'Mesures propres à renforcer la coopération avec les services de détection et de répression',
    },
    { en: 'Law enforcement cooperation', fr: 'Coopération entre les services de détection et de répression' },
    {
      en: 'Collection, exchange and analysis of information on the nature of organized crime',
      fr: "Collecte, échange et analyse d'informations sur la nature de la criminalité organisée",
    },
    TRAINING,
    {
      en: 'Other measures: implementation of the Convention through economic development and technical assistance',
      fr: "Autres mesures: application de la Convention dans le cadre du développement économique et de l'assistance technique",
    },
    { en: 'Prevention', fr: 'Prévention' },
    { en: 'Conference of the Parties to the Convention', fr: 'Conférence des Parties à la Convention' },
    { en: 'Secretariat', fr: 'Secrétariat' },
    { en: 'Implementation of the Convention', fr: 'Application de la Convention' },
    SETTLEMENT,
    SIGNATURE,
    { en: 'Relation with protocols', fr: 'Relation avec les protocoles' },
    ENTRY_INTO_FORCE,
    AMENDMENT,
    DENUNCIATION,
    DEPOSITARY,
  ],
  TIP: [
    RELATION_WITH_CONVENTION,
    PURPOSE,
    TERMS,
    SCOPE,
    CRIMINALIZATION,
    {
      en: 'Assistance to and protection of victims of trafficking in persons',
      fr: 'Assistance et protection accordées aux victimes de la traite des personnes',
    },
    {
      en: 'Status of victims of trafficking in persons in receiving States',
      fr: "Statut des victimes de la traite des personnes dans les États d'accueil",
    },
    {
      en: 'Repatriation of victims of trafficking in persons',
      fr: 'Rapatriement des victimes de la traite des personnes',
    },
    { en: 'Prevention of trafficking in persons', fr: 'Prévention de la traite des personnes' },
    { en: 'Information exchange and training', fr: "Échange d'informations et formation" },
    BORDER,
    DOCUMENT_SECURITY,
    DOCUMENT_VALIDITY,
    SAVING,
    SETTLEMENT,
    SIGNATURE,
    ENTRY_INTO_FORCE,
    AMENDMENT,
    DENUNCIATION,
    DEPOSITARY,
  ],
  MIG: [
    RELATION_WITH_CONVENTION,
    PURPOSE,
    TERMS,
    SCOPE,
    { en: 'Criminal liability of migrants', fr: 'Responsabilité pénale des migrants' },
    CRIMINALIZATION,
    COOPERATION,
    {
      en: 'Measures against the smuggling of migrants by sea',
      fr: 'Mesures contre le trafic illicite de migrants par mer',
    },
    { en: 'Safeguard clauses', fr: 'Clauses de protection' },
    INFORMATION,
    BORDER,
    DOCUMENT_SECURITY,
    DOCUMENT_VALIDITY,
    { en: 'Training and technical cooperation', fr: 'Formation et coopération technique' },
    { en: 'Other prevention measures', fr: 'Autres mesures de prévention' },
    { en: 'Protection and assistance measures', fr: "Mesures de protection et d'assistance" },
    { en: 'Agreements and arrangements', fr: 'Accords et arrangements' },
    { en: 'Return of smuggled migrants', fr: "Retour des migrants objet d'un trafic illicite" },
    SAVING,
    SETTLEMENT,
    SIGNATURE,
    ENTRY_INTO_FORCE,
    AMENDMENT,
    DENUNCIATION,
    DEPOSITARY,
  ],
  FIRE: [
    RELATION_WITH_CONVENTION,
    PURPOSE,
    TERMS,
    SCOPE,
    CRIMINALIZATION,
    { en: 'Confiscation, seizure and disposal', fr: 'Confiscation, saisie et disposition' },
    { en: 'Record-keeping', fr: 'Conservation des informations' },
    { en: 'Marking of firearms', fr: 'Marquage des armes à feu' },
    { en: 'Deactivation of firearms', fr: 'Neutralisation des armes à feu' },
    {
      en: 'General requirements for export, import and transit licensing or authorization systems',
      fr: "Obligations générales concernant les systèmes de licences ou d'autorisations d'exportation, d'importation et de transit",
    },
    { en: 'Security and preventive measures', fr: 'Mesures de sécurité et de prévention' },
    INFORMATION,
    COOPERATION,
    TRAINING,
    { en: 'Brokers and brokering', fr: 'Courtiers et courtage' },
    SETTLEMENT,
    SIGNATURE,
    ENTRY_INTO_FORCE,
    AMENDMENT,
    DENUNCIATION,
    DEPOSITARY,
  ],
};

/** The title of an article in the interface language (`fr`, anything else is English); null when out of range. */
export function articleTitle(treaty: TreatyId, article: number, lang: string): string | null {
  const title = TREATY_ARTICLES[treaty][article - 1];
  if (!title) return null;
  return lang.startsWith('fr') ? title.fr : title.en;
}
