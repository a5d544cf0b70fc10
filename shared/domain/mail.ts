/** The kinds of mail Werkplaats sends. Invitation and password reset are not notifications: they cannot be turned off. */
export const NOTIFICATION_KINDS = [
  'placementPublished',
  'actionAssigned',
  'actionDueSoon',
  'actionOverdue',
  'signalForwarded',
  'logMissing',
  'newReflections',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type MailKind = 'invitation' | 'passwordReset' | 'digest' | NotificationKind;

export const MAIL_MODES = ['direct', 'digest', 'off'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

/** New reflections come as a daily digest unless someone asks otherwise; everything else directly. */
export const DEFAULT_MAIL_MODE: Record<NotificationKind, MailMode> = {
  placementPublished: 'direct',
  actionAssigned: 'direct',
  actionDueSoon: 'direct',
  actionOverdue: 'direct',
  signalForwarded: 'direct',
  logMissing: 'direct',
  newReflections: 'digest',
};

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
