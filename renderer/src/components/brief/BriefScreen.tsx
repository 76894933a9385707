// The home screen: today's brief (or a past one, as it was shown), its print and copy actions, and earlier briefs.
// Today's brief is marked read once the reader has stayed a little while or reached its closing line.
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Brief } from '../../../../shared/brief';
import { useApp } from '../../state/context';
import { BriefActions } from './BriefActions';
import { BriefView } from './BriefView';
import { PastBriefs } from './PastBriefs';
import './brief.css';

/** Long enough to have read the opening; a glance on the way elsewhere does not count. */
export const READ_AFTER_MS = 20_000;
/** Seen the closing line: a short pause so scrolling past it quickly is not reading. */
export const READ_AT_END_MS = 3_000;

function useMarkRead(brief: Brief | null, endRef: RefObject<HTMLParagraphElement | null>) {
  const markRead = useApp((s) => s.markBriefRead);
  const id = brief && brief.readAt === null ? brief.id : null;
  useEffect(() => {
    if (!id) return;
    const timers: ReturnType<typeof setTimeout>[] = [];
    let done = false;
    const mark = () => {
      if (done) return;
      // A window left in the background is not being read: wait until it is seen again.
      if (document.visibilityState === 'hidden') {
        document.addEventListener('visibilitychange', () => timers.push(setTimeout(mark, READ_AT_END_MS)), { once: true });
        return;
      }
      done = true;
      void markRead(id);
    };
    timers.push(setTimeout(mark, READ_AFTER_MS));
    let observer: IntersectionObserver | null = null;
    let atEnd: ReturnType<typeof setTimeout> | undefined;
    if (typeof IntersectionObserver !== 'undefined' && endRef.current) {
      observer = new IntersectionObserver((entries) => {
        clearTimeout(atEnd);
        if (entries.some((e) => e.isIntersecting)) atEnd = setTimeout(mark, READ_AT_END_MS);
      });
      observer.observe(endRef.current);
    }
    return () => {
      done = true; // left the screen: a pending visibility wait must not mark it later
      for (const t of timers) clearTimeout(t);
      clearTimeout(atEnd);
      observer?.disconnect();
    };
  }, [id, markRead, endRef]);
}

export function BriefScreen() {
  const today = useApp((s) => s.brief);
  const past = useApp((s) => s.pastBrief);
  const loaded = useApp((s) => s.briefLoaded);
  const error = useApp((s) => s.briefError);
  const loadBrief = useApp((s) => s.loadBrief);
  const loadPastBriefs = useApp((s) => s.loadPastBriefs);
  const closePast = useApp((s) => s.closePastBrief);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const endRef = useRef<HTMLParagraphElement>(null);
  const shown = past ?? today;
  // Which past brief is open (null: today's). Only the reader's own move between briefs moves focus: a brief
  // arriving or being remade by the engine leaves the page where it is.
  const pastId = past?.id ?? null;
  const lastPastId = useRef(pastId);

  useEffect(() => {
    // A window left open overnight: coming back to the home screen asks for today's brief again.
    void loadBrief();
    void loadPastBriefs();
  }, [loadBrief, loadPastBriefs]);

  useEffect(() => {
    // Moving between briefs puts the reader at the top of the one chosen (not on first arrival).
    if (pastId !== lastPastId.current) {
      headingRef.current?.focus({ preventScroll: true });
      headingRef.current?.closest('section')?.scrollIntoView?.({ block: 'start' });
    }
    lastPastId.current = pastId;
  }, [pastId]);

  useMarkRead(past ? null : today, endRef);

  return (
    <section className="screen brief-screen" aria-label="Brief">
      {error ? (
        <p className="problem" role="alert">
          {error}
        </p>
      ) : null}
      {past ? (
        <p className="brief-back">
          <button type="button" className="text-button" onClick={closePast}>
            Back to today's brief
          </button>
        </p>
      ) : null}
      {shown ? (
        <>
          <BriefView brief={shown} past={!!past} headingRef={headingRef} endRef={endRef} />
          <BriefActions id={shown.id} />
        </>
      ) : !loaded ? (
        <p className="quiet">Putting your brief together…</p>
      ) : null}
      <PastBriefs currentId={today?.id ?? null} shownId={past?.id ?? null} />
    </section>
  );
}
