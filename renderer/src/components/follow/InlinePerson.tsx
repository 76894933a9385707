// Adds someone without leaving the forward dialog: a name and an email are enough.
import { useState, type KeyboardEvent } from 'react';
import { useApp } from '../../state/context';

/** `startOpen`: with nobody to choose yet, the name and email are asked for at once. */
export function InlinePerson({ onAdded, startOpen = false }: { onAdded: (personId: string) => void; startOpen?: boolean }) {
  const addPerson = useApp((s) => s.addPerson);
  const [open, setOpen] = useState(startOpen);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');

  if (!open) {
    return (
      <button type="button" className="text-button" onClick={() => setOpen(true)}>
        Someone else…
      </button>
    );
  }
  const add = async () => {
    if (!name.trim()) return;
    const person = await addPerson({ name: name.trim(), email: email.trim() || undefined });
    if (person) {
      onAdded(person.id);
      setOpen(false);
      setName('');
      setEmail('');
    }
  };
  // Not a form of its own (it sits inside the dialog's fields), so Enter is taken here, as a form would.
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void add();
  };
  return (
    <div className="inline-person">
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onEnter} autoComplete="off" autoFocus />
      </label>
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} onKeyDown={onEnter} autoComplete="off" />
      </label>
      <button type="button" className="button quiet-button" disabled={!name.trim()} onClick={() => void add()}>
        Add
      </button>
    </div>
  );
}
