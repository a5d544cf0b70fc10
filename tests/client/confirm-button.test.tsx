import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmButton } from '../../client/components/ui/confirm-button';

describe('ConfirmButton', () => {
  it('asks first, acts on the second click only', async () => {
    const onConfirm = vi.fn();
    render(<ConfirmButton label="Verwijderen" question="IKC X verwijderen?" onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'IKC X verwijderen?' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Ja, verwijderen');
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
