/**
 * The chosen language belongs to the person: kept with the account (user.locale), it decides the
 * server's messages once they are signed in, whatever the browser's language or an old cookie says.
 * Before signing in only the UI's cookie counts; the browser's Accept-Language is never a choice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';
import { jsonOf, trpcData, trpcError, type Outputs } from '../helpers/answers';

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
}, 120_000);

const emptyOrg = { name: '', type: 'gemeente' };
const wrongLogin = (headers: Record<string, string>) =>
  s.app.inject({
    method: 'POST',
    url: '/auth/login',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { email: 'beheer@eindhoven.demo', password: 'niet-het-wachtwoord' },
  });

describe('before signing in', () => {
  it("speaks Dutch to an English browser, and the UI's cookie language when there is one", async () => {
    expect(jsonOf<{ error: string }>(await wrongLogin({ 'accept-language': 'en-US,en;q=0.9' })).error).toBe(
      'E-mailadres of wachtwoord onjuist.',
    );
    expect(jsonOf<{ error: string }>(await wrongLogin({ cookie: 'taal=en' })).error).toBe(
      'E-mail address or password incorrect.',
    );
  });
});

describe('signed in', () => {
  it("follows the person's own choice in every browser, over the cookie and the browser's language", async () => {
    const first = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
    expect(trpcError(await trpcPost(s.app, 'organisations.create', first, emptyOrg)).data.fieldErrors?.name).toBe(
      'Vul dit veld in.',
    );
    expect((await trpcPost(s.app, 'session.setLanguage', first, { locale: 'en' })).statusCode).toBe(200);
    const me = trpcData<Outputs['session']['me']>(await trpcGet(s.app, 'session.me', first));
    expect(me?.user.locale).toBe('en');

    // Another browser, Dutch by its language and with a Dutch cookie: the person's English wins.
    const second = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo', { cookie: 'taal=nl' }));
    const res = await s.app.inject({
      method: 'POST',
      url: '/trpc/organisations.create',
      headers: { 'content-type': 'application/json', cookie: `${second}; taal=nl`, 'accept-language': 'nl-NL' },
      payload: JSON.stringify(emptyOrg),
    });
    expect(trpcError(res).data.fieldErrors?.name).toBe('Please fill in this field.');

    await trpcPost(s.app, 'session.setLanguage', second, { locale: 'nl' });
    expect(trpcError(await trpcPost(s.app, 'organisations.create', first, emptyOrg)).data.fieldErrors?.name).toBe(
      'Vul dit veld in.',
    );
  });
});
