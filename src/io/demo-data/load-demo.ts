import { caseStoreFromRecords, type CaseStore } from '../../domain/cases/case-store';
import type { HouseholdStore } from '../../domain/households/household-store';
import { readDemoCases } from './demo-cases';
import { DemoHouseholdReader } from './demo-households';
import { parseDemoManifest } from './demo-manifest';
import { streamResponseText } from './read-response-text';

/** Which file is loading and how far along it is. */
export interface DemoLoadProgress {
  file: 'households' | 'cases';
  /** Decoded CSV characters read so far, over the whole load. */
  readCharacters: number;
  totalCharacters: number;
  /** 0–1 over both files together. */
  fraction: number;
}

export interface DemoStores {
  households: HouseholdStore;
  cases: CaseStore;
}

export type DemoFileName = 'manifest.json' | 'households.csv.gz' | 'cases.csv.gz';

/**
 * Loads the demo household and case files through `fetchFile` (fetch in a browser or worker, a
 * file read in Node), streaming and parsing them as they arrive. Progress counts decoded CSV characters
 * against the manifest, so it is right whether or not the server decompresses on the way. A file
 * with fewer or more rows than the manifest says is refused.
 */
export async function loadDemoStores(
  fetchFile: (name: DemoFileName, signal?: AbortSignal) => Promise<Response>,
  options: { signal?: AbortSignal; onProgress?: (progress: DemoLoadProgress) => void } = {},
): Promise<DemoStores> {
  const manifestResponse = await fetchFile('manifest.json', options.signal);
  if (!manifestResponse.ok) throw new Error(`demo/manifest.json: HTTP ${manifestResponse.status}`);
  const manifest = parseDemoManifest(await manifestResponse.json());
  const totalCharacters =
    manifest.files['households.csv.gz'].csvCharacters + manifest.files['cases.csv.gz'].csvCharacters;
  let readCharacters = 0;
  const progress = (file: DemoLoadProgress['file']) => () =>
    options.onProgress?.({
      file,
      readCharacters,
      totalCharacters,
      fraction: Math.min(1, readCharacters / totalCharacters),
    });

  const reader = new DemoHouseholdReader();
  const count = (chunk: string) => {
    readCharacters += chunk.length;
    return chunk;
  };
  await streamResponseText(await fetchFile('households.csv.gz', options.signal), (chunk) => reader.push(count(chunk)), {
    signal: options.signal,
    onProgress: progress('households'),
  });
  const households = reader.finish();
  checkRows('households.csv.gz', households.length, manifest.files['households.csv.gz'].rows);

  let casesText = '';
  await streamResponseText(await fetchFile('cases.csv.gz', options.signal), (chunk) => (casesText += count(chunk)), {
    signal: options.signal,
    onProgress: progress('cases'),
  });
  const cases = caseStoreFromRecords(readDemoCases(casesText));
  checkRows('cases.csv.gz', cases.length, manifest.files['cases.csv.gz'].rows);
  return { households, cases };
}

function checkRows(file: string, read: number, expected: number): void {
  if (read !== expected) {
    throw new Error(
      `demo/${file}: read ${read} rows, the manifest says ${expected}; the file is incomplete or damaged`,
    );
  }
}
