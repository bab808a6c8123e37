import { i18n } from '#i18n';

/** "How Renvoi works": the welcome page, in a new tab (from the popup, a link opens one). */
export function HowItWorksLink({ href }: { href: string }) {
  return (
    <a class="how-it-works" href={href} target="_blank" rel="noopener">
      {i18n.t('welcome.link')}
    </a>
  );
}
