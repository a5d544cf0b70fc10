import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';

type Location = Extract<RouterOutputs['placements']['explanation'], { withdrawn: false }>['locations'][number];

/** Why a location is closed to this student, naming the limit: "vol: 3 van 3 plaatsen", "Ans de Wit vol (2 van 2)". */
export function useBlockText() {
  const { t } = useTranslation('placements');
  return (l: Location): string => {
    switch (l.block) {
      case null:
        return '';
      case 'notOffered':
        return t('override.notOffered');
      case 'total':
        return t('override.fullTotal', { used: l.total.used, capacity: l.total.capacity });
      case 'programme':
        return t('override.fullProgramme', { used: l.programme.used, capacity: l.programme.capacity });
      case 'noSupervisor':
        return t('override.noSupervisor');
      case 'supervisor':
        return t('override.fullSupervisors', {
          names: l.supervisors
            .filter((s) => s.supervisesProgramme)
            .map((s) => t('override.supervisorLoad', { name: s.name, used: s.used, capacity: s.capacity }))
            .join(', '),
        });
    }
  };
}
