import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/**
 * A search line for a list (signals, decisions): searches on submit, not on every key, since the server
 * finds word forms and a half-typed word is a different search. The hint says that word forms count.
 */
export function SearchField({ label, onSearch }: { label: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <form role="search" aria-label={label} onSubmit={submit} className="toolbar">
      <label className="inline-field search-text">
        <span>{label}</span>
        <input type="search" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
      </label>
      <Button type="submit">{t('actions.search')}</Button>
      <span className="muted">{t('search.wordFormsHint')}</span>
    </form>
  );
}
