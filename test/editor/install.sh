#!/usr/bin/env bash
# Installs what the editor tests need: Debian packages (Chromium, Neovim, a CJK font, the headers
# code-server's native modules build against; LibreOffice, which the .docx tests compare with) and
# code-server 4.100.3 (a real VS Code 1.100 workbench with a Node extension host) into the repo's
# ignored .cache/vscode. Idempotent: a second run only checks. VS Code itself cannot be downloaded on these machines; code-server is
# on npm, and 4.100.3 is the last release whose engines.node is 20.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/test/editor/env.sh"
CS_VERSION=4.100.3
RG_PKG_VERSION=1.15.11   # @vscode/ripgrep version pinned by code-server 4.100.3's bundled VS Code
T0=$(date +%s); t() { echo "[editor-install +$(( $(date +%s) - T0 ))s] $*"; }

need=""
for p in libkrb5-dev chromium neovim fonts-droid-fallback ripgrep build-essential python3 curl unzip libreoffice-writer-nogui; do
  dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing Debian packages:$need (run as root or install them)" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
t "Debian packages present"

if [ ! -x "$CS" ]; then
  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable: seed its download
  # cache with Debian's rg (any tar.gz with rg at the top level is accepted).
  export TMPDIR="$GONGWEN_EDITOR_CACHE/tmp"
  RGC="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$RGC"
  tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  mkdir -p "$GONGWEN_EDITOR_CACHE/cs"
  cd "$GONGWEN_EDITOR_CACHE/cs"
  [ -f package.json ] || echo '{"name":"gongwen-code-server-host","private":true}' > package.json
  # unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall
  # runs npx node-gyp; nodedir: build native modules against the local Node headers, no download.
  npm_config_nodedir=/usr npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION" > install.log 2>&1 \
    || { tail -40 install.log; exit 1; }
fi
"$CS" --version | head -1
t "code-server ready"
