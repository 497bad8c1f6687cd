/** Where the app's own pages live: the privileged custom scheme served by protocol.ts. */
export const APP_SCHEME = 'sodanchu';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

export function isAppUrl(url: string): boolean {
  return url.startsWith(APP_URL);
}
