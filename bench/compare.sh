#!/usr/bin/env bash
# Measures pia against Hugo, Chromium and cp on this machine and prints medians and ratios.
#
#   bench/compare.sh [verwerkingen] [runs]      (defaults: 4000 verwerkingen, 5 runs)
#
# Needs: go, chromium, curl, /usr/bin/time; installs Hugo v0.165.0 with `go install` when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-4000}
RUNS=${2:-5}
WORK=$(mktemp -d /tmp/pia-vergelijk.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
now() { local t=$EPOCHREALTIME; echo "${t/,/.}"; }  # bash's clock: no process started to read it
elapsed() { echo "$2 - $1" | bc -l; }

echo "== voorbereiden: $N verwerkingen, $RUNS metingen per meting"
# Which code is measured, so that a round can be repeated and compared: the commit, and whether files differ from it.
if rev=$(git rev-parse --short HEAD 2>/dev/null); then
  if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then rev="$rev, met wijzigingen"; fi
  echo "   code: $rev; $(go version | cut -d' ' -f3-); $(nproc) kernen"
fi
go build -o "$WORK/pia" ./cmd/pia
go run ./bench/gen -verwerkingen "$N" -uit "$WORK/site" >/dev/null
HUGO=$(command -v hugo || true)
if [ -z "$HUGO" ] || ! "$HUGO" version | grep -q "v0.165.0"; then
  echo "   Hugo v0.165.0 installeren (duurt enkele minuten)…"
  GOBIN="$WORK/bin" go install github.com/gohugoio/hugo@v0.165.0
  HUGO="$WORK/bin/hugo"
fi

echo "== 1. HTML: pia build --formaat html tegen Hugo (zelfde aantal pagina's, zelfde Markdown)"
# Every run writes into a folder of its own, and nothing is deleted until the section is over. Deleting some 24 000
# files leaves work behind: ext4 without a journal (as on this machine's disk) skips inodes freed in the last minute
# when it allocates new ones, checking each in the inode table, so a build right after an rm -rf paid seconds for
# the rm; and with the discard option every removed folder waits for the disk. pia and Hugo take turns.
# Needs about 2 GB free per run (pia's output, Hugo's, and a copy of each).
pia_t=(); hugo_t=()
for i in $(seq "$RUNS"); do
  sync; t0=$(now)
  "$WORK/pia" build --bron "$WORK/site" --uitvoer "$WORK/html-pia-$i" --formaat html >/dev/null
  pia_t+=("$(elapsed "$t0" "$(now)")")
  sync; t0=$(now)
  "$HUGO" --quiet --source "$WORK/site/hugo" --destination "$WORK/html-hugo-$i" >/dev/null
  hugo_t+=("$(elapsed "$t0" "$(now)")")
done
pia_pages=$(find "$WORK/html-pia-1" -name '*.html' | wc -l)
hugo_pages=$(find "$WORK/html-hugo-1" -name '*.html' | wc -l)
pia_med=$(printf '%s\n' "${pia_t[@]}" | median); hugo_med=$(printf '%s\n' "${hugo_t[@]}" | median)
pia_pps=$(echo "$pia_pages / $pia_med" | bc -l); hugo_pps=$(echo "$hugo_pages / $hugo_med" | bc -l)
printf '   pia : %6d pagina%s in %6.2f s = %8.0f pagina/s\n' "$pia_pages" "'s" "$pia_med" "$pia_pps"
printf '   Hugo: %6d pagina%s in %6.2f s = %8.0f pagina/s\n' "$hugo_pages" "'s" "$hugo_med" "$hugo_pps"
printf '   verhouding pia/Hugo (pagina/s): %.2f  (doel ≥ 2)\n' "$(echo "$pia_pps / $hugo_pps" | bc -l)"
# The floor of each: copying its finished output with cp -r, the cost of creating those folders and files alone.
pia_cp=(); hugo_cp=()
for i in $(seq "$RUNS"); do
  sync; t0=$(now); cp -r "$WORK/html-pia-1" "$WORK/kopie-pia-$i"; pia_cp+=("$(elapsed "$t0" "$(now)")")
  sync; t0=$(now); cp -r "$WORK/html-hugo-1" "$WORK/kopie-hugo-$i"; hugo_cp+=("$(elapsed "$t0" "$(now)")")
done
pia_cpm=$(printf '%s\n' "${pia_cp[@]}" | median); hugo_cpm=$(printf '%s\n' "${hugo_cp[@]}" | median)
printf '   vloer (cp -r van de uitvoer): pia %.2f s (%s), Hugo %.2f s (%s)\n' "$pia_cpm" "$(du -sh "$WORK/html-pia-1" | cut -f1)" \
  "$hugo_cpm" "$(du -sh "$WORK/html-hugo-1" | cut -f1)"
printf '   boven de vloer: pia %.2f s, Hugo %.2f s\n' "$(echo "$pia_med - $pia_cpm" | bc -l)" "$(echo "$hugo_med - $hugo_cpm" | bc -l)"
KEEP="$WORK/html-pia-1"
for i in $(seq 2 "$RUNS"); do rm -rf "$WORK/html-pia-$i"; done
rm -rf "$WORK"/html-hugo-* "$WORK"/kopie-*; sync

echo "== 2. Eén PIA-rapport als PDF: pia tegen Chromium --print-to-pdf van pia's eigen HTML"
# (find | sort reads everything: a `ls | head` would end ls with SIGPIPE, which pipefail turns into a failure)
ONE=$(find "$WORK/site/content/verwerkingen" -name '*.toml' | sort | sed -n 1p); ONE=$(basename "$ONE" .toml)
pdf_ns=$(go test ./internal/build -run XXX -bench 'BenchmarkRenderPDFReport$' -benchtime 20x -count "$RUNS" 2>/dev/null \
  | awk '/BenchmarkRenderPDFReport/ {print $3}' | median)
pia_pdf=$(echo "$pdf_ns / 1000000000" | bc -l)
chr_t=()
for _ in $(seq "$RUNS"); do
  t0=$(now)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$WORK/chr" --no-pdf-header-footer \
    --print-to-pdf="$WORK/chromium.pdf" "file://$KEEP/verwerkingen/$ONE/index.html" >/dev/null 2>&1
  chr_t+=("$(elapsed "$t0" "$(now)")")
done
chr_med=$(printf '%s\n' "${chr_t[@]}" | median)
printf '   pia     : %8.4f s per rapport\n   Chromium: %8.4f s per rapport\n' "$pia_pdf" "$chr_med"
printf '   verhouding Chromium/pia: %.0f×  (doel ≥ 100×)\n' "$(echo "$chr_med / $pia_pdf" | bc -l)"

echo "== 3. Volledige build (HTML + PDF) tegen kopiëren van de uitvoer met cp -r"
# Here each run deletes the previous output first (all runs together would need some 20 GB), so these times
# include the after-effects of deleting described above: an upper bound.
full_t=(); cp_t=()
for _ in $(seq "$RUNS"); do
  rm -rf "$WORK/out-full"; sync; t0=$(now)
  "$WORK/pia" build --bron "$WORK/site" --uitvoer "$WORK/out-full" >/dev/null
  full_t+=("$(elapsed "$t0" "$(now)")")
  rm -rf "$WORK/kopie"; sync; t0=$(now)
  cp -r "$WORK/out-full" "$WORK/kopie"
  cp_t+=("$(elapsed "$t0" "$(now)")")
done
full_med=$(printf '%s\n' "${full_t[@]}" | median); cp_med=$(printf '%s\n' "${cp_t[@]}" | median)
printf '   pia build: %6.2f s (doel ≤ 60 s)   cp -r: %6.2f s   verhouding: %.1f×\n' "$full_med" "$cp_med" \
  "$(echo "$full_med / $cp_med" | bc -l)"

echo "== 4. pia serve: van opslaan tot herlaadsignaal, één bestand gewijzigd"
PORT=$((20000 + RANDOM % 20000))
"$WORK/pia" serve --bron "$WORK/site" --poort "$PORT" >"$WORK/serve.log" 2>&1 &
for _ in $(seq 600); do curl -fs "http://127.0.0.1:$PORT/_pia/status" >/dev/null 2>&1 && break; sleep 0.5; done
FILE="$WORK/site/content/verwerkingen/$ONE.toml"
# The reload events are read with bash's own read and clock, so that starting processes (a grep per poll) does not
# count as waiting for pia.
serve_t=()
for i in $(seq "$((RUNS + 2))"); do
  sleep 0.5 # let the previous change settle
  coproc EVENTS { exec curl -sN "http://127.0.0.1:$PORT/_pia/herlaad"; }
  # The server greets a new listener with a comment; from then on the listener gets every rebuild.
  while IFS= read -r -u "${EVENTS[0]}" line; do [[ $line == ": verbonden"* ]] && break; done
  t0=$EPOCHREALTIME
  printf '\n# wijziging %s\n' "$i" >>"$FILE"
  while IFS= read -r -u "${EVENTS[0]}" line; do [[ $line == "event: herbouwd"* ]] && break; done
  t1=$EPOCHREALTIME
  serve_t+=("$(elapsed "${t0/,/.}" "${t1/,/.}")")
  kill "$EVENTS_PID" 2>/dev/null || true
  wait "$EVENTS_PID" 2>/dev/null || true
done
serve_med=$(printf '%s\n' "${serve_t[@]}" | median)
printf '   opslaan → herlaadsignaal: %.0f ms (mediaan, inclusief 40 ms wachten op rust na de laatste schrijfactie; doel < 100 ms)\n' \
  "$(echo "$serve_med * 1000" | bc -l)"
kill %1 2>/dev/null || true

echo "== 5. Piekgeheugen van de volledige build"
mem=()
for _ in $(seq "$RUNS"); do
  rm -rf "$WORK/out-mem"
  kb=$(/usr/bin/time -v "$WORK/pia" build --bron "$WORK/site" --uitvoer "$WORK/out-mem" 2>&1 >/dev/null \
    | awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}')
  mem+=("$kb")
done
mem_med=$(printf '%s\n' "${mem[@]}" | median)
printf '   piek: %.0f MiB (doel < 1536 MiB)\n' "$(echo "$mem_med / 1024" | bc -l)"
