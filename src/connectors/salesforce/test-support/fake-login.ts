/**
 * The two username/password logins jsforce speaks: SOAP `login()` (its default) and the OAuth 2.0
 * username-password flow (when a client id and secret are configured). Both hand out a new session.
 */
const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface LoginContext { baseUrl: string; version: string; userId: string; orgId: string; check(username: string, password: string): boolean; newSession(): string }

export function soapLogin(body: string, ctx: LoginContext): { status: number; type: string; text: string } {
  const user = unescapeXml(/<username>([\s\S]*?)<\/username>/.exec(body)?.[1] ?? '');
  const pass = unescapeXml(/<password>([\s\S]*?)<\/password>/.exec(body)?.[1] ?? '');
  const env = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`;
  if (!ctx.check(user, pass)) {
    return { status: 500, type: 'text/xml', text: env('<soapenv:Fault><faultcode>INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring></soapenv:Fault>') };
  }
  const server = `${ctx.baseUrl}/services/Soap/u/${ctx.version}/${ctx.orgId}`;
  return {
    status: 200, type: 'text/xml',
    text: env(`<loginResponse><result><metadataServerUrl>${ctx.baseUrl}/services/Soap/m/${ctx.version}/${ctx.orgId}</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>false</sandbox><serverUrl>${server}</serverUrl><sessionId>${ctx.newSession()}</sessionId><userId>${ctx.userId}</userId><userInfo><organizationId>${ctx.orgId}</organizationId><userName>${user}</userName></userInfo></result></loginResponse>`),
  };
}

export function oauthLogin(body: string, ctx: LoginContext): { status: number; type: string; text: string } {
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'password' || !ctx.check(form.get('username') ?? '', form.get('password') ?? '')) {
    return { status: 400, type: 'application/json', text: JSON.stringify({ error: 'invalid_grant', error_description: 'authentication failure' }) };
  }
  return {
    status: 200, type: 'application/json',
    text: JSON.stringify({ access_token: ctx.newSession(), instance_url: ctx.baseUrl, id: `${ctx.baseUrl}/id/${ctx.orgId}/${ctx.userId}`, token_type: 'Bearer', issued_at: String(Date.now()), signature: 'fake' }),
  };
}
