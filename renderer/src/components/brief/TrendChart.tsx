// The 30-day trend by tone: a small, quiet stacked bar chart (muted colours, no red) with a caption in words and,
// behind "In words", the same trend week by week. The picture itself is hidden from screen readers: the words say it all.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BriefTrendDay } from '../../../../shared/brief';
import type { Tone } from '../../../../shared/model';
import { count, numberWords } from '../../../../shared/words';
import { TONE_ORDER, TONE_WORDS, capitalize } from './brief-words';

/**
 * Each tone's colour, light or dark with the page (brief.css). Muted, and unhappy a soft ochre rather than an alarm
 * red; the tones also step clearly in lightness, so they part for someone who cannot tell the hues apart.
 */
export const TONE_COLOURS: Record<Tone, string> = {
  unhappy: 'var(--tone-unhappy)',
  asking: 'var(--tone-asking)',
  pleased: 'var(--tone-pleased)',
  neutral: 'var(--tone-neutral)',
};

const TONE_NAMES: Record<Tone, string> = { unhappy: 'Unhappy', asking: 'Asking', pleased: 'Pleased', neutral: 'Neutral' };
const HEIGHT = 150;

const dayLabel = (day: string): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The trend in words, a week at a time, newest last. */
export function weeksInWords(trend: BriefTrendDay[]): string[] {
  const weeks: BriefTrendDay[][] = [];
  for (let end = trend.length; end > 0; end -= 7) weeks.unshift(trend.slice(Math.max(0, end - 7), end));
  return weeks.map((days) => {
    const last = days[days.length - 1]!;
    const total = days.reduce((s, d) => s + d.total, 0);
    const parts = TONE_ORDER.map((t) => [t, days.reduce((s, d) => s + d[t], 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${numberWords(n)} ${TONE_WORDS[t]}`);
    return `${days.length === 7 ? 'The week' : `The ${count(days.length, 'day')}`} to ${dayLabel(last.day)}: ${count(total, 'post')}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
  });
}

function Chart({ trend, width }: { trend: BriefTrendDay[]; width?: number }) {
  return (
    <BarChart
      data={trend}
      width={width}
      height={width ? HEIGHT : undefined}
      margin={{ top: 10, right: 4, bottom: 0, left: -24 }}
      barCategoryGap={2}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--line)" />
      <XAxis dataKey="day" tickFormatter={dayLabel} tickLine={false} axisLine={false} interval={6} fontSize={12} tick={{ fill: 'var(--quiet)' }} />
      <YAxis allowDecimals={false} tickLine={false} axisLine={false} fontSize={12} width={48} tick={{ fill: 'var(--quiet)' }} />
      {TONE_ORDER.map((tone) => (
        // A thin gap of the page's own colour (the brief sits on --bg) between stacked parts, so where one tone ends
        // never rests on colour alone.
        <Bar key={tone} dataKey={tone} name={TONE_NAMES[tone]} stackId="tone" fill={TONE_COLOURS[tone]} stroke="var(--bg)" strokeWidth={1} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

export function TrendChart({ trend, caption }: { trend: BriefTrendDay[]; caption: string }) {
  // Without ResizeObserver (old engines, tests) the chart takes a fixed width rather than failing.
  const canResize = typeof ResizeObserver !== 'undefined';
  return (
    <>
      <figure className="brief-trend" aria-labelledby="brief-trend-caption">
        <div className="brief-chart" aria-hidden="true" data-testid="brief-chart">
          {canResize ? (
            <ResponsiveContainer width="100%" height={HEIGHT}>
              <Chart trend={trend} />
            </ResponsiveContainer>
          ) : (
            <Chart trend={trend} width={600} />
          )}
        </div>
        <ul className="brief-legend" aria-hidden="true">
          {TONE_ORDER.map((tone) => (
            <li key={tone}>
              <span className="brief-swatch" style={{ background: TONE_COLOURS[tone] }} />
              {TONE_NAMES[tone]}
            </li>
          ))}
        </ul>
        <figcaption id="brief-trend-caption">{caption}</figcaption>
      </figure>
      {/* The numbers behind the bars, for anyone the picture does not serve: closed until asked for, to keep the page calm. */}
      <details className="brief-in-words">
        <summary>In words</summary>
        <ul aria-label="The last 30 days, week by week">
          {weeksInWords(trend).map((line) => (
            <li key={line}>{capitalize(line)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
