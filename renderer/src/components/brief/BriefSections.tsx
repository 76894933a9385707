// The brief's sections: themes with one customer quote each, conversations worth reading, questions for the
// executive and open follow-ups. Every item is a button that opens its thread; customer words are always quotes.
import { useEffect, useId, useMemo } from 'react';
import { askedAboveLine, type Brief, type BriefQuote, type BriefTheme } from '../../../../shared/brief';
import { count } from '../../../../shared/words';
import { useApp } from '../../state/context';
import { capitalize, followUpWords } from './brief-words';

const THEME_ITEMS = 3;

/** The same words, whatever the case, spacing and punctuation around them. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) === words(b);
}

/**
 * A conversation's title as a button that opens its thread on the conversations screen. `describedBy` ties a button
 * whose words repeat from item to item ("Read the thread") to what it opens.
 */
export function OpenThread({ id, title, className = 'brief-open', describedBy }: { id: string; title: string; className?: string; describedBy?: string }) {
  const open = useApp((s) => s.openBriefItem);
  return (
    <button type="button" className={className} aria-describedby={describedBy} data-conversation={id} onClick={() => open(id)}>
      {title}
    </button>
  );
}

function Quote({ quote }: { quote: BriefQuote }) {
  // Every theme's quote has a "Read the thread": each is described by its own quote, so a screen reader can tell them apart.
  const words = useId();
  return (
    <figure className="brief-quote">
      <blockquote>
        <p id={words}>“{quote.text}”</p>
      </blockquote>
      <figcaption className="quiet">
        {quote.author ? `— ${quote.author} · ` : null}
        <OpenThread id={quote.conversationId} title="Read the thread" className="text-button" describedBy={words} />
      </figcaption>
    </figure>
  );
}

/**
 * Which of a theme's conversations its list shows, and how many it leaves to Conversations. Each thread is shown
 * once in the brief: the quoted one is the quote (its "Read the thread" opens it), and those listed as worth reading
 * or among the questions are there; the list shows titles from the rest.
 */
export function themeListing(theme: BriefTheme, elsewhere: ReadonlySet<string>): { listed: string[]; rest: string[] } {
  const others = theme.conversationIds.filter((id) => id !== theme.quote?.conversationId);
  const listed = others.filter((id) => !elsewhere.has(id)).slice(0, THEME_ITEMS);
  return { listed, rest: others.filter((id) => !listed.includes(id)) };
}

function Theme({ theme, titles, elsewhere }: { theme: BriefTheme; titles: Record<string, string>; elsewhere: ReadonlySet<string> }) {
  const open = useApp((s) => s.openBriefItem);
  const { listed, rest } = themeListing(theme, elsewhere);
  // A title still being looked up appears when it comes; one that could not be found ('') is counted among the rest.
  const shown = listed.filter((id) => titles[id]);
  const more = [...listed.filter((id) => titles[id] === ''), ...rest];
  const heading = useId();
  return (
    <li className="brief-theme">
      <h3 id={heading}>{capitalize(theme.label)}</h3>
      <p>{theme.summary}</p>
      {theme.quote ? <Quote quote={theme.quote} /> : null}
      {shown.length ? (
        <ul className="brief-theme-items" aria-label={`Conversations about ${theme.label}`}>
          {shown.map((id) => (
            <li key={id}>
              <OpenThread id={id} title={titles[id]!} />
            </li>
          ))}
        </ul>
      ) : null}
      {more.length > 0 && (shown.length || theme.quote) ? (
        <p className="quiet">
          And{' '}
          {/* "Two more conversations" can repeat from theme to theme: the theme's name tells them apart. */}
          <button type="button" className="text-button brief-inline" aria-describedby={heading} onClick={() => open(more[0]!)}>
            {count(more.length, 'more conversation')}
          </button>{' '}
          in Conversations.
        </p>
      ) : null}
    </li>
  );
}

