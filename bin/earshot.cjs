#!/usr/bin/env node
// The `earshot` command: runs the built CLI, building it first if this checkout has not been built yet.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const cli = join(root, 'out', 'cli', 'earshot.js');
if (!existsSync(cli)) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--node-only'], { stdio: 'inherit' });
}
require(cli);
