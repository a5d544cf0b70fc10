import type { ComponentType } from 'react';
import type { Me } from '../../lib/session';
import type { Permission } from '../../../shared/domain/permissions';
import { MyStudentPanel } from './my-student-panel';
import { ReflectionPanel } from '../mentor-teams/pages';
import { MyActionsPanel } from '../regiegroep/pages';
import { MyPlacementPanel } from '../placements/my-placement-panel';
import { MyInvitationsPanel } from '../auth/my-invitations-panel';
import { ChangePasswordPanel } from '../auth/change-password-panel';

/** Panels that features put on the start page, each for the roles it concerns. Features add theirs here. */
export const START_PANELS: { key: string; permission: Permission; Panel: ComponentType<{ me: Me }> }[] = [
  { key: 'my-invitations', permission: 'signedIn', Panel: MyInvitationsPanel },
  { key: 'my-student', permission: 'self.read', Panel: MyStudentPanel },
  { key: 'my-placement', permission: 'placements.self', Panel: MyPlacementPanel },
  { key: 'my-reflection', permission: 'self.reflect', Panel: ReflectionPanel },
  { key: 'my-actions', permission: 'regiegroep.ownActions', Panel: MyActionsPanel },
  { key: 'change-password', permission: 'signedIn', Panel: ChangePasswordPanel },
];
