#!/usr/bin/env node
// @ts-nocheck
// The package's command: `npx cdk8s-pod-patterns explain dist/` (see build/explain/cli.js).
'use strict';
const { main } = require('../build/explain/cli');

process.exitCode = main(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
