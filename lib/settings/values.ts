/**
 * Renvoi's settings as plain values: their type, defaults and the sanitising every reader applies. No storage API
 * here, so the content script can use them without bundling WXT storage (see `page-settings.ts`).
 */

/** How citations are marked on pages. */
export type HighlightStyle = 'underline' | 'background' | 'none';

/** When a PDF opens in Renvoi's reader by itself: on UN document sites, for every PDF, or only from the popup. */
export type PdfOpenMode = 'un-sites' | 'all' | 'ask';

export interface Settings {
  /** Master switch: mark citations and show cards. */
  enabled: boolean;
  /** Hostnames where Renvoi is paused (`www.example.org`). */
  pausedSites: string[];
  /** Time the pointer must rest on a citation before its card opens, in ms. */
  dwellMs: number;
  highlightStyle: HighlightStyle;
  /** Base URL for "Open document": the symbol is appended (`https://undocs.org/` + `CTOC/COP/WG.4/2011/8`). */
  documentBaseUrl: string;
  /** Open PDFs in Renvoi's reader automatically (see lib/pdf-route). */
  pdfOpen: PdfOpenMode;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  pausedSites: [],
  dwellMs: 300,
  highlightStyle: 'underline',
  documentBaseUrl: 'https://undocs.org/',
  pdfOpen: 'un-sites',
};

/** Limits the options page enforces and stored values are clamped to. */
export const DWELL_RANGE = { min: 0, max: 2000 } as const;

/**
 * Reads any stored value into valid settings: unknown fields dropped, wrong types replaced by defaults, numbers
 * clamped. A corrupted storage entry can never break the content script.
 */
export function sanitiseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const dwell =
    typeof value.dwellMs === 'number' && Number.isFinite(value.dwellMs) ? value.dwellMs : DEFAULT_SETTINGS.dwellMs;
  const base =
    typeof value.documentBaseUrl === 'string' && /^https?:\/\/\S+$/.test(value.documentBaseUrl)
      ? value.documentBaseUrl
      : DEFAULT_SETTINGS.documentBaseUrl;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    pausedSites: Array.isArray(value.pausedSites)
      ? value.pausedSites.filter((s): s is string => typeof s === 'string').slice(0, 1000)
      : [],
    dwellMs: Math.round(Math.min(DWELL_RANGE.max, Math.max(DWELL_RANGE.min, dwell))),
    highlightStyle:
      value.highlightStyle === 'background' || value.highlightStyle === 'none' ? value.highlightStyle : 'underline',
    documentBaseUrl: base.endsWith('/') ? base : `${base}/`,
    pdfOpen: value.pdfOpen === 'all' || value.pdfOpen === 'ask' ? value.pdfOpen : DEFAULT_SETTINGS.pdfOpen,
  };
}

/** The storage.local key WXT storage uses for `local:settings`. */
export const SETTINGS_KEY = 'settings';

/** True when Renvoi should act on a page at this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(hostname);
}
