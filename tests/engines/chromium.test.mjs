// The cross-engine suite (suite.mjs) in Chromium.
import { suite } from './suite.mjs';

suite('chromium');
