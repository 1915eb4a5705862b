import { describe, expect, it } from 'vitest';
import { authFromEnv } from './auth-env.js';

describe('Salesforce credentials from the environment', () => {
  it('takes an instance URL and an access token, 127.0.0.1 included', () => {
    const r = authFromEnv({ SF_INSTANCE_URL: 'http://127.0.0.1:4321/', SF_ACCESS_TOKEN: 'tok' });
    expect(r).toEqual({ ok: true, value: { kind: 'token', instanceUrl: 'http://127.0.0.1:4321', accessToken: 'tok' } });
  });
  it('takes a username/password login, the security token optional, login.salesforce.com by default', () => {
    const r = authFromEnv({ SF_USERNAME: 'a@b.c', SF_PASSWORD: 'pw' });
    expect(r.ok && r.value).toMatchObject({ kind: 'login', loginUrl: 'https://login.salesforce.com', username: 'a@b.c', password: 'pw', securityToken: '' });
  });
  it('logs in at SF_INSTANCE_URL when SF_LOGIN_URL is not set', () => {
    const r = authFromEnv({ SF_INSTANCE_URL: 'http://127.0.0.1:4321', SF_USERNAME: 'a@b.c', SF_PASSWORD: 'pw' });
    expect(r.ok && r.value).toMatchObject({ kind: 'login', loginUrl: 'http://127.0.0.1:4321' });
    const both = authFromEnv({ SF_INSTANCE_URL: 'http://127.0.0.1:4321', SF_LOGIN_URL: 'http://127.0.0.1:9999', SF_USERNAME: 'a@b.c', SF_PASSWORD: 'pw' });
    expect(both.ok && both.value).toMatchObject({ kind: 'login', loginUrl: 'http://127.0.0.1:9999' });
  });
  it('names exactly what is missing', () => {
    const none = authFromEnv({});
    expect(!none.ok && none.problems[0].message).toMatch(/SF_INSTANCE_URL, SF_ACCESS_TOKEN are not set/);
    expect(!none.ok && none.problems[0].hint).toMatch(/SF_LOGIN_URL \+ SF_USERNAME \+ SF_PASSWORD/);
    const half = authFromEnv({ SF_INSTANCE_URL: 'https://x.my.salesforce.com' });
    expect(!half.ok && half.problems[0].message).toMatch(/SF_ACCESS_TOKEN is not set/);
    const user = authFromEnv({ SF_LOGIN_URL: 'https://test.salesforce.com', SF_USERNAME: 'a@b.c' });
    expect(!user.ok && user.problems[0].message).toMatch(/SF_PASSWORD is not set/);
  });
  it('refuses a URL that is not one', () => {
    const r = authFromEnv({ SF_INSTANCE_URL: 'mycompany.my.salesforce', SF_ACCESS_TOKEN: 't' });
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'invalid_credentials', field: 'SF_INSTANCE_URL' });
  });
});
