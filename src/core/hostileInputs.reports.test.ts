import { testHostileCases } from '../test/hostileCaseTests';

testHostileCases('reports');
