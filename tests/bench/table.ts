// The benchmark table's one format: name, value, unit, goal and whether it was met.
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  ok?: boolean;
}

export function formatTable(rows: BenchRow[]): string {
  const fmt = (r: BenchRow) => (r.unit === '×' ? r.value.toFixed(3) : r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2));
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  const lines = [`${'measure'.padEnd(w)}  ${'value'.padStart(10)} unit  goal       met`, '-'.repeat(w + 34)];
  for (const r of rows) {
    const met = r.ok === undefined ? '' : r.ok ? 'yes' : 'NO';
    lines.push(`${r.name.padEnd(w)}  ${fmt(r).padStart(10)} ${r.unit.padEnd(5)} ${(r.goal ?? '').padEnd(10)} ${met}`);
  }
  return lines.join('\n');
}
