import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse, serialize } from 'cookie';

/**
 * The web app's credential: an HttpOnly cookie, so no script on the page (an injected one least of
 * all) can read or carry off the token. SameSite=Strict: other sites' pages never send it.
 * API clients keep sending `Authorization: Bearer …` (HTTP) or `{ token }` (connectionParams).
 */
export const SESSION_COOKIE = 'heatline_session';
// Browsers keep a cookie 400 days at most; a display credential that never expires lives that long.
const LONGEST_COOKIE_SECONDS = 400 * 24 * 3600;

/** Sets and clears the session cookie on one HTTP answer. */
export interface SessionCookie {
  set(token: string, expiresAt: Date | null): void;
  clear(): void;
}

export function sessionCookie(res: ServerResponse, secure: boolean): SessionCookie {
  const write = (value: string, maxAge: number) =>
    res.appendHeader(
      'Set-Cookie',
      serialize(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge }),
    );
  return {
    set: (token, expiresAt) =>
      write(
        token,
        Math.min(
          LONGEST_COOKIE_SECONDS,
          expiresAt ? Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)) : Infinity,
        ),
      ),
    clear: () => write('', 0),
  };
}

export function cookieToken(headers: IncomingHttpHeaders): string | null {
  return headers.cookie ? parse(headers.cookie)[SESSION_COOKIE] || null : null;
}

/**
 * An HTTP request's credential as an Authorization value: the header when sent (an API client
 * chose it), else the session cookie; `fromCookie` tells whether a refusal should clear the cookie.
 */
export function httpCredential(headers: IncomingHttpHeaders): { authorization?: string; fromCookie: boolean } {
  if (headers.authorization !== undefined) return { authorization: headers.authorization, fromCookie: false };
  const token = cookieToken(headers);
  return token ? { authorization: `Bearer ${token}`, fromCookie: true } : { fromCookie: false };
}

/**
 * A WebSocket's credential: `{ token }` or `{ authorization }` in connectionParams, else the
 * session cookie, taken only from a page of this origin: WebSocket handshakes are not bound by
 * CORS, so without this check another page could open a socket in the user's name. (Pages of the
 * HEATLINE_CORS_ORIGINS send a token, as on HTTP, where CORS does not admit cookies either.)
 */
export function socketCredential(params: Record<string, unknown> | undefined, request: IncomingMessage): string | null {
  if (typeof params?.token === 'string' && params.token) return params.token;
  const auth = params?.authorization ?? params?.Authorization;
  if (typeof auth === 'string') return auth.replace(/^Bearer\s+/i, '') || null;
  const token = cookieToken(request.headers);
  return token && sameOrigin(request.headers) ? token : null;
}

/** The page's origin names this host (behind a proxy: pass the Host header through). */
export function sameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}

/** HTTPS as the browser sees it: here, or at a proxy we trust that says so. */
export function isHttps(req: IncomingMessage, trustProxyHops: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const proto = req.headers['x-forwarded-proto'];
  return trustProxyHops > 0 && typeof proto === 'string' && proto.split(',')[0]!.trim() === 'https';
}
