import { testHostileCases } from '../test/hostileCaseTests';

testHostileCases('sessions');
