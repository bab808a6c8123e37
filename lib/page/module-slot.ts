/**
 * The modules the content script imports when a page needs them (the card UI, the citation engine) are built apart
 * from it, so they hand over what they provide through a global of the isolated world (the page has its own
 * globals, and cannot see this one). `moduleSlot` gives both ends: the module's `provide` and the content script's
 * `importFrom`, which imports the module only if it has not run in this world yet.
 */

export interface ModuleSlot<T> {
  /** Called by the module when it runs. */
  provide(value: T): void;
  /** Imports the module from `url` unless it already ran here, and returns what it provided. */
  importFrom(url: string, importModule?: (url: string) => Promise<unknown>): Promise<T>;
}

/** The slot `name` of the isolated world's globals, holding a `what` (named in the error when a module leaves none). */
export function moduleSlot<T>(name: string, what: string): ModuleSlot<T> {
  const globals = globalThis as unknown as Record<string, T | undefined>;
  return {
    provide: (value) => {
      globals[name] = value;
    },
    importFrom: async (url, importModule = (href) => import(/* @vite-ignore */ href)) => {
      if (!globals[name]) await importModule(url);
      const value = globals[name];
      if (!value) throw new Error(`${url} registered no ${what}`);
      return value;
    },
  };
}
