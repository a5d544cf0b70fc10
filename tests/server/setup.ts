/**
 * Every server test: the read caches deep-freeze what they keep (server/cache/read-cache.ts), so a
 * service that changes a shared cached answer — and would hand the next caller a changed one — throws.
 */
import { freezeKeptValues } from '../../server/cache/read-cache';

freezeKeptValues(true);
