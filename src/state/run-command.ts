import type { Command } from './commands/command';
import { usePlanStore } from './plan-store';
import { usePlannerStore } from './store';

/** Runs a command on the working plan and, when it is refused, tells the user why. Returns whether it ran. */
export function runCommand<P>(command: Command<P>, payload: P): boolean {
  const result = usePlanStore.getState().run(command, payload);
  if (!result.ok) {
    usePlannerStore
      .getState()
      .notify({ kind: 'error', key: result.reason.key, values: result.reason.values, tag: 'command' });
  }
  return result.ok;
}
