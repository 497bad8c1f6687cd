import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiCallError } from '../api/client';

/** Vietnamese messages keyed by the dotted path of the field they concern ('' for the whole form). */
export type FieldErrors = Record<string, string>;

/** A form's values while being edited: any field may still be empty. */
export type Draft<T> = { [K in keyof T]: T[K] | undefined };

export interface SchemaForm<V, Out> {
  values: V;
  errors: FieldErrors;
  set<K extends keyof V>(key: K, value: V[K]): void;
  reset(values: V): void;
  /**
   * Validates with the contract's schema (plus any extra checks of the screen), shows each issue
   * under its field, and returns exactly what the channel takes — or null when something is wrong.
   */
  parse(extraErrors?: FieldErrors): Out | null;
  /** Shows main's error under the field it names; false when it names no field. */
  showApiError(error: unknown): boolean;
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

export function useSchemaForm<S extends z.ZodType>(schema: S, initial: Draft<z.input<S>>): SchemaForm<Draft<z.input<S>>, z.output<S>> {
  type Values = Draft<z.input<S>>;
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);

  const validate = useCallback((candidate: Values) => schema.safeParse(candidate), [schema]);

  const set = useCallback(
    <K extends keyof Values>(key: K, value: Values[K]) => {
      setValues((previous) => {
        const next = { ...previous, [key]: value };
        if (attempted) {
          const result = validate(next);
          setErrors(result.success ? {} : issuesToErrors(result.error.issues));
        }
        return next;
      });
    },
    [attempted, validate],
  );

  const reset = useCallback((next: Values) => {
    setValues(next);
    setErrors({});
    setAttempted(false);
  }, []);

  const parse = (extraErrors: FieldErrors = {}): z.output<S> | null => {
    setAttempted(true);
    const result = validate(values);
    const found = { ...(result.success ? {} : issuesToErrors(result.error.issues)), ...extraErrors };
    setErrors(found);
    return result.success && Object.keys(found).length === 0 ? result.data : null;
  };

  const showApiError = (error: unknown) => {
    if (!(error instanceof ApiCallError) || !error.path) return false;
    const path = error.path;
    setErrors((previous) => ({ ...previous, [path]: error.message }));
    return true;
  };

  return { values, errors, set, reset, parse, showApiError };
}
