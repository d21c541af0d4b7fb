import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files known to run long (tens of seconds): the hostile-input and property files. */
const LONG_RUNNING = /(?:^|[\\/])hostileInputs\.\w+\.test\.ts$|\.property\.test\.ts$/;

/**
 * vitest's order (project by project; within one, by the last run's durations, or by file size when
 * there is none, as in a fresh clone), except that the long-running files of each project start
 * first: started last, one of them alone would keep a worker busy while the other core idles.
 */
export class SlowTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => (LONG_RUNNING.test(spec.moduleId) ? 0 : 1);
    const projectOrder = [...new Set(sorted.map((spec) => spec.project.name))];
    // A stable sort: projects keep their order, and so do the files within each rank.
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort(
        (a, b) =>
          projectOrder.indexOf(a.spec.project.name) - projectOrder.indexOf(b.spec.project.name) ||
          rank(a.spec) - rank(b.spec) ||
          a.index - b.index,
      )
      .map(({ spec }) => spec);
  }
}
