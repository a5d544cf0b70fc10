import { useEffect, useRef, useState } from 'react';

/**
 * Which record of a list has its inline editor open. The button that opened it has the id
 * `buttonId(record)`; closing the editor puts focus back on that button once it is rendered again (it may
 * have given way to the form), so keyboard and screen-reader users stay where they were.
 */
export function useInlineEditor(buttonIdPrefix: string) {
  const [editing, setEditing] = useState<number | null>(null);
  const returnTo = useRef<number | null>(null);
  useEffect(() => {
    if (editing !== null || returnTo.current === null) return;
    document.getElementById(`${buttonIdPrefix}-${returnTo.current}`)?.focus();
    returnTo.current = null;
  }, [editing, buttonIdPrefix]);
  return {
    editing,
    /** Opens record id's editor, or (null) closes it without moving focus (the record is gone). */
    open: setEditing,
    close(id: number) {
      returnTo.current = id;
      setEditing(null);
    },
    buttonId: (id: number) => `${buttonIdPrefix}-${id}`,
  };
}
