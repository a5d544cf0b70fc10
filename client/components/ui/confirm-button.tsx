import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/** Deleting takes two clicks: the first asks, the second does it. Keyboard and screen-reader friendly. */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
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
        {t('actions.confirmDelete')}
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)}>
        {t('actions.cancel')}
      </Button>
    </span>
  );
}
