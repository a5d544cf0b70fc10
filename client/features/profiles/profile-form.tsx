import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { Field, FieldGroup } from '../../components/ui/field';
import {
  BEROEPSBEELD_DOMAIN_CODES,
  BEROEPSBEELD_SPECIALISATIONS,
  BEROEPSBEELD_STAGES,
  CAREER_DIRECTIONS,
  type BeroepsbeeldDomain,
  type BeroepsbeeldStage,
  type CareerDirection,
} from '../../../shared/domain/beroepsbeeld';

type Mine = RouterOutputs['profiles']['mine'];
type Profile = NonNullable<Mine['profile']>;

/** The worker's own profile: team, a stage per domain they work in, specialisations, and where they want to go. */
export function ProfileForm({
  profile,
  fixedLocationId,
  locations,
  onSaved,
}: {
  profile: Profile;
  fixedLocationId: number | null;
  locations: Mine['locations'];
  onSaved: () => void;
}) {
  const { t } = useTranslation('profiles');
  const [values, setValues] = useState(() => ({ ...profile }));
  const [revision, setRevision] = useState(profile.revision);
  const save = trpc.profiles.save.useMutation({
    onSuccess: (saved) => {
      setRevision(saved.revision);
      onSaved();
    },
  });
  const conflict = conflictOf(save.error);
  const details = save.error && !conflict ? errorDetails(save.error) : null;
  const stageOf = (domain: BeroepsbeeldDomain) => values.domains.find((d) => d.domain === domain)?.stage ?? '';
  const setStage = (domain: BeroepsbeeldDomain, stage: BeroepsbeeldStage | '') => {
    const others = values.domains.filter((d) => d.domain !== domain);
    const domains = BEROEPSBEELD_DOMAIN_CODES.flatMap((code) =>
      code === domain ? (stage ? [{ domain, stage }] : []) : others.filter((d) => d.domain === code),
    );
    setValues({ ...values, domains });
  };
  const toggleSpecialisation = (code: Profile['specialisations'][number], on: boolean) =>
    setValues({
      ...values,
      specialisations: BEROEPSBEELD_SPECIALISATIONS.filter((s) =>
        s === code ? on : values.specialisations.includes(s),
      ),
    });
  return (
    <form
      className="section"
      aria-label={t('mine.title')}
      onSubmit={(e) => {
        e.preventDefault();
        const { consentedAt: _consented, revision: _read, ...rest } = values;
        save.mutate({ ...rest, revision });
      }}
    >
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          onReload={() => location.reload()}
          onKeepMine={() => setRevision(conflict.revision)}
        />
      )}
      {details && <Notice kind="error">{details.message}</Notice>}
      <Field label={t('mine.team')} hint={t('mine.teamHint')} error={details?.fieldErrors.topLocationId}>
        {(aria) => (
          <select
            {...aria}
            value={values.topLocationId ?? ''}
            disabled={fixedLocationId !== null}
            onChange={(e) => setValues({ ...values, topLocationId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('mine.noTeam')}</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FieldGroup legend={t('mine.domains')} hint={t('mine.domainsHint')} error={details?.fieldErrors.domains}>
        {BEROEPSBEELD_DOMAIN_CODES.map((domain) => (
          <Field key={domain} label={t('mine.stageIn', { domain: t(`domains.${domain}`) })}>
            {(aria) => (
              <select
                {...aria}
                value={stageOf(domain)}
                onChange={(e) => setStage(domain, e.target.value as BeroepsbeeldStage | '')}
              >
                <option value="">{t('mine.notInDomain')}</option>
                {BEROEPSBEELD_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`stages.${stage}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </FieldGroup>
      <FieldGroup legend={t('mine.specialisations')} error={details?.fieldErrors.specialisations}>
        {BEROEPSBEELD_SPECIALISATIONS.map((code) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={values.specialisations.includes(code)}
              onChange={(e) => toggleSpecialisation(code, e.target.checked)}
            />{' '}
            {t(`specialisations.${code}`)}
          </label>
        ))}
      </FieldGroup>
      <FieldGroup legend={t('mine.direction')} error={details?.fieldErrors.direction}>
        {[null, ...CAREER_DIRECTIONS].map((direction: CareerDirection | null) => (
          <label key={direction ?? 'none'} className="choice">
            <input
              type="radio"
              name="direction"
              checked={values.direction === direction}
              onChange={() => setValues({ ...values, direction })}
            />{' '}
            {t(`directions.${direction ?? 'none'}`)}
          </label>
        ))}
      </FieldGroup>
      <Field label={t('mine.targetDomain')} error={details?.fieldErrors.targetDomain}>
        {(aria) => (
          <select
            {...aria}
            value={values.targetDomain ?? ''}
            onChange={(e) =>
              setValues({ ...values, targetDomain: (e.target.value || null) as BeroepsbeeldDomain | null })
            }
          >
            <option value="">{t('mine.anyDomain')}</option>
            {BEROEPSBEELD_DOMAIN_CODES.map((d) => (
              <option key={d} value={d}>
                {t(`domains.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('mine.wish')} error={details?.fieldErrors.wish} optional>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            maxLength={500}
            value={values.wish}
            onChange={(e) => setValues({ ...values, wish: e.target.value })}
          />
        )}
      </Field>
      {save.isSuccess && <Notice kind="success">{t('mine.saved')}</Notice>}
      <Button type="submit" disabled={save.isPending}>
        {t('mine.save')}
      </Button>
    </form>
  );
}
