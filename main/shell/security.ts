import { shell, type App, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl } from './app-url';

/**
 * Origins (https only) whose links may open in the user's browser. Empty: the app links nowhere yet.
 * Every other window.open / target=_blank is simply refused.
 */
export const EXTERNAL_LINK_ORIGINS: readonly string[] = [];

export function windowWebPreferences(options: { preloadPath: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** Applies guardWebContents to every WebContents the app ever creates, windows and frames alike. */
export function installWebContentsGuard(electronApp: App): void {
  electronApp.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/**
 * The page may only move within sodanchu://app/ in its main frame; redirects, sub-frame navigation,
 * new windows and <webview> are refused.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url, EXTERNAL_LINK_ORIGINS)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function isAllowedExternalLink(url: string, allowedOrigins: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' && allowedOrigins.includes(parsed.origin);
}

/** The app needs no camera, microphone, notification, geolocation, clipboard-read… permission. */
export function denyAllPermissions(appSession: Session): void {
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  appSession.setDevicePermissionHandler(() => false);
}
