# Sourced by the editor test scripts. Keeps code-server, Chromium and Neovim from writing to
# ~/.config, ~/.local and ~/.cache: everything goes under the repo's ignored .cache/vscode.
GONGWEN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export GONGWEN_ROOT
export GONGWEN_EDITOR_CACHE=${GONGWEN_EDITOR_CACHE:-$GONGWEN_ROOT/.cache/vscode}
export XDG_CONFIG_HOME=$GONGWEN_EDITOR_CACHE/xdg/config XDG_DATA_HOME=$GONGWEN_EDITOR_CACHE/xdg/data
export XDG_CACHE_HOME=$GONGWEN_EDITOR_CACHE/xdg/cache XDG_STATE_HOME=$GONGWEN_EDITOR_CACHE/xdg/state
export CS=$GONGWEN_EDITOR_CACHE/cs/node_modules/.bin/code-server
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
