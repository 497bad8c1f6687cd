import { exchangedDatasets } from '../../datasets';

/** Which dataset names the import accepts: the capabilities' registry (main/datasets.ts), the same one the wards send from. */
export function datasetRule(): 'registry' | 'pattern' {
  return 'registry';
}

/** Null when the line's dataset and shape version are known here, else why not. */
export function datasetProblem(dataset: string, schemaVersion: number): 'UNKNOWN_DATASET' | 'NEWER_SCHEMA' | null {
  const known = exchangedDatasets.find((d) => d.dataset === dataset);
  if (!known) return 'UNKNOWN_DATASET';
  return schemaVersion > known.schemaVersion ? 'NEWER_SCHEMA' : null;
}
