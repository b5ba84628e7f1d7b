#!/usr/bin/env bash
# The editor tests: the extension's mocha suite in code-server's extension host (through
# @vscode/test-electron's runTests), the packaged .vsix driven in code-server by headless Chromium,
# and the server attached to headless Neovim. Usage: run.sh [vscode] [e2e] [nvim] (default: all).
# A test whose tool is missing is skipped with a message saying how to install it
# (test/editor/install.sh); under CI (CI=true) a missing tool is a failure instead.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/env.sh"
cd "$GONGWEN_ROOT"
KINDS=${*:-vscode e2e nvim}
passed=0; failed=0; skipped=0

missing() { # tool-description
  if [ "${CI:-}" = true ]; then
    echo "editor tests: $1 is missing (CI installs it with test/editor/install.sh)" >&2
    failed=$((failed + 1))
  else
    echo "SKIPPED: $1 is missing; run 'bash test/editor/install.sh' (apt-get and code-server into .cache/vscode)"
    skipped=$((skipped + 1))
  fi
}
record() { # name exit-code
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "=== $1: passed"; else failed=$((failed + 1)); echo "=== $1: FAILED (exit $2)"; fi
}

for kind in $KINDS; do
  T0=$(date +%s)
  case $kind in
    vscode)
      echo "=== extension tests (mocha in the extension host, via @vscode/test-electron runTests)"
      if [ ! -x "$CS" ] || [ ! -x "$CHROMIUM" ]; then missing "code-server or chromium"; continue; fi
      # The exit status is taken before the message is built: $(date) in it would reset $?.
      node test/vscode/runTests.mjs; rc=$?
      record "extension tests ($(( $(date +%s) - T0 )) s)" $rc
      ;;
    e2e)
      echo "=== UI test (the packaged .vsix in code-server, driven by headless Chromium)"
      if [ ! -x "$CS" ] || [ ! -x "$CHROMIUM" ]; then missing "code-server or chromium"; continue; fi
      npm run --silent package > "$GONGWEN_EDITOR_CACHE/package.log" 2>&1 || { cat "$GONGWEN_EDITOR_CACHE/package.log"; record "UI test (packaging)" 1; continue; }
      mkdir -p "$GONGWEN_EDITOR_CACHE/run"
      RUN=$(mktemp -d "$GONGWEN_EDITOR_CACHE/run/e2e-XXXX")
      mkdir -p "$RUN/workspace"
      # Seed 003 (the corpus beside the repo) when it is there; else the sample shipped in samples/.
      SEED="$GONGWEN_ROOT/../shared/corpus/seeds/003_876dce043ba1a933.txt"
      if [ -f "$SEED" ]; then REPORT=003_876dce043ba1a933.gongwen; cp "$SEED" "$RUN/workspace/$REPORT"
      else REPORT=工作总结示例.gongwen; cp "samples/$REPORT" "$RUN/workspace/$REPORT"; fi
      SETTINGS="$RUN/user-settings.json"
      node -e 'const s=require(process.argv[1]); s["gongwen.locale"]="zh"; require("fs").writeFileSync(process.argv[2], JSON.stringify(s, null, 2))' "$HERE/user-settings.json" "$SETTINGS"
      if read -r PORT PGID < <("$HERE/start-code-server.sh" "$RUN" dist/gongwen.vsix "$RUN/workspace" "$SETTINGS"); then
        echo "code-server on 127.0.0.1:$PORT, run dir $RUN"
        node test/e2e/ui.mjs "$RUN" "$REPORT"; rc=$?
        kill -TERM -- "-$PGID" 2>/dev/null
        for _ in $(seq 1 50); do kill -0 -- "-$PGID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$PGID" 2>/dev/null
        # A passing run leaves nothing behind; a failing one keeps its logs and profile to look at.
        if [ $rc = 0 ]; then rm -rf "$RUN"; else tail -20 "$RUN/cs.log"; echo "logs kept in $RUN"; fi
      else rc=1; fi
      record "UI test ($(( $(date +%s) - T0 )) s; screenshots in test/artifacts/)" $rc
      ;;
    nvim)
      echo "=== Neovim test (the server over stdio, Neovim's built-in LSP client)"
      if ! command -v nvim > /dev/null; then missing "nvim"; continue; fi
      node test/nvim/run.mjs; rc=$?
      record "Neovim test ($(( $(date +%s) - T0 )) s)" $rc
      ;;
    *) echo "unknown editor test '$kind' (use vscode, e2e or nvim)" >&2; exit 2 ;;
  esac
done
echo "Editor: $passed passed, $failed failed, $skipped skipped"
[ $failed = 0 ]
