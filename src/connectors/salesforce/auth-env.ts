/**
 * Which Salesforce credentials the environment holds: an access token for an instance, or a
 * username/password login. Pure (takes the env as data) so every missing-variable message is tested.
 */
import { fail, ok, type Result } from '../../core/problem.js';
import { problems } from './problems.js';

export type AuthConfig =
  | { kind: 'token'; instanceUrl: string; accessToken: string }
  | { kind: 'login'; loginUrl: string; username: string; password: string; securityToken: string; clientId?: string; clientSecret?: string };

const ALTERNATIVES = 'set SF_INSTANCE_URL + SF_ACCESS_TOKEN (e.g. from `sf org display --verbose`), or SF_LOGIN_URL + SF_USERNAME + SF_PASSWORD (+ SF_SECURITY_TOKEN)';

function url(name: string, value: string): Result<string> {
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return fail(problems.badEnv(name, value, 'is not an http(s) URL'));
    return ok(value.replace(/\/+$/, ''));
  } catch {
    return fail(problems.badEnv(name, value, 'is not a URL'));
  }
}

export function authFromEnv(env: Record<string, string | undefined>): Result<AuthConfig> {
  const get = (k: string) => (env[k] ?? '').trim();
  const token = ['SF_INSTANCE_URL', 'SF_ACCESS_TOKEN'];
  const login = ['SF_LOGIN_URL', 'SF_USERNAME', 'SF_PASSWORD'];
  const tokenSet = token.filter((k) => get(k));
  const loginSet = login.filter((k) => get(k));
  if (tokenSet.length === token.length) {
    const instance = url('SF_INSTANCE_URL', get('SF_INSTANCE_URL'));
    return instance.ok ? ok({ kind: 'token', instanceUrl: instance.value, accessToken: get('SF_ACCESS_TOKEN') }) : instance;
  }
  // Without SF_LOGIN_URL, a login goes to the org's own SF_INSTANCE_URL when given (a My Domain
  // answers the SOAP login too), else to production, as Salesforce's own tools do.
  if (get('SF_USERNAME') && get('SF_PASSWORD')) {
    const from = get('SF_LOGIN_URL') ? 'SF_LOGIN_URL' : get('SF_INSTANCE_URL') ? 'SF_INSTANCE_URL' : 'SF_LOGIN_URL';
    const loginUrl = url(from, get(from) || 'https://login.salesforce.com');
    if (!loginUrl.ok) return loginUrl;
    const clientId = get('SF_CLIENT_ID') || undefined;
    const clientSecret = get('SF_CLIENT_SECRET') || undefined;
    return ok({ kind: 'login', loginUrl: loginUrl.value, username: get('SF_USERNAME'), password: get('SF_PASSWORD'), securityToken: get('SF_SECURITY_TOKEN'), clientId, clientSecret });
  }
  // Name what is missing from the set the user started on (or the token set when nothing is set).
  const started = loginSet.length > tokenSet.length ? login.filter((k) => k !== 'SF_LOGIN_URL') : token;
  return fail(problems.missingEnv(started.filter((k) => !get(k)), ALTERNATIVES));
}
