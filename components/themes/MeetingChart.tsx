import type { MeetingBar } from '../../lib/search/theme-view';

export interface MeetingChartProps {
  bars: MeetingBar[];
  title: string;
  /** Words for one bar, for the accessible description: `Meeting IV (2011): 3`. */
  barLabel: (id: string, year: number, count: number) => string;
}

/** Drawing size in SVG units; the chart scales to the popup's width. */
const WIDTH = 420;
const HEIGHT = 116;
/** Room under the bars for two lines of labels (numeral, year), and above for the counts. */
const AXIS = 30;
const TOP = 14;

/**
 * A small bar chart: how many of a theme's recommendations each Working Group meeting (2009–2019) made. Plain SVG,
 * no library. One image for assistive technology, described by a sentence per meeting.
 */
export function MeetingChart({ bars, title, barLabel }: MeetingChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = Math.min(28, slot * 0.6);
  const plot = HEIGHT - AXIS - TOP;
  const description = bars.map((b) => barLabel(b.id, b.year, b.count)).join(', ');
  return (
    <figure class="chart">
      <figcaption class="chart__title">{title}</figcaption>
      <svg
        class="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${title}. ${description}`}
        data-bars={bars.map((b) => b.count).join(',')}
      >
        <title>{`${title}. ${description}`}</title>
        <line class="chart__axis" x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        {bars.map((bar, i) => {
          const height = (bar.count / max) * plot;
          const x = i * slot + (slot - barWidth) / 2;
          const centre = i * slot + slot / 2;
          return (
            <g key={bar.id} class="chart__bar" data-meeting={bar.id} data-count={bar.count}>
              <rect x={x} y={HEIGHT - AXIS - height} width={barWidth} height={height} rx={2} />
              <text class="chart__value" x={centre} y={HEIGHT - AXIS - height - 3} text-anchor="middle">
                {bar.count}
              </text>
              <text class="chart__label" x={centre} y={HEIGHT - AXIS + 12} text-anchor="middle">
                {bar.id}
              </text>
              <text class="chart__label chart__label--year" x={centre} y={HEIGHT - AXIS + 25} text-anchor="middle">
                {bar.year}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
