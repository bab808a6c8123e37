import type { ComponentChildren } from 'preact';

/** A titled part of the card (themes, recommendations, cited by). */
export function CardSection({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="rv-section">
      <h3 class="rv-section__title">{title}</h3>
      {children}
    </section>
  );
}
