#!/bin/sh
# Install what the consumer tests of unkg export and serve run, for CI
# (.ci/run calls this; run it by hand too, as root or with sudo):
#   python3-networkx  networkx reads the GraphML and GEXF exports back (graph/export)
#   libxml2-utils     xmllint checks that GraphML and GEXF are well-formed (graph/export)
#   graphviz          dot renders the DOT export (graph/export)
#   nodejs            node loads the Cytoscape JSON export with the vendored cytoscape.js (graph/export)
#   chromium          headless Chromium loads the page of unkg serve and takes a screenshot (graph/serve)
#   fonts-noto-core, fonts-noto-cjk   Arabic and Chinese glyphs for the page and its screenshot
#   poppler-utils     pdftotext reads the text layer of PDF input (extract/input/pdf; a runtime need of unkg too)
#   npm               (unless nodejs has it) scripts/vendor-web.sh (npm ci in web/), only to re-vendor cytoscape.js
# Under CI=true those tests fail, not skip, when a program is missing.
set -eu
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
	python3 python3-networkx libxml2-utils graphviz nodejs chromium fonts-noto-core fonts-noto-cjk poppler-utils
# Debian's nodejs comes without npm; NodeSource's nodejs includes it (and
# conflicts with Debian's npm).
command -v npm >/dev/null || $SUDO apt-get install -y -qq --no-install-recommends npm
# The page's JavaScript is vendored (graph/serve/static/cytoscape.min.js) and
# committed; check that it matches the pinned version in web/package-lock.json.
root=$(cd "$(dirname "$0")/.." && pwd)
want=$(node -p 'require(process.argv[1]).packages["node_modules/cytoscape"].version' "$root/web/package-lock.json")
if ! grep -q "\"$want\"" "$root/graph/serve/static/cytoscape.min.js"; then
	echo "graph/serve/static/cytoscape.min.js is not cytoscape $want: run scripts/vendor-web.sh" >&2
	exit 1
fi
for p in python3 xmllint dot node chromium pdftotext; do command -v "$p" >/dev/null || { echo "missing $p" >&2; exit 1; }; done
python3 -c 'import networkx' || { echo "python3 cannot import networkx" >&2; exit 1; }
echo "ci-deps: ok"
