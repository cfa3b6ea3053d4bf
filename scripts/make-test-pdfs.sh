#!/bin/sh
# Make the small bad PDFs of testdata/pdf/bad (committed; run again only to
# remake them): an image-only page (a scan: no text layer) and an encrypted
# copy of a one-page text PDF. Needs chromium and qpdf (Debian packages).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/testdata/pdf/bad"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
print() { # HTML file, PDF file
	chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage \
		--user-data-dir="$tmp/profile" --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
}
# A picture of text, as a scanner makes it: pixels, no characters.
cat >"$tmp/scan.html" <<'HTML'
<!DOCTYPE html><html><body style="margin:0">
<canvas id="c" width="600" height="200"></canvas>
<script>
const g = document.getElementById("c").getContext("2d");
g.fillStyle = "#fff"; g.fillRect(0, 0, 600, 200);
g.fillStyle = "#000"; g.font = "28px serif";
g.fillText("Security Council  S/RES/1631 (2005)", 20, 100);
const img = new Image(); img.src = document.getElementById("c").toDataURL();
document.body.replaceChildren(img);
</script></body></html>
HTML
print "$tmp/scan.html" "$out/image-only.pdf"
cat >"$tmp/text.html" <<'HTML'
<!DOCTYPE html><html lang="en"><body><p>Resolution 1631 (2005) adopted by the Security Council at its 5282nd meeting, on 17 October 2005.</p></body></html>
HTML
print "$tmp/text.html" "$tmp/text.pdf"
qpdf --encrypt user-secret owner-secret 256 -- "$tmp/text.pdf" "$out/encrypted.pdf"
ls -l "$out"
