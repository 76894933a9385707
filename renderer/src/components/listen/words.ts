// Plain words for the listening screens: kinds of names, groups of proposed sources, lists typed as text.
import type { ProposedSource, SetupTemplate, WatchKind } from '../../../../shared/api-listen';

export const KINDS: { kind: WatchKind; label: string; plural: string }[] = [
  { kind: 'company', label: 'Company', plural: 'Your company' },
  { kind: 'product', label: 'Product', plural: 'Products' },
  { kind: 'competitor', label: 'Competitor', plural: 'Competitors' },
  { kind: 'person', label: 'Person', plural: 'People' },
  { kind: 'topic', label: 'Topic', plural: 'Topics' },
];

export function kindLabel(kind: WatchKind): string {
  return KINDS.find((k) => k.kind === kind)?.label ?? 'Topic';
}

/** "Kestrel One, Kestrel Cargo" or one per line → ['Kestrel One', 'Kestrel Cargo']; blanks and repeats dropped. */
export function splitNames(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,\n;]/)) {
    const name = part.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

const GROUPS: { label: string; templates: SetupTemplate[] }[] = [
  { label: 'News', templates: ['google-news', 'google-alerts'] },
  { label: 'Reddit', templates: ['reddit'] },
  { label: 'Hacker News', templates: ['hn-posts', 'hn-comments'] },
  { label: 'Mastodon', templates: ['mastodon-tag', 'mastodon-profile'] },
  { label: 'Bluesky', templates: ['bluesky'] },
  { label: 'YouTube', templates: ['youtube'] },
  { label: 'App Store reviews', templates: ['app-store'] },
  { label: 'Lemmy', templates: ['lemmy'] },
];

/** Proposals grouped under plain headings, in a steady order; empty groups left out. */
export function groupProposals(sources: ProposedSource[]): { label: string; sources: ProposedSource[] }[] {
  const groups = GROUPS.map((g) => ({ label: g.label, sources: sources.filter((s) => g.templates.includes(s.template)) }));
  const known = new Set(GROUPS.flatMap((g) => g.templates));
  const others = sources.filter((s) => !known.has(s.template));
  if (others.length) groups.push({ label: 'Other places', sources: others });
  return groups.filter((g) => g.sources.length > 0);
}

