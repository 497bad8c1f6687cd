/** The boundaries of the runtime that differ between the Electron shell, the loopback host and tests. */

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs: the only way a path outside the app's own folders enters main. */
export interface DialogPort {
  chooseSavePath(request: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(request: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Several files picked at once; an empty list means cancelled. */
  chooseOpenPaths(request: { title: string; filters: FileFilter[] }): Promise<string[]>;
  /** A folder to write into (a USB stick for the exchange's batch files). */
  chooseFolder(request: { title: string }): Promise<string | null>;
}

/**
 * Seals small secrets at rest (the passphrase of the exchange's signing key). `available` is false where
 * nothing can protect them; the Electron shell will use safeStorage, the default is a weaker file key.
 */
export interface SecretStore {
  available: boolean;
  protect(plain: Buffer): Buffer;
  unprotect(sealed: Buffer): Buffer;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Used where no native dialog exists (the browser mode): every request is answered as cancelled. */
export const noDialogs: DialogPort = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  chooseOpenPaths: async () => [],
  chooseFolder: async () => null,
};

/** Vietnam has one time zone (UTC+7, no daylight saving): "today" for deadlines and daily backups. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
