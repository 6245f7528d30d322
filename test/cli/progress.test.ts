import { describe, expect, it } from 'vitest';
import { progressBar, wantsProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { output: string } {
  const stream = { isTTY, columns: 100, output: '', write(chunk: string) { stream.output += chunk; return true; } };
  return stream as unknown as NodeJS.WriteStream & { output: string };
}

describe('progress display', () => {
  it('draws done/total, rate, ETA and the current file in place, and clears itself', () => {
    const stream = fakeStream(true);
    let time = 0;
    const bar = progressBar(stream, () => time);
    time = 2000;
    bar.update({ done: 4, total: 8, path: 'clients/acme/msa.pdf' });
    expect(stream.output).toBe('\r[##########..........] 4/8 · 2.0/s · ETA 0:02 · clients/acme/msa.pdf\u001b[K');
    bar.finish();
    expect(stream.output.endsWith('\r\u001b[K')).toBe(true);
  });

  it('is shown only on an interactive terminal, outside CI, without --quiet', () => {
    expect(wantsProgress(fakeStream(true), {}, false)).toBe(true);
    expect(wantsProgress(fakeStream(false), {}, false)).toBe(false);
    expect(wantsProgress(fakeStream(true), { CI: 'true' }, false)).toBe(false);
    expect(wantsProgress(fakeStream(true), {}, true)).toBe(false);
  });
});
