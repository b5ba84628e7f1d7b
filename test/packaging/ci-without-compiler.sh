#!/usr/bin/env bash
# `npm ci` of this checkout on a machine without a C++ compiler, simulated: the committed tree
# (git archive HEAD) in a temporary folder, gcc/g++/cc/make/clang failing on PATH and CC/CXX set
# to `false`. nodejieba's build must fail, `npm ci` and `npm run build` succeed, and the CLI give
# exactly the findings (every rule on) that this checkout's build gives, with nodejieba if it was
# built here. About 1.5 minutes (npm ci from the cache, a type-check and the bundles); not part of
# `npm test`, which installs only the packed package (test/packaging/install.test.ts).
# Usage: bash test/packaging/ci-without-compiler.sh   (after npm run build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gongwen-ci-nocc-XXXX")
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/no-compilers" "$WORK/repo"
for tool in gcc g++ cc c++ make clang clang++; do
  printf '#!/bin/sh\necho "%s: no compiler on this machine" >&2\nexit 1\n' "$tool" > "$WORK/no-compilers/$tool"
  chmod +x "$WORK/no-compilers/$tool"
done
git -C "$ROOT" archive HEAD | tar -x -C "$WORK/repo"

cd "$WORK/repo"
export PATH="$WORK/no-compilers:$PATH" CC=false CXX=false
npm ci --no-audit --no-fund --foreground-scripts > "$WORK/ci.log" 2>&1 || { tail -40 "$WORK/ci.log"; echo "FAIL: npm ci failed without a compiler"; exit 1; }
grep -q "no compiler on this machine" "$WORK/ci.log" || { echo "FAIL: nodejieba's build never reached the compiler"; exit 1; }
[ ! -e node_modules/nodejieba/build/Release/nodejieba.node ] || { echo "FAIL: nodejieba was built after all"; exit 1; }
npm run --silent build > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; echo "FAIL: npm run build failed"; exit 1; }

# The samples, the project's real documents, and the seeds and real corpus beside the repo.
FILES=("$ROOT"/samples/* "$ROOT"/test/corpus/real/*/docs/*.txt)
SHARED="$ROOT/../shared/corpus"
[ -d "$SHARED/seeds" ] && FILES+=("$SHARED"/seeds/*.txt)
[ -d "$SHARED/real/docs" ] && FILES+=("$SHARED"/real/docs/*.txt)
ARGS=(check --no-config --rule repeated-phrase=info --format json "${FILES[@]}")
node dist/cli.js "${ARGS[@]}" > "$WORK/without.json" 2> "$WORK/without.err" || true
node "$ROOT/dist/cli.js" "${ARGS[@]}" > "$WORK/with.json" 2> /dev/null || true
[ ! -s "$WORK/without.err" ] || { cat "$WORK/without.err"; echo "FAIL: the CLI warned (fell back to Intl.Segmenter?)"; exit 1; }
cmp -s "$WORK/without.json" "$WORK/with.json" || { diff "$WORK/with.json" "$WORK/without.json" | head -40; echo "FAIL: findings differ"; exit 1; }
echo "ok: npm ci without a compiler succeeded (nodejieba not built); $(grep -c '"rule"' "$WORK/without.json") findings on ${#FILES[@]} files identical to this checkout's"
