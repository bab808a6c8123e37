import { openDatabase } from '../../lib/db/database';
import { createSeeder } from '../../lib/db/seed';
import type { BackgroundServices } from '../../lib/background/services';
import type { Corpus } from '../../corpus/schema';
import { makeCorpus } from './corpus';

let n = 0;

/** Background services over a fresh fake-indexeddb database seeded lazily from `corpus`. Import fake-indexeddb/auto first. */
export function makeServices(corpus: Corpus = makeCorpus()): BackgroundServices {
  const db = openDatabase(`services-${n++}`);
  return { db, seeder: createSeeder(db, async () => corpus) };
}
