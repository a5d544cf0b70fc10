import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { z } from 'zod';
import { useForm } from '../../client/lib/use-form';

// A form that stays open after a save (decision 103): saved() empties what was sent, not what was typed since.
const schema = z.object({ title: z.string().min(1), note: z.string(), days: z.array(z.number()) });
const empty = { title: '', note: '', days: [] };

function filledAndSent() {
  const { result } = renderHook(() => useForm(schema, empty));
  act(() => {
    result.current.set('title', 'Weekoverleg');
    result.current.set('note', 'eerste');
    result.current.set('days', [1, 3]);
  });
  act(() => {
    expect(result.current.validate()).toEqual({ title: 'Weekoverleg', note: 'eerste', days: [1, 3] });
  });
  return result;
}

describe('useForm().saved', () => {
  it('empties every field still holding what was sent', () => {
    const result = filledAndSent();
    act(() => result.current.saved(empty));
    expect(result.current.values).toEqual(empty);
  });

  it('keeps a field changed while the save was under way, and empties the others', () => {
    const result = filledAndSent();
    act(() => result.current.set('note', 'tweede, getypt tijdens het opslaan'));
    act(() => result.current.saved({ ...empty, title: 'Weekoverleg' }));
    expect(result.current.values).toEqual({
      title: 'Weekoverleg',
      note: 'tweede, getypt tijdens het opslaan',
      days: [],
    });
  });

  it('clears the errors shown before the save', () => {
    const { result } = renderHook(() => useForm(schema, empty));
    act(() => {
      expect(result.current.validate()).toBeNull();
    });
    expect(result.current.errors.title).toBeTruthy();
    act(() => result.current.saved(empty));
    expect(result.current.errors).toEqual({});
  });
});
