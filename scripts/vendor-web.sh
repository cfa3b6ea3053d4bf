#!/bin/sh
# Vendor the JavaScript libraries of the web page (unkg serve) from npm.
# web/package.json and web/package-lock.json pin them; this installs them
# with `npm ci` and copies the files the page needs into graph/serve/static,
# which is embedded in the binary. Commit the copied files: the build and the
# page never fetch anything. Run it again after changing the pins.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/web"
npm ci --no-audit --no-fund --ignore-scripts
cp node_modules/cytoscape/dist/cytoscape.min.js "$root/graph/serve/static/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$root/graph/serve/static/cytoscape.LICENSE"
v=$(node -p 'require("./node_modules/cytoscape/package.json").version')
echo "vendored cytoscape $v into graph/serve/static"
