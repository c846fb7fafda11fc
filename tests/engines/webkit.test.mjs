// The cross-engine suite (suite.mjs) in WebKit.
import { suite } from './suite.mjs';

suite('webkit');
