#!/usr/bin/env bash
# Builds the release site on the bundled seeds and serves it at http://127.0.0.1:PORT/newslens/
# Usage: scripts/serve.sh [PORT]   (default 8080)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
exec node scripts/serve.mjs dist "${1:-8080}" /newslens/
