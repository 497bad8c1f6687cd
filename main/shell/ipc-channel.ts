/** The IPC name of a contract channel; shared by the preload (sender) and ipc.ts (receiver). */
export function ipcChannelName(channel: string): string {
  return `api:${channel}`;
}
