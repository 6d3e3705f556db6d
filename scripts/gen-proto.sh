#!/usr/bin/env bash
# Regenerates protocol/gen from protocol/idstation/v1/*.proto with protobufjs-cli (offline).
# `--check` regenerates into a temporary folder and fails if the committed code differs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=protocol/gen
if [ "${1:-}" = "--check" ]; then out=$(mktemp -d); fi
mkdir -p "$out"
npx pbjs -t static-module -w commonjs --force-number --no-delimited --no-typeurl \
  -p protocol -o "$out/idstation.js" protocol/idstation/v1/*.proto
npx pbts -o "$out/idstation.d.ts" "$out/idstation.js"
if [ "${1:-}" = "--check" ]; then
  diff -q "$out/idstation.js" protocol/gen/idstation.js && diff -q "$out/idstation.d.ts" protocol/gen/idstation.d.ts
  echo "protocol/gen is up to date"
fi
