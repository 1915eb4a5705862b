/**
 * The connector's read-only guarantee, enforced where every jsforce request passes (its transport):
 * GET, Bulk 2.0 query-job creation and the login itself go out; anything else is refused before it
 * is sent. A bug or a jsforce default (e.g. deleting a failed query job) can then never write to the
 * customer's org.
 */
import type { Connection } from 'jsforce';

export class WriteRefusedError extends Error {
  constructor(readonly method: string, readonly url: string) {
    super(`crmready refused to send ${method} ${url}: the Salesforce connector is read-only`);
    this.name = 'WriteRefusedError';
  }
}

const QUERY_JOB = /\/services\/data\/v\d+\.\d+\/jobs\/query\/?$/;
const SOAP_LOGIN = /\/services\/Soap\/u\/\d+\.\d+\/?$/;
const OAUTH_TOKEN = /\/services\/oauth2\/token\/?$/;

/** Whether a request may be sent: reads, query-job creation, and a login. */
export function isAllowedRequest(method: string, url: string, body?: unknown): boolean {
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'HEAD') return true;
  if (m !== 'POST') return false;
  const path = url.replace(/[?#].*$/, '');
  if (QUERY_JOB.test(path)) return typeof body === 'string' && /"operation"\s*:\s*"query(All)?"/.test(body);
  if (SOAP_LOGIN.test(path)) return typeof body === 'string' && /<login[\s>]/.test(body) && !/<(create|update|upsert|delete|merge|undelete)[\s>]/.test(body);
  return OAUTH_TOKEN.test(path);
}

interface RequestLike { method: string; url: string; body?: unknown }
interface TransportLike { httpRequest(req: RequestLike, options?: unknown): unknown }

/** Wraps a transport so only allowed requests reach the network. */
export function guardTransport<T extends TransportLike>(transport: T): T {
  const send = transport.httpRequest.bind(transport);
  transport.httpRequest = (req: RequestLike, options?: unknown) => {
    if (!isAllowedRequest(req.method, req.url, req.body)) throw new WriteRefusedError(req.method, req.url);
    return send(req, options);
  };
  return transport;
}

export function guardConnection(conn: Connection): Connection {
  guardTransport(conn._transport as unknown as TransportLike);
  // OAuth2 logins go through their own transport.
  const oauth = (conn as unknown as { oauth2?: { _transport?: TransportLike } }).oauth2;
  if (oauth?._transport) guardTransport(oauth._transport);
  return conn;
}
