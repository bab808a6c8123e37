import { vi } from 'vitest';
import type { SavedViewProps } from '../../components/saved/SavedView';
import type { SavedItemView } from '../../components/saved/saved-view-types';

/** A list item as the container prepares it. */
export function makeItemView(key: string, overrides: Partial<SavedItemView> = {}): SavedItemView {
  return {
    id: `${key}#`,
    key,
    label: `Label ${key}`,
    pinpoint: '',
    link: `https://undocs.org/${key}`,
    note: '',
    sightings: [],
    ...overrides,
  };
}

/** SavedView props with every callback a spy. */
export function makeViewProps(items: SavedItemView[] | null, overrides: Partial<SavedViewProps> = {}): SavedViewProps {
  return {
    items,
    noteMaxLength: 10_000,
    status: null,
    error: null,
    undo: null,
    importOffer: null,
    onCopyAll: vi.fn(),
    onCopy: vi.fn(),
    onExport: vi.fn(),
    onImportFile: vi.fn(),
    onImportChoice: vi.fn(),
    onClearAll: vi.fn(),
    onRemove: vi.fn(),
    onMove: vi.fn(),
    onSaveNote: vi.fn(),
    onUndo: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}
