// The command line calls the engine through the same argument checks as the desktop app (IPC) and the web host:
// every Api method's arguments pass validateArgs first, so what the app would refuse (a 20,000-character name) the
// command line refuses too. One wrapper for every command, in place of checks per command.
import { API_METHODS, API_SHAPES, ApiError, validateArgs, type Api, type ApiMethod } from '../../shared/api';
import type { Core } from '../core';
import { UsageError } from './usage-error';

/** What the command line calls each argument, where the Api's own name would read oddly ("method:name" first). */
const WORDS: Record<string, string> = {
  'watch.add:word': 'name',
  'watch.update:word': 'name',
  url: 'address',
  text: 'file',
  query: 'search',
  email: 'email address',
  word: 'word',
  owns: 'list of --owns',
  aliases: 'list of --alias',
  exclusions: 'list of --exclude',
  products: 'list of --product',
  competitors: 'list of --competitor',
  handles: 'list of --handle',
  appIds: 'list of --app-id',
  youtubeChannels: 'list of --youtube',
  lemmyCommunities: 'list of --lemmy',
  mastodonServer: 'server',
  alertsUrl: 'alerts address',
  replyLink: 'reply link',
  sourceIds: 'list of sources',
  company: 'company’s name',
};

/** "conversationId" → "conversation id". */
function words(method: ApiMethod, name: string): string {
  return WORDS[`${method}:${name}`] ?? WORDS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * validateArgs' refusal, said in the command line's words: “note” is too long → The note is too long (at most
 * 10,000 characters). The limits come from the same shapes, so there is no second number to keep in step.
 */
function plainRefusal(method: ApiMethod, message: string): string {
  const m = /^“(\w+)” (.*)$/.exec(message);
  if (!m) return message;
  const [, name, problem] = m as unknown as [string, string, string];
  const field = API_SHAPES[method][name];
  if (/too long/.test(problem) && field?.type === 'string' && field.max !== undefined) {
    return `The ${words(method, name)} is too long: at most ${field.max.toLocaleString('en')} characters.`;
  }
  if (field?.type === 'string[]') {
    const most = field.max !== undefined ? ` (at most ${field.max.toLocaleString('en')})` : '';
    return `The ${words(method, name)} has too many entries${most}, or one that is too long.`;
  }
  return `The ${words(method, name)} ${problem}`;
}

/** The engine's Api with every call's arguments checked first; a refusal is a UsageError (exit 2) in plain words. */
export function checkedApi(api: Api): Api {
  const checked: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    // The Api's per-method types cannot be narrowed through a computed key; validateArgs checks each shape.
    const call = api[method] as (args: unknown) => Promise<unknown>;
    checked[method] = async (args: unknown) => {
      let valid: unknown;
      try {
        valid = validateArgs(method, args);
      } catch (err) {
        throw err instanceof ApiError ? new UsageError(plainRefusal(method, err.message)) : err;
      }
      return call.call(api, valid);
    };
  }
  return checked as Api;
}

/** The same engine, its Api checked. */
export function checkedCore(core: Core): Core {
  return {
    api: checkedApi(core.api),
    on: (event, listener) => core.on(event, listener),
    storeNotice: core.storeNotice,
    idle: () => core.idle(),
    close: () => core.close(),
  };
}
