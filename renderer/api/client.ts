import type { ApiError, Channel, ErrorCode, In, Out } from '../../main/api';
import type { Transport } from './transport';

/** A failed call, carrying main's Vietnamese message and, for a field error, the field's path. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.path = error.path;
  }
}

export interface Client {
  call<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>> {
      const result = await transport(channel, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as Out<C>;
    },
  };
}

export function isApiCallError(error: unknown, code?: ErrorCode): error is ApiCallError {
  return error instanceof ApiCallError && (code === undefined || error.code === code);
}

/** Main's Vietnamese message for a failed call; the fallback for anything unexpected (never a raw English error). */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiCallError ? error.message : fallback;
}
