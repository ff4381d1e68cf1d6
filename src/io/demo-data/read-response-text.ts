/** Progress of one streamed download, reported at most every `intervalMs`. */
export interface StreamProgress {
  /** Body bytes received (after any Content-Encoding the browser already undid). */
  loadedBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Streams a response body as text chunks, gunzipping it when it starts with the gzip magic bytes
 * (a server that already decoded it, or a plain file, passes through untouched). Reports progress
 * on the raw bytes and stops with an AbortError when `signal` fires.
 */
export async function streamResponseText(
  response: Response,
  onChunk: (text: string) => void,
  options: { signal?: AbortSignal; onProgress?: (progress: StreamProgress) => void; intervalMs?: number } = {},
): Promise<void> {
  if (!response.ok) throw new Error(`${response.url || 'file'}: HTTP ${response.status} ${response.statusText}`);
  if (!response.body) throw new Error(`${response.url || 'file'}: empty response`);
  const intervalMs = options.intervalMs ?? 100;
  const raw = response.body.getReader();
  const first = await raw.read();
  let loadedBytes = first.value?.length ?? 0;
  let lastReport = 0;
  const report = (force: boolean) => {
    const now = Date.now();
    if (options.onProgress && (force || now - lastReport >= intervalMs)) {
      lastReport = now;
      options.onProgress({ loadedBytes });
    }
  };
  const counted = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.value) controller.enqueue(first.value);
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await raw.read();
      if (next.done) {
        controller.close();
        return;
      }
      loadedBytes += next.value.length;
      controller.enqueue(next.value);
    },
    cancel(reason) {
      return raw.cancel(reason);
    },
  });
  const head = first.value;
  const gzipped = head !== undefined && GZIP_MAGIC.every((byte, i) => head[i] === byte);
  const bytes = gzipped
    ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    : counted;
  const text = bytes.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>).getReader();
  try {
    for (;;) {
      if (options.signal?.aborted) throw new DOMException('The load was cancelled', 'AbortError');
      const next = await text.read();
      if (next.done) break;
      onChunk(next.value);
      report(false);
    }
    report(true);
  } catch (error) {
    await text.cancel().catch(() => undefined);
    throw error;
  }
}
