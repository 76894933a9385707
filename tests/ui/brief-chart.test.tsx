// The brief's 30-day chart tells the tones apart without colour: by lightness, by a gap between stacked parts, and in
// words for anyone who asks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { withBrief } from './brief-fake';
import { ROOT } from '../support/paths';
import { TONE_ORDER } from '../../renderer/src/components/brief/brief-words';

/** A colour written light-dark(light, dark) in a stylesheet, as [light, dark]. */
function lightDark(css: string, name: string): [string, string] {
  const found = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!found) throw new Error(`${name} is not written light-dark(#rrggbb, #rrggbb)`);
  return [found[1]!, found[2]!];
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** Hue in degrees, 0 being red. */
function hue(hex: string): number {
  const [r, g, b] = channels(hex) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c1' })] });
  withBrief(engine);
  renderApp(engine, { screen: 'brief' });
}

describe('The trend chart, without colour', () => {
  it('steps its tones clearly in lightness, outward from the page, in the light and the dark palette, and uses no red', () => {
    const brief = readFileSync(join(ROOT, 'renderer/src/components/brief/brief.css'), 'utf8');
    const page = lightDark(readFileSync(join(ROOT, 'renderer/src/styles.css'), 'utf8'), '--bg');
    for (const [p, palette] of ['light', 'dark'].entries()) {
      const bg = page[p]!;
      // The stack's order, bottom up: unhappy, pleased, asking, neutral. Each part borders the next.
      const tones = TONE_ORDER.map((t) => lightDark(brief, `--tone-${t}`)[p]!);
      for (let i = 0; i + 1 < tones.length; i++) {
        expect(contrast(tones[i]!, tones[i + 1]!), `${palette}: ${TONE_ORDER[i]} beside ${TONE_ORDER[i + 1]}`).toBeGreaterThanOrEqual(1.5);
      }
      // Unhappy furthest from the page, neutral nearest: the ear's order of weight is the eye's too.
      const fromPage = tones.map((t) => contrast(t, bg));
      expect(fromPage, palette).toEqual([...fromPage].sort((a, b) => b - a));
      for (const t of tones) {
        const h = hue(t);
        if (!Number.isNaN(h)) expect(Math.min(h, 360 - h), `${palette} ${t} is not red`).toBeGreaterThanOrEqual(25);
      }
    }
  });

  it('draws each tone in its colour with a thin gap of the page between stacked parts', async () => {
    start();
    // The chart library loads with the first brief: slow when every test file runs at once.
    const chart = await screen.findByTestId('brief-chart', {}, { timeout: 5000 });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle path').length).toBeGreaterThan(0), { timeout: 5000 });
    const parts = [...chart.querySelectorAll('.recharts-bar-rectangle path')];
    expect(new Set(parts.map((p) => p.getAttribute('fill')))).toEqual(new Set(TONE_ORDER.map((t) => `var(--tone-${t})`)));
    for (const p of parts) {
      expect(p.getAttribute('stroke')).toBe('var(--bg)');
      expect(p.getAttribute('stroke-width')).toBe('1');
    }
  });

  it('says the trend week by week behind a closed "In words" that opens on asking', async () => {
    start();
    const section = (await screen.findByRole('heading', { level: 2, name: 'The last 30 days' })).closest('section') as HTMLElement;
    const summary = await within(section).findByText('In words', { selector: 'summary' }, { timeout: 5000 });
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    const weeks = within(details).getByRole('list', { name: 'The last 30 days, week by week' });
    expect(weeks.closest('.visually-hidden')).toBeNull();
    expect(weeks.querySelectorAll('li')).toHaveLength(5);
    fireEvent.click(summary);
    expect(details.open).toBe(true);
  });
});
