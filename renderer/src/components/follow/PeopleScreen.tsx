// The people the executive forwards to, and what each owns (themes or watch words), so forwarding can suggest them.
import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../../shared/follow';
import { useFocusAfterRemoval, useFocusOnChange } from '../../lib/focus-after';
import { useApp } from '../../state/context';
import { PersonForm } from './PersonForm';

export function PeopleScreen() {
  const people = useApp((s) => s.people);
  const loaded = useApp((s) => s.peopleLoaded);
  const error = useApp((s) => s.followError ?? s.followLoadError);
  const notice = useApp((s) => s.followNotice);
  const loadPeople = useApp((s) => s.loadPeople);
  const addPerson = useApp((s) => s.addPerson);
  const heading = useRef<HTMLHeadingElement>(null);
  // Someone removed: the focus goes on to the next person, or to the heading when nobody is left.
  const list = useFocusAfterRemoval<HTMLUListElement>(
    people.map((p) => p.id),
    () => heading.current,
  );

  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);

  return (
    <section className="screen follow-screen" aria-labelledby="people-heading">
      <h1 id="people-heading" ref={heading} tabIndex={-1}>
        People
      </h1>
      <p className="lede">The people you forward conversations to, and what each of them owns. Earshot suggests the owner when you forward.</p>
      <h2 className="follow-subheading">Add someone</h2>
      <PersonForm idPrefix="new-person" submitLabel="Add" onSubmit={async (input) => (await addPerson(input)) !== null} resetOnSave />
      {error ? <p className="problem">{error}</p> : null}
      <p className="follow-notice quiet" role="status">
        {error ? '' : notice}
      </p>
      {loaded && people.length === 0 ? <p className="empty quiet">Nobody yet.</p> : null}
      <ul className="follow-list" aria-label="People" {...list}>
        {people.map((p) => (
          <PersonRow key={p.id} person={p} />
        ))}
      </ul>
    </section>
  );
}

function PersonRow({ person }: { person: Person }) {
  const updatePerson = useApp((s) => s.updatePerson);
  const removePerson = useApp((s) => s.removePerson);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The edit form and the question each give the focus back where they were opened from when put away.
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  useFocusOnChange(editing, () => (editing ? null : editButton.current));
  useFocusOnChange(confirming, () => (confirming ? null : removeButton.current));

  if (editing) {
    return (
      <li className="follow-item">
        <PersonForm
          idPrefix={`person-${person.id}`}
          initial={person}
          submitLabel="Save"
          autoFocus
          onSubmit={async (input) => {
            const ok = await updatePerson(person.id, input);
            if (ok) setEditing(false);
            return ok;
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="follow-item">
      <h2 className="follow-title">{person.name}</h2>
      <p className="quiet person-details">{[person.team, person.email].filter(Boolean).join(' · ') || 'No team or email yet'}</p>
      {person.owns.length > 0 ? (
        <p className="owns">
          <span className="quiet">Owns </span>
          {person.owns.map((w) => (
            <span key={w} className="chip">
              {w}
            </span>
          ))}
        </p>
      ) : null}
      {confirming ? (
        // A group named by the question (as SourceRow's), so it is heard; the focus starts on the answer that
        // changes nothing, never on Remove (a second Enter would remove them).
        <div role="group" aria-label={`Remove ${person.name}?`} className="confirm">
          <p>Remove {person.name}? Their follow-ups stay where they are.</p>
          <button type="button" className="button quiet-button" onClick={() => void removePerson(person.id)}>
            Remove
          </button>
          <button type="button" className="text-button" onClick={() => setConfirming(false)} autoFocus>
            Keep {person.name}
          </button>
        </div>
      ) : (
        <p className="follow-item-actions">
          <button type="button" className="text-button" ref={editButton} onClick={() => setEditing(true)}>
            Edit {person.name}
          </button>
          <button type="button" className="text-button" ref={removeButton} onClick={() => setConfirming(true)}>
            Remove {person.name}
          </button>
        </p>
      )}
    </li>
  );
}
