// Test setup for every test: property tests (fast-check) are seeded and bounded (see propertyRuns),
// so they run the same cases on every run.
import fc from 'fast-check';
import { PROPERTY_SEED, propertyRuns } from './propertyRuns';

fc.configureGlobal({ seed: PROPERTY_SEED, ...propertyRuns(100) });
