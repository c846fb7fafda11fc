// The cross-engine suite (suite.mjs) in Firefox.
import { suite } from './suite.mjs';

suite('firefox');
