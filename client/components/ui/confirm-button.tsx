import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/**
 * Deleting (or another action that cannot be undone) takes two clicks: the first asks, the second does it.
 * Keyboard and screen-reader friendly.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
  context,
  confirmLabel,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** Hidden words after the label that tell rows apart for a screen reader ("(Sanne Jansen)"). */
  context?: string;
  /** The second click's words, when the action is not a deletion. */
  confirmLabel?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // The button just pressed gives way to the question: focus moves to its confirmation, so keyboard and
  // screen-reader users stay where they were (not lost at the top of the page).
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
        {context && <span className="visually-hidden"> ({context})</span>}
      </Button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <Button
        variant="danger"
        ref={confirm}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel ?? t('actions.confirmDelete')}
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)}>
        {t('actions.cancel')}
      </Button>
    </span>
  );
}
