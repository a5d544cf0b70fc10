import type { ComponentType } from 'react';
import type { Me } from '../../lib/session';
import type { Permission } from '../../../shared/domain/permissions';
import { MyStudentPanel } from './my-student-panel';
import { AttentionPanel } from './attention-panel';
import { MyInvitationsPanel } from '../auth/my-invitations-panel';
import { ChangePasswordOpener } from '../auth/change-password-opener';
import { loadedOnUse } from '../../components/ui/loading';

// Each feature's panel loads with the start page that shows it, not in the app's first script.
const ReflectionPanel = loadedOnUse<{ me: Me }>(() =>
  import('../mentor-teams/reflection-panel').then((m) => m.ReflectionPanel),
);
const MyActionsPanel = loadedOnUse<{ me: Me }>(() =>
  import('../regiegroep/my-actions-panel').then((m) => m.MyActionsPanel),
);
const MyObservationsPanel = loadedOnUse<{ me: Me }>(() =>
  import('../workplace/my-observations-panel').then((m) => m.MyObservationsPanel),
);
const MyPlacementPanel = loadedOnUse<{ me: Me }>(() =>
  import('../placements/my-placement-panel').then((m) => m.MyPlacementPanel),
);

/** Panels that features put on the start page, each for the roles it concerns. Features add theirs here. */
export const START_PANELS: { key: string; permission: Permission; Panel: ComponentType<{ me: Me }> }[] = [
  { key: 'my-invitations', permission: 'signedIn', Panel: MyInvitationsPanel },
  { key: 'attention', permission: 'signedIn', Panel: AttentionPanel },
  { key: 'my-student', permission: 'self.read', Panel: MyStudentPanel },
  { key: 'my-placement', permission: 'placements.self', Panel: MyPlacementPanel },
  { key: 'my-reflection', permission: 'self.reflect', Panel: ReflectionPanel },
  { key: 'my-workplace', permission: 'self.read', Panel: MyObservationsPanel },
  { key: 'my-actions', permission: 'regiegroep.ownActions', Panel: MyActionsPanel },
  { key: 'change-password', permission: 'signedIn', Panel: ChangePasswordOpener },
];
