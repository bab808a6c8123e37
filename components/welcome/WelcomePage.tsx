import { i18n } from '#i18n';

export interface WelcomePageProps {
  /** Renvoi is on: the sample paragraph will be marked (otherwise the page says why it is not). */
  active: boolean;
  /** The full-page saved list (`saved.html`). */
  savedHref: string;
  /** The options page. */
  optionsHref: string;
}

/**
 * "How Renvoi works": what it does in three lines, a paragraph of a real UN document to hover (the entry point runs
 * a page session on this page, so its citations are marked and open cards), where the popup and the saved list
 * are, what Renvoi never does, and how to pause it on a site.
 */
export function WelcomePage({ active, savedHref, optionsHref }: WelcomePageProps) {
  return (
    <main class="welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p class="welcome__lead">{i18n.t('welcome.lead')}</p>

      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">{i18n.t('welcome.what.heading')}</h2>
        <ol class="welcome__steps">
          <li>{i18n.t('welcome.what.find')}</li>
          <li>{i18n.t('welcome.what.hover')}</li>
          <li>{i18n.t('welcome.what.keep')}</li>
        </ol>
      </section>

      <section aria-labelledby="welcome-try" class="welcome__try">
        <h2 id="welcome-try">{i18n.t('welcome.try.heading')}</h2>
        <p class="welcome__hint">{i18n.t('welcome.try.hint')}</p>
        {/* The live paragraph: plain text, marked by Renvoi's page session like any page's. */}
        <blockquote class="welcome__sample">
          <p data-renvoi-sample="">{i18n.t('welcome.try.sample')}</p>
        </blockquote>
        {active ? null : (
          <p class="welcome__off" role="status">
            {i18n.t('welcome.try.off')}
          </p>
        )}
      </section>

      <section aria-labelledby="welcome-where">
        <h2 id="welcome-where">{i18n.t('welcome.where.heading')}</h2>
        <p>{i18n.t('welcome.where.popup')}</p>
        <p>
          {i18n.t('welcome.where.saved')} <a href={savedHref}>{i18n.t('welcome.where.savedLink')}</a>
        </p>
      </section>

      <section aria-labelledby="welcome-never">
        <h2 id="welcome-never">{i18n.t('welcome.never.heading')}</h2>
        <ul>
          <li>{i18n.t('welcome.never.network')}</li>
          <li>{i18n.t('welcome.never.page')}</li>
        </ul>
      </section>

      <section aria-labelledby="welcome-pause">
        <h2 id="welcome-pause">{i18n.t('welcome.pause.heading')}</h2>
        <p>{i18n.t('welcome.pause.site')}</p>
        <p>
          {i18n.t('welcome.pause.settings')} <a href={optionsHref}>{i18n.t('welcome.pause.settingsLink')}</a>
        </p>
      </section>
    </main>
  );
}
