// `earshot setup`: proposes listening sources from a company's name, checks each, and adds them with --yes.
import type { ProposedSource, SetupArgs, SetupPreview } from '../../../shared/api-listen';
import { UsageError, parseCommandArgs } from '../args';
import type { Command } from '../command';
import type { Core } from '../../core';
import { hostOf } from '../../core/listen/setup-templates';

const PREVIEWS_AT_ONCE = 4;

async function previewAll(core: Core, sources: ProposedSource[]): Promise<Map<string, SetupPreview>> {
  const out = new Map<string, SetupPreview>();
  const queue = sources.filter((s) => !s.note);
  await Promise.all(
    Array.from({ length: Math.min(PREVIEWS_AT_ONCE, queue.length) }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) out.set(s.url, await core.api['setup.preview']({ url: s.url }));
    }),
  );
  return out;
}

export const setupCommand: Command = {
  name: 'setup',
  help: [
    {
      use:
        'setup --company NAME [--product P]... [--competitor C]... [--handle H]... [--server MASTODON] [--app-id ID]... ' +
        '[--youtube CHANNEL]... [--lemmy COMMUNITY]... [--alerts ADDRESS] [--no-preview] [--yes] [--json]',
      about: 'propose sources for a company, check each one, and add them (with --yes)',
    },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      company: { type: 'string' },
      product: { type: 'string', multiple: true },
      competitor: { type: 'string', multiple: true },
      handle: { type: 'string', multiple: true },
      server: { type: 'string' },
      'app-id': { type: 'string', multiple: true },
      youtube: { type: 'string', multiple: true },
      lemmy: { type: 'string', multiple: true },
      alerts: { type: 'string' },
      'no-preview': { type: 'boolean' },
      yes: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`“setup ${positionals[0]}” isn't understood. Give the company with --company NAME.`);
    if (!values.company?.trim()) throw new UsageError('Give the company’s name: earshot setup --company NAME');
    // The engine would fall back to its usual server without a word; someone who named one meant that one.
    if (values.server !== undefined && hostOf(values.server) === null) {
      throw new UsageError(`“${values.server}” isn't the name of a Mastodon server. Give one like mastodon.social, or leave --server out.`);
    }
    const args: SetupArgs = {
      company: values.company,
      products: values.product,
      competitors: values.competitor,
      handles: values.handle,
      mastodonServer: values.server,
      appIds: values['app-id'],
      youtubeChannels: values.youtube,
      lemmyCommunities: values.lemmy,
      alertsUrl: values.alerts,
    };
    return ctx.withCore(async (core) => {
      const proposal = await core.api['setup.propose'](args);
      const previews = values['no-preview'] ? new Map<string, SetupPreview>() : await previewAll(core, proposal.sources);
      // With previews, only sources that answered are kept; without, every one Earshot can read.
      const chosen = proposal.sources.filter((s) => !s.note && (values['no-preview'] || previews.get(s.url)?.status === 'ok'));
      if (values.json) {
        for (const s of proposal.sources) ctx.out(JSON.stringify({ ...s, preview: previews.get(s.url) ?? null }));
      } else {
        for (const s of proposal.sources) {
          const p = previews.get(s.url);
          ctx.out(`${chosen.includes(s) ? '+' : '-'} ${s.title}`);
          ctx.out(`    ${s.url}`);
          if (s.note) ctx.out(`    ${s.note}`);
          if (p) ctx.out(`    ${p.message}`);
          for (const t of p?.titles ?? []) ctx.out(`      · ${t}`);
        }
        ctx.out(`Watch words: ${proposal.watchWords.map((w) => `${w.word} (${w.kind})`).join(', ')}`);
      }
      if (!values.yes) {
        if (!values.json) {
          ctx.out(
            chosen.length
              ? 'Nothing added yet. Add the ones marked + with: earshot setup … --yes'
              : 'None of these answered just now (offline?). Try again later, or add them without checking: earshot setup … --no-preview --yes',
          );
        }
        return 0;
      }
      const applied = await core.api['setup.apply']({ ...args, sources: chosen.map((s) => s.url) });
      const s = applied.sources === 1 ? 'one source' : `${applied.sources} sources`;
      const w = applied.watchWords === 1 ? 'one watch word' : `${applied.watchWords} watch words`;
      ctx.out(`Added ${s} and ${w}. Read them with: earshot sync`);
      return 0;
    });
  },
};
