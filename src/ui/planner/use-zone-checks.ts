import { useEffect, useState } from 'react';
import type { Zone } from '../../domain/zones/zone';
import type { ZoneCheck } from '../../domain/zones/zone-checks';
import { reportWorkerFailure, workerRecovered } from '../../state/worker-failures';
import { analysisClient } from '../../workers/analysis-client';

/**
 * Overlaps and gaps between the valid zones, worked out in the analysis worker (the overlaps are
 * polygon intersections) whenever the zones change; the last answer stays until the next one.
 */
export function useZoneChecks(validZones: readonly Zone[]): ZoneCheck[] {
  const [checks, setChecks] = useState<ZoneCheck[]>([]);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    analysisClient()
      .checkZones([...validZones])
      .then(
        (result) => {
          if (!current) return;
          setChecks(result);
          workerRecovered('checks');
        },
        (error: unknown) => current && reportWorkerFailure('checks', error, () => setAttempt((n) => n + 1)),
      );
    return () => {
      current = false;
    };
  }, [validZones, attempt]);
  return checks;
}
