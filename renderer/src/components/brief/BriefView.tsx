// One brief as it was shown: the window in words, the totals beside the usual, themes, what is worth reading,
// questions, follow-ups, a quiet line about sources, the 30-day trend, and the closing line.
import { Suspense, lazy } from 'react';
import type { Ref } from 'react';
import { failedSourcesSubject, type Brief } from '../../../../shared/brief';
import { useApp } from '../../state/context';
import { FollowUps, FromUs, Questions, Themes, WorthReading } from './BriefSections';

// The chart library is the largest part of the renderer: it loads with the first brief, not with the app.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));
import { TONE_ORDER, briefDate, openingParagraph, toneTotalWords, totalsSentence, windowWords } from './brief-words';

export const CLOSING = "That's everything for today.";

function FailedSources({ brief }: { brief: Brief }) {
  const setScreen = useApp((s) => s.setScreen);
  const who = failedSourcesSubject(brief.failedSources.map((s) => s.title));
  if (!who) return null;
  return (
    <p className="brief-failed quiet">
      {who} couldn't be read lately — see{' '}
      <button type="button" className="text-button brief-inline" onClick={() => setScreen('sources')}>
        Sources
      </button>
      .
    </p>
  );
}

function Totals({ brief }: { brief: Brief }) {
  const { totals } = brief;
  if (totals.all === 0) return null;
  const shown = TONE_ORDER.filter((t) => totals.byTone[t] > 0 || (totals.usual?.byTone[t] ?? 0) > 0);
  return (
    <ul className="brief-totals" aria-label="By tone, beside the usual">
      {shown.map((tone) => (
        <li key={tone}>{toneTotalWords(tone, totals.byTone[tone], totals.usual ? totals.usual.byTone[tone] : null)}</li>
      ))}
    </ul>
  );
}

export function BriefView({ brief, past, headingRef, endRef }: { brief: Brief; past: boolean; headingRef?: Ref<HTMLHeadingElement>; endRef?: Ref<HTMLParagraphElement> }) {
  // "Your first brief" only when no brief came before it: one stored before the engine knew better may say first
  // while earlier briefs are listed below.
  const earlier = useApp((s) => s.pastBriefs.some((b) => b.id !== brief.id && b.createdAt < brief.createdAt));
  const opening = openingParagraph(brief.markdown) ?? totalsSentence(brief.totals);
  return (
    <article className="brief" aria-labelledby="brief-heading">
      <header className="brief-header">
        <p className="brief-date quiet">
          {past ? 'A past brief · ' : null}
          <time dateTime={new Date(brief.createdAt).toISOString()}>{briefDate(brief.createdAt)}</time>
        </p>
        <h1 id="brief-heading" ref={headingRef} tabIndex={-1}>
          {windowWords(earlier ? { ...brief.window, first: false } : brief.window)}
        </h1>
      </header>
      <p className="brief-lede">{opening}</p>
      <Totals brief={brief} />
      <Themes brief={brief} />
      <WorthReading brief={brief} />
      <Questions brief={brief} />
      <FollowUps brief={brief} />
      <FromUs brief={brief} />
      <FailedSources brief={brief} />
      {brief.trend.length ? (
        <section className="brief-section" aria-labelledby="brief-trend-heading">
          <h2 id="brief-trend-heading">The last 30 days</h2>
          <Suspense fallback={<p>{brief.trendCaption}</p>}>
            <TrendChart trend={brief.trend} caption={brief.trendCaption} />
          </Suspense>
        </section>
      ) : null}
      <p className="brief-closing" ref={endRef}>
        {CLOSING}
      </p>
    </article>
  );
}
