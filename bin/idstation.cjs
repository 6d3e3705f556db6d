#!/usr/bin/env node
'use strict'
// Runs the TypeScript sources through tsx, so a clone works without a build step.
require('tsx/cjs/api').register()
require('../agent/cli/main.ts')
