// A bar chart as inline SVG, in its figure with a caption: no chart library (the page's startup
// budget is 38 KB gzip). The picture is one image to assistive technology, named by its <title>
// and described by its <desc>; the numbers themselves are in the table next to it.

export interface Bar {
  value: number;
  /** Under the bar; empty to leave the slot unlabelled when days are many. */
  label: string;
  /** The hover tooltip: the day and its value in words. */
  tooltip: string;
  highlight?: boolean;
}

interface Props {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  /** Top of the scale (at least the largest value). */
  max: number;
  /** The labels of the scale at 0, max/2 and max. */
  tick(value: number): string;
  goal?: { value: number; label: string };
  /** A line of text under the chart, read after it: what its bars are made of. */
  note?: string;
}

const W = 640;
const H = 220;
const PAD = { left: 56, right: 12, top: 14, bottom: 26 };

export function BarChart({ id, title, desc, bars, max, tick, goal, note }: Props) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, bars.length);
  const y = (v: number) => PAD.top + plotH - (Math.min(v, max) / max) * plotH;
  return (
    <figure class="chart-box">
      {/* The caption sits above its chart: below, it read as the next chart's heading. */}
      <figcaption>{title}</figcaption>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {[0, max / 2, max].map((v) => (
          <g key={v} class="chart-grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v)} dy="0.32em" text-anchor="end">
              {tick(v)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = PAD.left + i * slot + slot * 0.15;
          const top = y(b.value);
          return (
            <g key={i}>
              <rect
                class={b.highlight ? 'chart-bar chart-bar--met' : 'chart-bar'}
                x={x}
                y={top}
                width={slot * 0.7}
                height={Math.max(0, PAD.top + plotH - top)}
                rx={Math.min(3, slot * 0.1)}
              >
                <title>{b.tooltip}</title>
              </rect>
              {b.label && (
                <text class="chart-label" x={x + slot * 0.35} y={H - 8} text-anchor="middle">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
        {goal && (
          <g class="chart-goal">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(goal.value)} y2={y(goal.value)} />
            <text x={W - PAD.right} y={y(goal.value) - 4} text-anchor="end">
              {goal.label}
            </text>
          </g>
        )}
      </svg>
      {note && <p class="muted">{note}</p>}
    </figure>
  );
}
