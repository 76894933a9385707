import { FORWARD_STATUS_WORDS, type ForwardStatus } from '../../../shared/follow';
import { relativeTime } from '../../../shared/words';
import { parseCommandArgs, UsageError } from '../args';
import { reminderOf } from '../dates';
import type { Command } from '../command';
import { findPerson } from './people';

const STATUS_NAMES: Record<string, ForwardStatus> = {
  open: 'open',
  answered: 'answered',
  told: 'customer-told',
  'customer-told': 'customer-told',
  'customer told': 'customer-told',
  closed: 'closed',
};

function statusOf(text: string | undefined): ForwardStatus | undefined {
  if (text === undefined) return undefined;
  const status = STATUS_NAMES[text.trim().toLowerCase()];
  if (!status) throw new UsageError('--status should be one of: open, answered, customer-told, closed.');
  return status;
}

export const forwardsCommand: Command = {
  name: 'forwards',
  help: [
    { use: 'forwards list [--status S] [--to PERSON] [--json]', about: 'the follow-ups: what was sent to whom, and where each stands' },
    { use: 'forwards create CONVERSATION --to PERSON [--note N] [--remind DATE]', about: 'record a forward; prints the mail link' },
    {
      use: 'forwards update ID [--status S] [--note N] [--reply-link URL] [--remind DATE]',
      about: 'change a follow-up; S is open, answered, customer-told or closed',
    },
    { use: 'forwards export', about: 'the follow-ups as CSV (a spreadsheet)' },
    { use: 'forwards eml ID', about: 'the forward as an .eml message' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      to: { type: 'string' },
      note: { type: 'string' },
      status: { type: 'string' },
      remind: { type: 'string' },
      'reply-link': { type: 'string' },
      json: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    const status = statusOf(values.status);
    const reminder = reminderOf(values.remind);
    return ctx.withCore(async (core, now) => {
      if (verb === 'list' || verb === undefined) {
        const personId = values.to ? (await findPerson(core, values.to)).id : undefined;
        const list = await core.api['forwards.list']({ status, personId });
        if (values.json) list.forEach((f) => ctx.out(JSON.stringify(f)));
        else if (list.length === 0) ctx.out('Nothing forwarded yet. Forward with: earshot forwards create CONVERSATION --to PERSON');
        else {
          for (const f of list) {
            ctx.out(`${f.id}  ${FORWARD_STATUS_WORDS[f.status]}: ${f.conversation.title}`);
            ctx.out(`    To ${f.personName}, ${relativeTime(f.createdAt, now())}${f.latestNote ? `. ${f.latestNote}` : ''}`);
          }
        }
      } else if (verb === 'create') {
        if (rest.length !== 1 || !values.to) throw new UsageError('Give a conversation and a person: earshot forwards create ID --to PERSON');
        const person = await findPerson(core, values.to);
        const f = await core.api['forwards.create']({ conversationId: rest[0]!, personId: person.id, note: values.note, remindAt: reminder });
        if (values.json) ctx.out(JSON.stringify(f));
        else {
          const message = await core.api['forwards.message']({ id: f.id });
          if (f.personEmail) {
            ctx.out(`Recorded for ${f.personName} (${f.id}). Send it with this link:`);
            ctx.out(message.mailto);
          } else {
            // A mail link without an address opens an empty "To"; better to say so and give the words to pass on.
            ctx.out(`Recorded for ${f.personName} (${f.id}). There is no email address for ${f.personName}, so here is the message to send:`);
            ctx.out('');
            ctx.out(`Subject: ${message.subject}`);
            ctx.out(message.text.trimEnd());
          }
        }
      } else if (verb === 'update') {
        if (rest.length !== 1) throw new UsageError('Give one follow-up: earshot forwards update ID --status S');
        if (!status && values.note === undefined && values['reply-link'] === undefined && values.remind === undefined) {
          throw new UsageError('Say what changed: --status S, --note N, --reply-link URL or --remind DATE.');
        }
        const f = await core.api['forwards.update']({ id: rest[0]!, status, note: values.note, replyLink: values['reply-link'], remindAt: reminder });
        ctx.out(values.json ? JSON.stringify(f) : `${FORWARD_STATUS_WORDS[f.status]}: ${f.conversation.title}`);
      } else if (verb === 'export') {
        const file = await core.api['forwards.exportCsv']({});
        ctx.out(file.text.replace(/\r\n$/, ''));
      } else if (verb === 'eml') {
        if (rest.length !== 1) throw new UsageError('Give one follow-up: earshot forwards eml ID');
        const file = await core.api['forwards.eml']({ forwardId: rest[0]! });
        ctx.out(file.text.replace(/\r\n$/, ''));
      } else throw new UsageError(`“forwards ${verb}” isn't a command. Try: list, create, update, export, eml.`);
      return 0;
    });
  },
};