export function Themes({ brief }: { brief: Brief }) {
  const fetched = useApp((s) => s.briefTitles);
  const loadTitles = useApp((s) => s.loadBriefTitles);
  // Titles the brief already carries; the rest are looked up once.
  const carried = useMemo(() => {
    const t: Record<string, string> = {};
    for (const item of [...brief.worthReading, ...brief.questions]) t[item.id] = item.title;
    for (const f of brief.followUps) t[f.conversationId] = f.title;
    return t;
  }, [brief]);
  const elsewhere = useMemo(() => new Set([...brief.worthReading, ...brief.questions].map((i) => i.id)), [brief]);
  useEffect(() => {
    const ids = brief.themes.flatMap((t) => themeListing(t, elsewhere).listed).filter((id) => !(id in carried));
    void loadTitles(ids);
  }, [brief, carried, elsewhere, loadTitles]);
  if (brief.themes.length === 0) return null;
  const titles = { ...fetched, ...carried };
  return (
    <section className="brief-section" aria-labelledby="brief-themes">
      <h2 id="brief-themes">What people talked about</h2>
      <ol className="brief-themes">
        {brief.themes.map((theme) => (
          <Theme key={theme.key} theme={theme} titles={titles} elsewhere={elsewhere} />
        ))}
      </ol>
    </section>
  );
}

export function WorthReading({ brief }: { brief: Brief }) {
  if (brief.worthReading.length === 0) return null;
  return (
    <section className="brief-section" aria-labelledby="brief-worth">
      <h2 id="brief-worth">Worth reading</h2>
      <ol className="brief-list">
        {brief.worthReading.map((item) => (
          <li key={item.id}>
            <OpenThread id={item.id} title={item.title} />
            <span className="brief-why">
              {capitalize(item.why)}. <span className="quiet">From {item.source}.</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Questions({ brief }: { brief: Brief }) {
  if (brief.questions.length === 0) return null;
  // Those who asked in a thread quoted or listed above are counted, not shown again.
  const above = brief.themes.filter((t) => t.quote?.asking).length + brief.worthReading.filter((w) => w.tone === 'asking').length;
  const aboveLine = askedAboveLine(above, true);
  return (
    <section className="brief-section" aria-labelledby="brief-questions">
      <h2 id="brief-questions">Questions for you</h2>
      <ul className="brief-list">
        {brief.questions.map((q) => (
          <li key={q.id}>
            <OpenThread id={q.id} title={q.title} />
            {/* The question is often the title itself: then it is said once. */}
            {sameWords(q.sentence, q.title) ? null : (
              <blockquote className="brief-asks">
                <p>“{q.sentence}”</p>
              </blockquote>
            )}
            <span className="quiet">
              {q.author ? `${q.author}, ` : null}from {q.source}.
            </span>
          </li>
        ))}
      </ul>
      {aboveLine ? <p className="quiet">{aboveLine}</p> : null}
    </section>
  );
}

export function FollowUps({ brief }: { brief: Brief }) {
  if (brief.followUps.length === 0) return null;
  return (
    <section className="brief-section" aria-labelledby="brief-followups">
      <h2 id="brief-followups">Open follow-ups</h2>
      <ul className="brief-list">
        {brief.followUps.map((f) => (
          <li key={f.forwardId}>
            <OpenThread id={f.conversationId} title={f.title} />
            <span className="brief-why">{followUpWords(f)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the company's own channels posted: set beside what customers said, so an answer already given is seen. */
export function FromUs({ brief }: { brief: Brief }) {
  const posts = brief.fromUs ?? [];
  if (posts.length === 0) return null;
  return (
    <section className="brief-section" aria-labelledby="brief-from-us">
      <h2 id="brief-from-us">From your company</h2>
      <ul className="brief-list">
        {posts.map((p) => (
          <li key={p.id}>
            <OpenThread id={p.id} title={p.title} />
            <span className="quiet">on {p.source}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
