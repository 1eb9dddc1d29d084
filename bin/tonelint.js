#!/usr/bin/env node
// For `node bin/tonelint.js`: the CLI itself starts from tonelint.cjs (see there).
import './tonelint.cjs';
