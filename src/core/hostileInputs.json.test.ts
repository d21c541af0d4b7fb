import { testHostileCases } from '../test/hostileCaseTests';

testHostileCases('json');
