import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LaunchQueue, workspaceArgument } from './launch-queue';

describe('workspaceArgument', () => {
  it('finds the study in a packaged launch, a development launch and a file-association launch', () => {
    expect(workspaceArgument(['/opt/Headroom/headroom', '/home/ana/BF 2026.headroom'], '/')).toBe('/home/ana/BF 2026.headroom');
    expect(workspaceArgument(['/x/electron', 'dist-electron/main.cjs', 'studies/bf.headroom'], '/repo')).toBe(path.resolve('/repo', 'studies/bf.headroom'));
    expect(workspaceArgument(['/opt/Headroom/headroom', '--enable-logging', 'STUDY.HEADROOM'], '/home/ana')).toBe(path.resolve('/home/ana', 'STUDY.HEADROOM'));
  });

  it('ignores Chromium flags, other files and the executable itself', () => {
    expect(workspaceArgument(['/opt/Headroom/headroom'], '/')).toBeNull();
    expect(workspaceArgument(['/x/electron', 'dist-electron/main.cjs', '--inspect=x.headroom', 'notes.csv'], '/')).toBeNull();
    expect(workspaceArgument(['/apps/study.headroom'], '/')).toBeNull();
  });
});

describe('LaunchQueue', () => {
  it('hands out files in the order the OS gave them, once each', () => {
    const queue = new LaunchQueue();
    queue.push('/a.headroom');
    queue.push('/b.headroom');
    expect(queue.size()).toBe(2);
    expect([queue.take(), queue.take(), queue.take()]).toEqual(['/a.headroom', '/b.headroom', null]);
  });
});
