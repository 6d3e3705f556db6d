#!/usr/bin/env bash
# Compiles every .proto with Debian's protoc for Python, Java, C# and C++ and fails on any error or
# warning: the schema is the public contract, and every protoc-based language must take it (enum
# values share one C++-style scope per package, which protobufjs alone never checks).
# Usage: scripts/check-protoc.sh [PROTO_ROOT]   (default: protocol)
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-protocol}
if ! command -v protoc >/dev/null; then
  echo "protoc not found: apt-get install protobuf-compiler" >&2
  exit 69
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/python" "$out/java" "$out/csharp" "$out/cpp"
log=$(protoc -I "$root" --python_out="$out/python" --java_out="$out/java" \
  --csharp_out="$out/csharp" --cpp_out="$out/cpp" "$root"/idstation/v1/*.proto 2>&1) || {
  echo "$log" >&2
  exit 1
}
if [ -n "$log" ]; then
  echo "$log" >&2
  echo "protoc warned: the schema must compile cleanly" >&2
  exit 1
fi
echo "protoc $(protoc --version | cut -d' ' -f2): Python, Java, C# and C++ compiled $(ls "$root"/idstation/v1/*.proto | wc -l) files"
