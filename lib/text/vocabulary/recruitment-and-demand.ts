import { term } from './vocabulary-types';

/** How victims are recruited and held (means), the demand and supply chains behind it, and work and workers. */
export const RECRUITMENT_AND_DEMAND_TERMS = [
  term(
    'recrutement',
    ['recruitment', 'recruiting', 'recruiters', 'recruit'],
    ['contratación', 'reclutamiento', 'captación', 'reclutadores'],
  ),
  term(
    'méthodes de recrutement',
    ['recruitment methods', 'online recruitment', 'recruitment practices'],
    ['métodos de captación', 'reclutamiento en línea', 'captación en línea'],
  ),
  term(
    'agences de recrutement',
    ['recruitment agencies', 'recruitment agency', 'employment agencies', 'labour recruiters', 'recruitment agents'],
    ['agencias de contratación', 'agencias de reclutamiento', 'agencias de empleo'],
    'agences-de-recrutement-et-frais-de-recrutement',
  ),
  term(
    'frais de recrutement',
    ['recruitment fees', 'recruitment costs', 'fees charged to workers'],
    ['comisiones de contratación', 'tarifas de contratación', 'costos de contratación', 'honorarios de contratación'],
    'agences-de-recrutement-et-frais-de-recrutement',
  ),
  term(
    'tromperie',
    ['deception', 'deceptive', 'fraud', 'deceived'],
    ['engaño', 'fraude'],
    'protocole-relatif-a-la-traite-des-personnes-definition-des-concepts',
  ),
  term(
    'contrainte',
    ['coercion', 'coerced', 'force', 'threats'],
    ['coacción', 'coerción', 'amenazas'],
    'protocole-relatif-a-la-traite-des-personnes-definition-des-concepts',
  ),
  term(
    'abus d’autorité',
    ['abuse of power', 'abuse of authority'],
    ['abuso de poder', 'abuso de autoridad'],
    'protocole-relatif-a-la-traite-des-personnes-definition-des-concepts',
  ),
  term('moyens', ['means'], ['medios'], 'protocole-relatif-a-la-traite-des-personnes-definition-des-concepts'),
  term('demande', ['demand', 'demand side'], ['demanda'], 'offre-et-demande'),
  term(
    'décourager la demande',
    [
      'discourage demand',
      'discouraging demand',
      'reduce demand',
      'reducing demand',
      'demand reduction',
      'tackling demand',
    ],
    ['desalentar la demanda', 'reducir la demanda', 'reducción de la demanda'],
    'offre-et-demande',
  ),
  term('offre et demande', ['supply and demand'], ['oferta y demanda'], 'offre-et-demande'),
  term(
    'consommateurs',
    ['consumers', 'consumer'],
    ['consumidores', 'consumidor'],
    'consommateurs-clients-et-utilisateurs-de-produits-et-de-services-produits-par-les-victimes-de-la-traite',
  ),
  term(
    'clients',
    ['clients', 'customers', 'buyers'],
    ['clientes', 'compradores'],
    'consommateurs-clients-et-utilisateurs-de-produits-et-de-services-produits-par-les-victimes-de-la-traite',
  ),
  term(
    'usagers',
    ['users', 'users of services'],
    ['usuarios'],
    'consommateurs-clients-et-utilisateurs-de-produits-et-de-services-produits-par-les-victimes-de-la-traite',
  ),
  term('produits', ['goods', 'products'], ['productos', 'bienes']),
  term(
    'chaînes d’approvisionnement',
    ['supply chains', 'supply chain', 'value chains'],
    ['cadenas de suministro', 'cadena de suministro', 'cadenas de abastecimiento', 'cadenas de valor'],
  ),
  term('diligence raisonnable', ['due diligence', 'human rights due diligence'], ['diligencia debida']),
  term(
    'marchés publics',
    ['public procurement', 'government procurement', 'procurement'],
    ['contratación pública', 'compras públicas', 'adquisiciones públicas'],
  ),
  term(
    'pays d’origine',
    ['countries of origin', 'country of origin', 'source countries', 'origin countries'],
    ['países de origen', 'país de origen'],
  ),
  term(
    'pays de destination',
    ['countries of destination', 'destination countries', 'country of destination'],
    ['países de destino', 'país de destino'],
  ),
  term('transit', ['transit', 'transit countries'], ['tránsito', 'países de tránsito']),
  term(
    'employés domestiques',
    ['domestic workers', 'domestic worker', 'domestic employees', 'household workers'],
    ['trabajadores domésticos', 'empleados domésticos', 'trabajo doméstico', 'trabajadoras domésticas'],
  ),
  term(
    'diplomates',
    ['diplomats', 'diplomat', 'diplomatic households'],
    ['diplomáticos', 'diplomático'],
    'intervenants-agents-consulaires-et-diplomatiques',
  ),
  term('employeurs', ['employers', 'employer', 'businesses', 'companies'], ['empleadores', 'empleador', 'empresas']),
  term('travailleurs', ['workers', 'worker', 'employees'], ['trabajadores', 'trabajador', 'empleados']),
  term('travail', ['labour', 'labor', 'work', 'employment'], ['trabajo', 'empleo', 'laboral']),
  term('salaire', ['wages', 'salary', 'pay'], ['salario', 'sueldo']),
] as const;
