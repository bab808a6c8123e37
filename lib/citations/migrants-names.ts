/**
 * The Migrants Protocol's names after the noun by its subject, beyond its official titles (`official-titles.ts`): the
 * short and informal names, translations and slips real text writes (`le Protocole relatif aux migrants`, `el Protocolo
 * de Migrantes`, `the UN protocol against migrant smuggling`). Each names the migrants, so no other Protocol's. Literal
 * title phrases, read tolerantly by `treaty-tables.ts` (`title`: `contra` as `sobre`, `against` as `on`, `&` for `and`).
 */
export const MIGRANTS_BY_SUBJECT: readonly string[] = [
  'against Smuggling of Migrants', // without its article (dev en-425)
  'contre les trafics illicites de migrants',
  'relatif au trafic illicite de migrants',
  'relatif au trafic illicite des migrants',
  // The short name by its subject alone (`le Protocole relatif aux migrants`): no other Protocol is so named.
  'relatif aux migrants',
  'sur le trafic de migrants',
  // The short name without `ilícito`, and the adjective in the plural by an author's slip (`del Protocolo Contra el
  // Tráfico Ilícitos de Migrantes`, dev es-326).
  'contra el tráfico de migrantes',
  'contra el tráfico ilícitos de migrantes',
  // A machine translation's `trafficking` for smuggling (an Austrian gazette's, dev en-460): no other Protocol's.
  'against the trafficking of migrants',
  // The Swiss official title (`Protocole additionnel contre le trafic illicite de migrants par terre, air et mer`,
  // RS 0.311.541; session 23), and the Spanish subject without its article (`del Protocolo sobre Tráfico Ilícito
  // de Migrantes`, as `against Smuggling of Migrants`): the full subject phrase, no other treaty's.
  'additionnel contre le trafic illicite de migrants',
  'contra tráfico ilícito de migrantes',
  // `smuggling` calqued as `contrabando` (`El Protocolo de Contrabando de Migrantes`, a machine translation from
  // English, p2es-018; session 24): the migrants named, no other Protocol's.
  ...['de Contrabando de Migrantes', 'contra el Contrabando de Migrantes'],
  // Short and informal names by the subject (probe set 5, session 29): `el Protocolo de Migrantes` / `sobre
  // Migrantes` (as `de armas de fuego` for the Firearms Protocol), `Protocolo sobre tráfico de migrantes` (`title`
  // reads `contra` as `sobre`), the UN's name before the subject (`le protocole de l'ONU contre le trafic de
  // migrants`, `el protocolo de la ONU sobre tráfico de migrantes`), and the English `protocol against migrant
  // smuggling` (`the UN protocol against migrant smuggling`, a news report). Each names the migrants: no other
  // Protocol's.
  ...['de Migrantes', 'sobre Migrantes', 'contra tráfico de migrantes'],
  // And the subject with its noun after `de` (`los arts. 15 y 16 del Protocolo de Tráfico de Migrantes`, an NGO report,
  // probe p13es-050; session 37), as `de Migrantes` above: the migrants named, no other Protocol's.
  ...['de Tráfico de Migrantes', 'de Tráfico Ilícito de Migrantes'],
  ...['ONU', "de l'ONU", 'des Nations Unies'].flatMap((un) =>
    ['contre le trafic de migrants', 'contre le trafic illicite de migrants'].map((w) => `${un} ${w}`),
  ),
  ...['de la ONU', 'de las Naciones Unidas'].flatMap((un) =>
    ['contra el tráfico de migrantes', 'contra tráfico de migrantes', 'contra el tráfico ilícito de migrantes'].map(
      (w) => `${un} ${w}`,
    ),
  ),
  'against migrant smuggling',
  // The subject after `sur les` (`Protocole sur les migrants, art. 3, al. a)`, course notes, probe p9fr-017), as
  // `relatif aux migrants`.
  'sur les migrants',
];

/**
 * The French shorthand without a preposition (as `armes à feu` for the Firearms Protocol, `traite` for the TIP
 * Protocol): a table's `Art. 5 Protocole migrants | Responsabilité pénale…` (probe p10fr-009), a heading's `Protocole
 * migrants (2000)`. Only where a cell, a bracket, a colon, a semicolon, a comma or a sentence's end follows it: after
 * the separator's comma it is the next clause's subject (`article 5 of the Protocol, migrants shall not…`, p6en-029).
 */
export const MIGRANTS_SHORTHAND = 'migrants(?=[ \\t]?[|)(;:,\\n]|\\.(?:\\s|$)|$)';
