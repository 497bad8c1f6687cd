import { ApiCallError } from '../api/client';

/**
 * main's error, shown over the whole form when it names a field the form has no input for (e.g. a participant
 * built from the checklist): a field error with nowhere to appear would be lost.
 */
export function unlessShown(error: unknown, shows: (path: string) => boolean): unknown {
  if (error instanceof ApiCallError && error.path && !shows(error.path)) return new ApiCallError({ code: error.code, message: error.message });
  return error;
}
