// "Add from a website": Earshot looks at a site for the sources it offers; the person chooses which to add.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { count } from '../../../../shared/words';
import { useApp } from '../../state/context';
import type { Found, Outcome } from '../../state/listen-slice';

export function DiscoverForm() {
  const discover = useApp((s) => s.discover);
  const addFound = useApp((s) => s.addFound);
  const [site, setSite] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Outcome | null>(null);
  const id = useId();

  async function look(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    setFound(null);
    const result = await discover(site);
    setBusy(false);
    if (!('found' in result)) return setMessage(result);
    setFound(result.found);
    // One find is almost surely what was meant; with several, the person picks.
    setChosen(result.found.length === 1 ? { [result.found[0]!.url]: true } : {});
    if (result.found.length === 0) setMessage({ text: 'Earshot found nothing it can listen to on that site.', problem: false });
  }

  async function add() {
    setBusy(true);
    const outcome = await addFound((found ?? []).filter((f) => chosen[f.url]));
    setBusy(false);
    setMessage(outcome);
    if (!outcome.problem) {
      setFound(null);
      setSite('');
    }
  }

  const picked = (found ?? []).filter((f) => chosen[f.url]).length;
  return (
    <div className="discover">
      <form onSubmit={(e) => void look(e)}>
        <label htmlFor={id}>Add from a website</label>
        <div className="add-source-row">
          <input
            id={id}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="example.com"
            value={site}
            onChange={(e) => {
              setSite(e.target.value);
              // What was said about the last address no longer applies to the one being typed.
              if (message) setMessage(null);
            }}
          />
          <button type="submit" className="button quiet-button" disabled={busy || !site.trim()}>
            {busy && !found ? 'Looking…' : 'Look for sources'}
          </button>
        </div>
      </form>
      {found && found.length ? (
        <fieldset className="discover-found">
          <legend>Found on {site.trim()}</legend>
          {found.map((f) => (
            <label key={f.url} className="discover-choice">
              <input type="checkbox" checked={Boolean(chosen[f.url])} onChange={(e) => setChosen({ ...chosen, [f.url]: e.target.checked })} />
              <span>
                {f.title || f.url}
                <span className="quiet discover-address"> {f.url}</span>
              </span>
            </label>
          ))}
          <button type="button" className="button" disabled={busy || picked === 0} onClick={() => void add()}>
            {picked ? `Add ${count(picked, 'source')}` : 'Choose what to add'}
          </button>
        </fieldset>
      ) : null}
      {message ? (
        <p className={message.problem ? 'problem' : 'quiet'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
