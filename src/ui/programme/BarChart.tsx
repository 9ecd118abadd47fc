// A horizontal bar chart as inline SVG: an image with a title and a description for screen
// readers, always shown beside its table (the table is the accessible equivalent). No chart
// library: a few bars do not earn one's weight.
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** What the bar says in words ("12", "1 234 €"). */
  readonly text: string;
  readonly color: string;
  /** The label's language when it is the project's own French (a sector's name), whatever the UI's. */
  readonly lang?: 'fr';
}

const ROW = 26;
const LABEL_W = 190;
const BAR_W = 260;
const VALUE_W = 110;

export function BarChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  return (
    <svg
      class="bar-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((b, i) => {
        const y = 4 + i * ROW;
        const w = Math.round((b.value / max) * BAR_W);
        return (
          <g key={b.label}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} text-anchor="end" class="bar-chart__label" lang={b.lang}>
              {b.label}
            </text>
            <rect x={LABEL_W} y={y + 4} width={Math.max(w, b.value > 0 ? 2 : 0)} height={ROW - 8} fill={b.color} />
            <text x={LABEL_W + w + 6} y={y + ROW / 2 + 4} class="bar-chart__value">
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
