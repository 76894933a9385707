// The themes scorer's criterion (../shared/tools/score-themes.py), restated for the engine-level test: a theme
// names a complaint reason when its label uses that reason's words and its members' most frequent reason is one
// the label names. Reason word lists are the scorer's; no corpus text lives here.
export const REASON_WORDS: Record<string, string> = {
  'Late Flight': 'late|delay|delays|delayed|waiting on the plane|on time',
  'Cancelled Flight': 'cancel\\w*',
  'Customer Service Issue':
    'customer service|service|on hold|hold times?|phone|calls?|agents?|help ?line|support|response|reply|replies',
  'Lost Luggage': 'lost|luggage|bags?|baggage|suitcases?',
  'Damaged Luggage': 'damaged|broken|luggage|bags?',
  'Flight Booking Problems': 'book\\w*|reservations?|website|site|online|tickets?|change fees?|refunds?',
  'Flight Attendant Complaints': 'attendants?|crew|staff|rude',
  longlines: 'lines?|queues?|check-?in|wait\\w*',
  'Bad Flight': 'seats?|wifi|wi-fi|entertainment|food|legroom|comfort|bad flights?|plane',
};

export function names(label: string, reason: string): boolean {
  const words = REASON_WORDS[reason];
  return words !== undefined && new RegExp(`\\b(${words})\\b`).test(label.toLowerCase());
}

export interface Judged {
  pass: boolean;
  named: Record<string, boolean>;
  purity: number | null;
  labels: string[];
}

export function judge(
  themes: Array<{ label: string; conversationIds: string[] }>,
  reasonOf: Map<string, string>,
  topReasons: string[],
): Judged {
  const shown = themes.slice(0, 5);
  const majority: Array<string | null> = [];
  const purities: number[] = [];
  for (const t of shown) {
    const counts = new Map<string, number>();
    for (const id of t.conversationIds) {
      const r = reasonOf.get(id);
      if (r && r !== "Can't Tell") counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    majority.push(top ? top[0] : null);
    if (top && total >= 3) purities.push(top[1] / total);
  }
  const namedBy = (i: number, r: string): boolean => {
    const label = shown[i]?.label ?? '';
    const m = majority[i];
    return names(label, r) && m !== null && m !== undefined && names(label, m);
  };
  const named: Record<string, boolean> = {};
  topReasons.forEach((r, k) => {
    named[r] = shown.some((_, i) => (k > 0 || i < 3) && namedBy(i, r));
  });
  return {
    pass: topReasons.length > 0 && Object.values(named).every(Boolean),
    named,
    purity: purities.length ? Math.round((purities.reduce((a, b) => a + b, 0) / purities.length) * 100) / 100 : null,
    labels: shown.map((t) => t.label),
  };
}
