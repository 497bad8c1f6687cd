// The global the preload exposes (see preload.ts); the renderer's typed client builds on it.
import type { Result } from '../api/errors';

declare global {
  interface Window {
    api?: {
      invoke(channel: string, input: unknown): Promise<Result<unknown>>;
    };
  }
}

export {};
