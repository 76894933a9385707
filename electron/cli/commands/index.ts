// Every `earshot` command, in the order `earshot help` lists them. Add a command by adding it here.
import type { Command } from '../command';
import { keptCommand } from './kept';
import { forwardsCommand } from './forwards';
import { peopleCommand } from './people';
import { briefCommand } from './brief';
import { conversationsCommand } from './conversations';
import { parseFilesCommand } from './parse';
import { settingsCommand } from './settings';
import { setupCommand } from './setup';
import { sourcesCommand } from './sources';
import { syncCommand } from './sync';
import { toneCliCommand } from './tone';
import { watchCommand } from './watch';

export const COMMANDS: Command[] = [sourcesCommand, syncCommand, conversationsCommand, settingsCommand, briefCommand, parseFilesCommand, watchCommand, setupCommand, keptCommand, peopleCommand, forwardsCommand, toneCliCommand];
