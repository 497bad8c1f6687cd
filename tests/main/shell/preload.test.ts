import { electron, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

type ExposedApi = { invoke(channel: string, input: unknown): Promise<unknown> };
let exposures: unknown[][];
let api: ExposedApi;

beforeAll(async () => {
  resetElectron();
  await import('../../../main/shell/preload');
  exposures = electron.contextBridge.exposeInMainWorld.mock.calls;
  api = exposures[0]?.[1] as ExposedApi;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
});

describe('the preload', () => {
  it('exposes exactly one key, api, holding only invoke', () => {
    expect(exposures).toHaveLength(1);
    expect(exposures[0]?.[0]).toBe('api');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
  });

  it('sends a contract channel over api:<channel> and returns the answer from main', async () => {
    const answer = { ok: true, value: { state: 'ready' } };
    electron.ipcRenderer.invoke.mockResolvedValue(answer);
    await expect(api.invoke('app.status', {})).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('api:app.status', {});
  });

  it.each(['shell.openExternal', 'app.status ', '__proto__', 'constructor', 'api:app.status', ''])(
    'refuses the unknown channel %j without touching IPC',
    async (channel) => {
      await expect(api.invoke(channel, {})).resolves.toEqual({
        ok: false,
        error: { code: 'BAD_INPUT', message: 'Yêu cầu không tồn tại.' },
      });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed IPC round trip into an UNAVAILABLE result instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'api:app.status'"));
    await expect(api.invoke('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
