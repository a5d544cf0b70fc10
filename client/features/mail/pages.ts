/** The pages app.tsx routes to (one import line there). */
export { ForgotPasswordPage } from './forgot-password-page';
export { ResetPasswordPage } from './reset-password-page';
export { UnsubscribePage } from './unsubscribe-page';
export { MailSettingsPage } from './mail-settings-page';
export { OutboxPage } from './outbox-page';
