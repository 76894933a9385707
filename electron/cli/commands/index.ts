// Every `earshot` command, in the order `earshot help` lists them. Add a command by adding it here.
import type { Command } from '../command';
import { bookmarksCommand } from './bookmarks';
import { conversationsCommand } from './conversations';
import { forwardsCommand } from './forwards';
import { parseFilesCommand } from './parse';
import { peopleCommand } from './people';
import { settingsCommand } from './settings';
import { sourcesCommand } from './sources';
import { syncCommand } from './sync';
import { toneCliCommand } from './tone';
import { setupCommand } from './setup';
import { watchCommand } from './watch';

export const COMMANDS: Command[] = [
  sourcesCommand,
  syncCommand,
  conversationsCommand,
  settingsCommand,
  parseFilesCommand,
  toneCliCommand,
  watchCommand,
  setupCommand,
  bookmarksCommand,
  peopleCommand,
  forwardsCommand,
];
