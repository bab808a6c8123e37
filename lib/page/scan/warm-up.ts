/**
 * The citation engine's first use compiles its regular expressions, about 250 ms in all (the body-name and treaty
 * patterns take 5 to 30 ms each). Done inside one scan step that would be a long task, so the scan warms the engine
 * up first with one short text per pattern family, yielding between them: the page stays responsive.
 */

import type { ResolverData } from '../../citations';
import { hookNow, measureWarmUp } from '../bench-hooks';
import type { PageEngine } from './engine-on-demand';
import type { Slicer } from './slicer';

/** One short text per trigger and parser of the engine (symbols, instruments by body, treaties, pinpoints). */
export const WARM_UP_TEXTS = [
  'A/RES/1/1',
  'décision 1/1',
  "résolution 1/1 de l'Assemblée générale",
  'General Assembly resolution 1/1',
  'article 1 de la Convention contre la criminalité organisée',
  'article 1 du Protocole visant à prévenir, réprimer et punir la traite des personnes',
  'article 1 du Protocole contre le trafic illicite de migrants',
  "article 1 du Protocole contre la fabrication et le trafic illicites d'armes à feu",
  'paragraphe 1 de la résolution 1/1',
  'paragraphe 1 du rapport de la réunion de 2009',
  'Trafficking in Persons Protocol 1',
];

let warm = false;

/**
 * Warms the engine up once per page, each text twice (V8 compiles a hot pattern again), yielding whenever the slice
 * is used up: a cold engine yields after each pattern that used its budget; an engine whose compiled code V8 kept from another
 * page of the same process (about 2 ms in all) runs through without 22 trips to the back of the page's task queue.
 */
export async function warmUpEngine(slicer: Slicer, data: ResolverData | undefined, engine: PageEngine): Promise<void> {
  if (warm) return;
  const start = hookNow();
  let cpuMs = 0;
  for (const text of WARM_UP_TEXTS) {
    for (let i = 0; i < 2; i++) {
      const before = hookNow();
      engine.findCitations(text, data);
      cpuMs += hookNow() - before;
      if (slicer.shouldYield()) await slicer.yield();
    }
  }
  warm = true;
  measureWarmUp(start, cpuMs);
}
