export interface PopupShellProps {
  /** Heading shown at the top of the popup. */
  title: string;
  /** One line under the heading. */
  tagline: string;
}

/** The popup's frame: heading and tagline. Search, themes and the saved list mount inside it later. */
export function PopupShell({ title, tagline }: PopupShellProps) {
  return (
    <main class="popup" style={{ width: '420px', padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 4px' }}>{title}</h1>
      <p style={{ margin: 0, color: 'var(--renvoi-muted)' }}>{tagline}</p>
    </main>
  );
}
