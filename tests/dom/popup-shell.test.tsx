// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupShell } from '../../components/PopupShell';

describe('PopupShell', () => {
  afterEach(() => render(null, document.body));

  it('shows its heading and tagline as text, never as markup', () => {
    render(<PopupShell title="Renvoi" tagline="<b>not bold</b>" />, document.body);
    expect(document.querySelector('h1')?.textContent).toBe('Renvoi');
    expect(document.querySelector('p')?.textContent).toBe('<b>not bold</b>');
    expect(document.querySelector('b')).toBeNull();
  });
});
