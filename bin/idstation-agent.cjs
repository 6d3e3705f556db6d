#!/usr/bin/env -S node --max-semi-space-size=2
'use strict'
// Runs the TypeScript sources through tsx, so a clone works without a build step.
require('tsx/cjs/api').register()
require('../agent/main.ts')
