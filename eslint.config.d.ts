// Types for the TypeScript modules that read eslint.config.js (the architecture tests read its layer table).

/** A row of ARCHITECTURE.md's layer table; see `LAYERS` in eslint.config.js. */
export interface Layer {
  layer: string;
  folders: string[];
  mayImport: string[];
  mayNotImport: string[];
  why: string;
}

export declare const LAYERS: Layer[];

declare const config: unknown[];
export default config;
