/**
 * A vitest reporter that writes each test file's own time to the JSON file named by
 * SIMKL_FILE_TIMES: its import (collect) and its run, hooks included (a browser's launch happens in
 * a beforeAll, which vitest's JSON report leaves out of a file's start and end). scripts/test.mjs
 * prints them, slowest first, at the end of `npm test`.
 */
import fs from 'node:fs';

export default class FileTimesReporter {
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules) {
    const out = process.env.SIMKL_FILE_TIMES;
    if (!out) return;
    const times = testModules.map((module) => {
      const { collectDuration, duration } = module.diagnostic();
      return {
        file: module.moduleId.startsWith(`${this.root}/`)
          ? module.moduleId.slice(this.root.length + 1)
          : module.moduleId,
        importMs: Math.round(collectDuration),
        runMs: Math.round(duration),
        state: module.state(),
      };
    });
    fs.writeFileSync(out, JSON.stringify(times));
  }
}
