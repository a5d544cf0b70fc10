import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { initI18n, changeLanguage } from '../../client/i18n';

beforeAll(async () => {
  await initI18n('nl', { allNamespaces: true });
});
afterEach(async () => {
  cleanup();
  await changeLanguage('nl');
});
