// Only the desktop shell may import Electron, and the sandboxed preload may import nothing but Electron
// and shared/. Scanned from the source so a stray import fails here even before lint runs.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '../..');
const SCANNED = ['shared', 'electron', 'renderer', 'scripts'];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(c|m)?(t|j)sx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports, requires, re-exports or dynamically imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"]*?\sfrom\s+['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
const rel = (path: string) => relative(ROOT, path).split(sep).join('/');

describe('layers', () => {
  it('finds imports the way the test relies on', () => {
    expect(specifiers(`import { app } from 'electron';\nimport type { X } from "electron";\nconst e = require('electron');\nawait import('electron/main');\nexport { y } from './y';\nimport './side-effect';`)).toEqual([
      'electron',
      'electron',
      './side-effect',
      './y',
      'electron',
      'electron/main',
    ]);
  });

  it('imports electron only in electron/main and electron/preload', () => {
    const files = SCANNED.flatMap((d) => sourceFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files
      .map(rel)
      .filter((f) => !f.startsWith('electron/main/') && !f.startsWith('electron/preload/'))
      .filter((f) => specifiers(readFileSync(join(ROOT, f), 'utf8')).some(isElectron));
    expect(offenders).toEqual([]);
  });

  it('keeps the preload to electron and shared/ (it must bundle into one sandboxed file)', () => {
    const files = sourceFiles(join(ROOT, 'electron/preload'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const s of specifiers(readFileSync(file, 'utf8'))) {
        const ok = s === 'electron' || s.startsWith('../../shared/') || /^\.\/[\w-]+$/.test(s);
        expect(ok, `${rel(file)} imports ${s}`).toBe(true);
      }
    }
  });
});
