/** The words of the "On this page" tab (see locales/*.yml, `popup.page`). */
export interface PageStrings {
  loading: string;
  unavailable: string;
  none: string;
  heading: string;
  count: (count: number) => string;
  occurrences: (count: number) => string;
  inCorpus: string;
  notInCorpus: string;
  reveal: string;
  /** `Show occurrence 2 of 3 on the page`. */
  revealNext: (n: number, count: number) => string;
  revealed: string;
  revealFailed: string;
  themesHeading: string;
  themeCount: (count: number) => string;
}
