import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/csp';
import {
  denyAllPermissions,
  guardWebContents,
  installWebContentsGuard,
  isAllowedExternalLink,
  windowWebPreferences,
} from '../../../main/shell/security';
import { electron, fakeEvent, FakeWebContents, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

beforeEach(resetElectron);

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

describe('window webPreferences', () => {
  it('sandboxes the page, isolates the preload and turns every Node/webview door off', () => {
    expect(windowWebPreferences({ preloadPath: '/app/dist/main/preload.cjs', devTools: false })).toEqual({
      preload: '/app/dist/main/preload.cjs',
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
      devTools: false,
    });
  });
});

describe('content security policy', () => {
  it('is exactly the policy of the architecture', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('navigation guard', () => {
  it.each(['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'sodanchu://evil/'])(
    'refuses a main-frame navigation to %s',
    (url) => {
      const event = fakeEvent({ url, isMainFrame: true });
      guarded().emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('lets the page move within sodanchu://app/', () => {
    const contents = guarded();
    const navigate = fakeEvent({ url: 'sodanchu://app/', isMainFrame: true });
    const frameNavigate = fakeEvent({ url: 'sodanchu://app/', isMainFrame: true });
    contents.emit('will-navigate', navigate, navigate.url);
    contents.emit('will-frame-navigate', frameNavigate);
    expect(navigate.preventDefault).not.toHaveBeenCalled();
    expect(frameNavigate.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses any sub-frame navigation, even to the app', () => {
    const event = fakeEvent({ url: 'sodanchu://app/index.html', isMainFrame: false });
    guarded().emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses external main-frame navigation reported through will-frame-navigate', () => {
    const event = fakeEvent({ url: 'https://example.com/', isMainFrame: true });
    guarded().emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses every redirect', () => {
    const event = fakeEvent({ url: 'sodanchu://app/index.html', isMainFrame: true });
    guarded().emit('will-redirect', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const event = fakeEvent();
    const webPreferences = { nodeIntegration: true };
    guarded().emit('will-attach-webview', event, webPreferences, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('denies window.open and opens nothing externally while the allowlist is empty', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'sodanchu://app/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('allows external links only for https origins on the allowlist', () => {
    const allowlist = ['https://thuvienphapluat.vn'];
    expect(isAllowedExternalLink('https://thuvienphapluat.vn/van-ban/luat-10-2022', allowlist)).toBe(true);
    expect(isAllowedExternalLink('http://thuvienphapluat.vn/', allowlist)).toBe(false);
    expect(isAllowedExternalLink('https://thuvienphapluat.vn.evil.example/', allowlist)).toBe(false);
    expect(isAllowedExternalLink('https://evil.example/?https://thuvienphapluat.vn', allowlist)).toBe(false);
    expect(isAllowedExternalLink('not a url', allowlist)).toBe(false);
  });
});

describe('web-contents-created', () => {
  it('guards every WebContents the app creates', () => {
    installWebContentsGuard(electron.app as unknown as App);
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', fakeEvent(), contents);

    const navigation = fakeEvent({ url: 'https://example.com/', isMainFrame: true });
    contents.emit('will-navigate', navigation, navigation.url);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  type CheckHandler = (contents: unknown, permission: string) => boolean;

  it('answers every permission request and check with a refusal', () => {
    const session = electron.session.defaultSession;
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;

    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check({}, permission)).toBe(false);
    }
    expect(device()).toBe(false);
  });
});
