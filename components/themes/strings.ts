/** The words of the Themes tab (see locales/*.yml, `popup.themes`). */
export interface ThemeStrings {
  listLabel: string;
  /** `78 themes in the thematic index`. */
  count: (count: number) => string;
  /** `12 items`. */
  items: (count: number) => string;
  back: string;
  chartTitle: string;
  /** One bar, for screen readers: `Meeting IV (2011): 3`. */
  chartBar: (id: string, year: number, count: number) => string;
  /** Group heading: `Meeting IV (2011)`. */
  groupMeeting: (id: string, year: number) => string;
  /** Under a chart of zeros. */
  noRecommendations: string;
  /** Group heading: `COP 4 (2008): Decision 4/4`. */
  groupSession: (ordinal: number, year: number, instruments: string) => string;
}
