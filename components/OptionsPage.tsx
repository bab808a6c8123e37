import type { ComponentChildren } from 'preact';

export interface OptionsPageProps {
  /** Page heading. */
  title: string;
  /** Paragraph under the heading. */
  intro: string;
  /** The settings form, or a loading line. */
  children?: ComponentChildren;
}

/** The options page layout. */
export function OptionsPage({ title, intro, children }: OptionsPageProps) {
  return (
    <main class="options">
      <h1>{title}</h1>
      <p>{intro}</p>
      {children}
    </main>
  );
}
