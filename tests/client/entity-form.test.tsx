import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TRPCClientError } from '@trpc/client';
import { EntityForm } from '../../client/components/ui/entity-form';
import { locationInputSchema } from '../../shared/schemas/locations';
import { changeLanguage } from '../../client/i18n';

const fields = [
  { name: 'name', label: 'Naam', kind: 'text' as const },
  {
    name: 'organisationId',
    label: 'Organisatie',
    kind: 'select' as const,
    numeric: true,
    options: [{ value: 7, label: 'Signum Onderwijs' }],
  },
  { name: 'address', label: 'Adres', kind: 'text' as const },
  { name: 'city', label: 'Plaats', kind: 'text' as const },
  { name: 'openDays', label: 'Open dagen', kind: 'weekdays' as const },
];
const empty = { name: '', organisationId: 0, address: '', city: '', openDays: [] as number[] };

function renderForm(onSubmit = vi.fn().mockResolvedValue(undefined)) {
  render(
    <EntityForm
      title="TOP-locatie toevoegen"
      schema={locationInputSchema}
      initial={empty}
      fields={fields}
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
}

describe('EntityForm with a shared zod schema', () => {
  it('shows Dutch messages at the fields, marks them invalid, and does not submit', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const name = screen.getByLabelText('Naam');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Het formulier bevat fouten. Ze staan bij de velden.')).toBeTruthy();
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Vul dit veld in.');
    expect(screen.getByText('Maak een keuze.')).toBeTruthy();
    expect(screen.getByText('Kies minstens één dag.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it('submits the parsed value (days sorted) when valid', async () => {
    const onSubmit = renderForm();
    await userEvent.type(screen.getByLabelText('Naam'), 'IKC De Linde');
    await userEvent.selectOptions(screen.getByLabelText('Organisatie'), '7');
    await userEvent.type(screen.getByLabelText('Adres'), 'Lindelaan 1');
    await userEvent.type(screen.getByLabelText('Plaats'), 'Best');
    await userEvent.click(screen.getByLabelText('donderdag'));
    await userEvent.click(screen.getByLabelText('maandag'));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'IKC De Linde', organisationId: 7, openDays: [1, 4], lat: null, lon: null }),
    );
  });

  it('puts a server refusal at the field it names', async () => {
    const refusal = new TRPCClientError('Deze naam is al in gebruik.', {
      result: {
        error: { message: 'x', code: -32009, data: { fieldErrors: { name: 'Deze naam is al in gebruik.' } } },
      } as never,
    });
    renderForm(vi.fn().mockRejectedValue(refusal));
    await userEvent.type(screen.getByLabelText('Naam'), 'Dubbel');
    await userEvent.selectOptions(screen.getByLabelText('Organisatie'), '7');
    await userEvent.type(screen.getByLabelText('Adres'), 'Straat 1');
    await userEvent.type(screen.getByLabelText('Plaats'), 'Best');
    await userEvent.click(screen.getByLabelText('maandag'));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Deze naam is al in gebruik.')).toBeTruthy());
    expect(screen.getByLabelText('Naam').getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks English after switching language', async () => {
    await changeLanguage('en');
    render(<EntityForm title="Add" schema={locationInputSchema} initial={empty} fields={fields} onSubmit={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getAllByText('Please fill in this field.').length).toBeGreaterThan(0);
    expect(screen.getByText('Choose at least one day.')).toBeTruthy();
  });
});
