import { testHostileCases } from '../test/hostileCaseTests';

testHostileCases('parsing');
