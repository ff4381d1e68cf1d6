import { createAnalysisClient, type AnalysisClient } from '../../workers/clients';

let client: AnalysisClient | undefined;

/** The one analysis worker of this page, started on first use. */
export function analysisClient(): AnalysisClient {
  client ??= createAnalysisClient();
  return client;
}
