export interface OptionsPageProps {
  /** Page heading. */
  title: string;
  /** Paragraph under the heading. */
  intro: string;
}

/** The options page layout. Settings controls are added by the hover-card issue. */
export function OptionsPage({ title, intro }: OptionsPageProps) {
  return (
    <main class="options" style={{ maxWidth: '720px', margin: '0 auto', padding: '24px' }}>
      <h1 style={{ fontSize: '20px' }}>{title}</h1>
      <p>{intro}</p>
    </main>
  );
}
