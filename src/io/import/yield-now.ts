/**
 * Lets other messages in (a cancel, a progress request) between two slices of work. setTimeout(0)
 * is clamped to 4 ms in nested browser timers, which over a hundred slices adds most of a second;
 * a message on a MessageChannel (or setImmediate in Node) is not.
 */
export function yieldNow(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (immediate) return new Promise((resolve) => void immediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
