import type { WebContents } from 'electron';
import { channels } from '../../../main/api/contract';
import type { Dispatcher } from '../../../main/handlers/dispatch';
import { forgetClientOnDestroy, registerApiHandlers } from '../../../main/shell/ipc';
import { electron, FakeWebContents, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

// The dispatcher is the seam the transport is specified against: a spy tells whether it was reached.
function spyDispatcher() {
  return {
    invoke: vi.fn<Dispatcher['invoke']>(async () => ({ ok: true, value: 'from dispatcher' })),
    forgetClient: vi.fn<Dispatcher['forgetClient']>(),
  };
}

let dispatcher: ReturnType<typeof spyDispatcher>;
let ownContents: FakeWebContents;

beforeEach(() => {
  resetElectron();
  dispatcher = spyDispatcher();
  ownContents = new FakeWebContents();
  registerApiHandlers(dispatcher, (contents) => contents === (ownContents as unknown as WebContents));
});

function call(
  channel: string,
  input: unknown,
  sender: { sender?: FakeWebContents; senderFrame?: { url: string; parent: object | null } | null } = {},
) {
  const handler = electron.ipcMain.handlers.get(`api:${channel}`);
  if (!handler) throw new Error(`no handler for api:${channel}`);
  const event = {
    sender: sender.sender ?? ownContents,
    senderFrame: sender.senderFrame === undefined ? { url: 'sodanchu://app/', parent: null } : sender.senderFrame,
  };
  return handler(event, input);
}

const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/từ chối/) } };

describe('registration', () => {
  it('registers every contract channel exactly once under api:', () => {
    const registered = electron.ipcMain.handle.mock.calls.map(([name]) => name);
    expect(registered).toHaveLength(channels.length);
    expect(new Set(registered)).toEqual(new Set(channels.map((channel) => `api:${channel}`)));
  });
});

describe('a call from our window', () => {
  it('reaches the dispatcher with the channel, the input and the window client id', async () => {
    const input = { anything: 'the dispatcher validates' };
    await expect(call('app.status', input)).resolves.toEqual({ ok: true, value: 'from dispatcher' });
    expect(dispatcher.invoke).toHaveBeenCalledExactlyOnceWith(`wc-${ownContents.id}`, 'app.status', input);
  });

  it('accepts any page of the app, not only its root', async () => {
    await call('app.status', {}, { senderFrame: { url: 'sodanchu://app/hoi-nghi/3', parent: null } });
    expect(dispatcher.invoke).toHaveBeenCalledOnce();
  });
});

describe('a call from anywhere else is refused without reaching the dispatcher', () => {
  it.each([
    ['an external page', { senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'sodanchu://application/', parent: null } }],
    ['a file page', { senderFrame: { url: 'file:///C:/index.html', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: 'sodanchu://app/', parent: { url: 'sodanchu://app/' } } }],
    ['a frame that is gone', { senderFrame: null }],
    ['a WebContents that is not our window', { sender: new FakeWebContents() }],
  ])('%s', async (_case, sender) => {
    await expect(call('app.status', {}, sender)).resolves.toEqual(forbidden);
    expect(dispatcher.invoke).not.toHaveBeenCalled();
  });
});

describe('client lifetime', () => {
  it('forgets the client of a window whose WebContents is destroyed', () => {
    forgetClientOnDestroy(ownContents as unknown as WebContents, dispatcher);
    expect(dispatcher.forgetClient).not.toHaveBeenCalled();
    ownContents.emit('destroyed');
    expect(dispatcher.forgetClient).toHaveBeenCalledExactlyOnceWith(`wc-${ownContents.id}`);
  });
});
