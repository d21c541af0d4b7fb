import { testHostileCases } from '../test/hostileCaseTests';

testHostileCases('diagnosis');
