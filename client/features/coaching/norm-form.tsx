import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { DecimalInput } from '../../components/ui/decimal-input';
import { NORM_PRESETS, type CoachingNorm, type NormPreset } from '../../../shared/domain/coaching';

type Rates = 'hoursPerLocation' | 'hoursPerVeChild' | 'hoursPerFtePm';
const RATES: Rates[] = ['hoursPerLocation', 'hoursPerVeChild', 'hoursPerFtePm'];

/** The year's norm: a preset to start from, each component adjustable, the vaste voet on or off. */
export function NormForm({
  year,
  norm,
  onSaved,
}: {
  year: number;
  norm: CoachingNorm & { revision: number | null };
  onSaved: () => void;
}) {
  const { t } = useTranslation('coaching');
  const [values, setValues] = useState<Record<Rates, unknown>>(() => ({
    hoursPerLocation: norm.hoursPerLocation,
    hoursPerVeChild: norm.hoursPerVeChild,
    hoursPerFtePm: norm.hoursPerFtePm,
  }));
  const [countsFixedBase, setCountsFixedBase] = useState(norm.countsFixedBase);
  const [revision, setRevision] = useState(norm.revision);
  const save = trpc.coaching.saveNorm.useMutation({
    onSuccess: (saved) => {
      setRevision(saved.revision);
      onSaved();
    },
  });
  const conflict = conflictOf(save.error);
  const details = save.error && !conflict ? errorDetails(save.error) : null;
  const preset = (name: NormPreset) => {
    const { countsFixedBase: fixed, ...rates } = NORM_PRESETS[name];
    setValues(rates);
    setCountsFixedBase(fixed);
  };
  return (
    <form
      aria-label={t('rekentool.norm')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ ...values, year, revision, countsFixedBase });
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
      {save.isSuccess && <Notice kind="success">{t('rekentool.normSaved')}</Notice>}
      <div className="form-actions">
        {(Object.keys(NORM_PRESETS) as NormPreset[]).map((name) => (
          <Button key={name} variant="secondary" onClick={() => preset(name)}>
            {t(`rekentool.preset.${name}`)}
          </Button>
        ))}
      </div>
      {RATES.map((rate) => (
        <div className="field" key={rate}>
          <label htmlFor={`norm-${rate}`}>{t(`rekentool.${rate}`)}</label>
          <DecimalInput
            id={`norm-${rate}`}
            aria-invalid={details?.fieldErrors[rate] !== undefined}
            value={values[rate]}
            onChange={(text) => setValues({ ...values, [rate]: text })}
          />
        </div>
      ))}
      <div className="field">
        <input
          id="norm-fixed-base"
          type="checkbox"
          checked={countsFixedBase}
          onChange={(e) => setCountsFixedBase(e.target.checked)}
        />
        <label htmlFor="norm-fixed-base">{t('rekentool.countsFixedBase')}</label>
      </div>
      <Button type="submit">{t('rekentool.saveNorm')}</Button>
    </form>
  );
}
