// `npm test`: typecheck, lint, build, then every vitest project (unit, shell, ui, e2e).
// Ends with one plain line "N passed, N failed" summed over all of them (typecheck and lint count as one each).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
let skipped = 0;

function step(label, cmd, args, env = {}) {
  process.stdout.write(`\n── ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

for (const [label, args] of [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
]) {
  if (step(label, 'npm', args)) passed++;
  else failed++;
}

if (!step('build', process.execPath, [resolve(root, 'scripts/build.mjs')])) {
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

const report = resolve(root, 'test-results/vitest.json');
rmSync(report, { force: true });
mkdirSync(dirname(report), { recursive: true });
const extra = process.argv.slice(2);
const ok = step('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  EARSHOT_SKIP_BUILD: '1',
  VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
});
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count; count it as one failure so it is never silent.
  failed += (json.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} catch {
  failed++;
}
if (!ok && failed === 0) failed++;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
