// Every `earshot` command, in the order `earshot help` lists them. Add a command by adding it here.
import type { Command } from '../command';
import { conversationsCommand } from './conversations';
import { parseFilesCommand } from './parse';
import { settingsCommand } from './settings';
import { sourcesCommand } from './sources';
import { syncCommand } from './sync';

export const COMMANDS: Command[] = [sourcesCommand, syncCommand, conversationsCommand, settingsCommand, parseFilesCommand];
