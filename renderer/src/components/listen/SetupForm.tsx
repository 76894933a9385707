// The set-up form: the company, its products, competitors and own accounts, in a calm single column.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { SetupArgs } from '../../../../shared/api-listen';
import { useApp } from '../../state/context';
import { splitNames } from './words';

function Field(props: { label: string; hint?: string; value: string; onChange(v: string): void; placeholder?: string; required?: boolean }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="setup-field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={hintId} className="setup-hint quiet">
          {props.hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        placeholder={props.placeholder}
        required={props.required}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export function SetupForm() {
  const propose = useApp((s) => s.proposeSetup);
  const busy = useApp((s) => s.setupBusy);
  const last = useApp((s) => s.setupArgs);
  const [company, setCompany] = useState(last?.company ?? '');
  const [products, setProducts] = useState(last?.products?.join(', ') ?? '');
  const [competitors, setCompetitors] = useState(last?.competitors?.join(', ') ?? '');
  const [handles, setHandles] = useState(last?.handles?.join(', ') ?? '');
  const [server, setServer] = useState(last?.mastodonServer ?? '');
  const [appIds, setAppIds] = useState(last?.appIds?.join(', ') ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    const args: SetupArgs = { company: company.trim() };
    const lists = { products, competitors, handles, appIds } as const;
    for (const [key, text] of Object.entries(lists)) {
      const names = splitNames(text);
      if (names.length) args[key as keyof typeof lists] = names;
    }
    if (server.trim()) args.mastodonServer = server.trim();
    void propose(args);
  }

  return (
    <form className="setup-form" onSubmit={submit} aria-label="About your company">
      <Field label="Your company" value={company} onChange={setCompany} placeholder="Kestrel" required />
      <Field label="Its products" hint="Separate names with commas." value={products} onChange={setProducts} placeholder="Kestrel One, Kestrel Cargo" />
      <Field label="Competitors" hint="Separate names with commas." value={competitors} onChange={setCompetitors} />
      <Field
        label="Your own accounts"
        hint="Like @kestrel, kestrel.bsky.social or #kestrelbikes."
        value={handles}
        onChange={setHandles}
      />
      <Field label="Mastodon server (optional)" hint="Where to follow tags; mastodon.social if left empty." value={server} onChange={setServer} />
      <Field label="App Store app numbers (optional)" hint="The digits at the end of your app's App Store address." value={appIds} onChange={setAppIds} />
      <button type="submit" className="button" disabled={busy || !company.trim()}>
        {busy ? 'Looking for places…' : 'Suggest places to listen'}
      </button>
    </form>
  );
}
