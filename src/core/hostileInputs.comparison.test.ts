import { testHostileCases } from '../test/hostileCaseTests';

testHostileCases('comparison');
