/** What a progress display needs to know about the run. */
export interface ProgressEvent {
  done: number;
  total: number;
  path?: string;
}

function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * A one-line progress bar on stderr (files done / total, rate, ETA, current file), redrawn in
 * place. Only for an interactive terminal: callers skip it when stderr is not a TTY, under CI, or
 * with --quiet, so logs and pipes never see control characters.
 */
export function progressBar(stream: NodeJS.WriteStream, now: () => number = Date.now): { update: (event: ProgressEvent) => void; finish: () => void } {
  const started = now();
  let drawn = false;
  return {
    update({ done, total, path }) {
      if (total === 0) return;
      const width = Math.max(40, (stream.columns ?? 80) - 1);
      const elapsed = (now() - started) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = rate > 0 ? clock((total - done) / rate) : '-:--';
      const barWidth = 20;
      const filled = Math.round((done / total) * barWidth);
      const head = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${total} · ${rate.toFixed(1)}/s · ETA ${eta}`;
      const room = width - head.length - 3;
      const file = path && room > 8 ? ` · ${path.length > room ? `…${path.slice(path.length - room + 1)}` : path}` : '';
      stream.write(`\r${head}${file}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

/** Whether to show progress: an interactive stderr, not CI, not --quiet. */
export function wantsProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return !quiet && stream.isTTY === true && (env.CI === undefined || env.CI === '' || env.CI === 'false');
}
