import type { RenvoiDatabase } from '../db/database';
import type { createSeeder } from '../db/seed';
import type { Handlers } from '../messaging/server';

/** What the background's handlers, menus and omnibox work with: the database, its seeder, the PDF routing handlers. */
export interface BackgroundServices {
  db: RenvoiDatabase;
  seeder: ReturnType<typeof createSeeder>;
  /** The `pdf/*` handlers (lib/background/pdf-routing.ts); absent in tests that do not route PDFs. */
  pdfHandlers?: Pick<Handlers, Extract<keyof Handlers, `pdf/${string}`>>;
}
