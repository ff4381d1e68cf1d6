// A worker thread's entry for the clustering benchmark: TypeScript is loaded through tsx here,
// since a worker does not inherit the main thread's loader.
import { register } from 'tsx/esm/api';

register();
await import('./cluster-build.ts');
