import { protocol } from 'electron';
import { createAppFileHandler } from './app-files';
import { APP_SCHEME } from './app-url';

/** Must run before the app is ready: makes sodanchu:// a secure, standard origin that may use fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After ready: serves the built renderer (rendererDir) under sodanchu://app/. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppFileHandler(rendererDir));
}
