#!/usr/bin/env bash
# Whole-process timings of the published reportgen, as a user runs it: start-up, the reference paper, and budgets
# 10× and 100× the reference's lines (made by the generator in ReportGen.Benchmarks), for the Native AOT binary and
# the framework-dependent ReadyToRun build; medians of N runs, wall and CPU seconds, peak memory. When pandoc and
# LibreOffice are installed, the same paper through them (Markdown → DOCX → PDF) for comparison.
#   benchmarks/whole-process.sh [runs]        (default 10; needs gcc and zlib for Native AOT)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== publishing (Native AOT and framework-dependent ReadyToRun)" >&2
dotnet publish src/ReportGen.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" >"$work/aot.log" 2>&1 || { tail -20 "$work/aot.log"; exit 1; }
dotnet publish src/ReportGen.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$work/fdd" >"$work/fdd.log" 2>&1 || { tail -20 "$work/fdd.log"; exit 1; }
echo "== generating budgets" >&2
dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- generate 10 "$work/x10.json" >&2
dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- generate 100 "$work/x100.json" >&2
cp data/2022-23/budget.json "$work/x1.json"
mkdir -p "$work/batch"
for i in $(seq 1 100); do cp data/2022-23/budget.json "$work/batch/paper-$i.json"; done

# median of a column of numbers
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# time NAME COMMAND…: runs it $runs times in a fresh output folder, prints median wall, CPU and peak RSS
measure() {
  local name=$1; shift
  : >"$work/times"
  for _ in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "$name: failed: $*" >&2; cat "$work/t" >&2; return 1; }
    tail -1 "$work/t" >>"$work/times"
  done
  local wall cpu mem
  wall=$(awk '{ print $1 }' "$work/times" | median)
  cpu=$(awk '{ print $2 + $3 }' "$work/times" | median)
  mem=$(awk '{ print $4 / 1024 }' "$work/times" | median)
  printf "| %-52s | %7.3f | %7.3f | %6.0f |\n" "$name" "$wall" "$cpu" "$mem"
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), $(date -u +%Y-%m-%d); medians of $runs runs"
echo
echo "| job | wall s | CPU s | peak MB |"
echo "| --- | ---: | ---: | ---: |"
aot="$work/aot/reportgen"
fdd="dotnet $work/fdd/reportgen.dll"
measure "reportgen --version, Native AOT" "$aot" --version
measure "reportgen --version, framework-dependent" $fdd --version
for scale in 1 10 100; do
  measure "${scale}× reference, PDF + DOCX + HTML, Native AOT" "$aot" build "$work/x$scale.json" --out "$work/out"
done
measure "1× reference, PDF + DOCX + HTML, framework-dependent" $fdd build "$work/x1.json" --out "$work/out"
measure "100× reference, PDF + DOCX + HTML, framework-dependent" $fdd build "$work/x100.json" --out "$work/out"
# The help is read whole first: with pipefail, grep -q closing the pipe early would fail the test at random.
build_help=$("$aot" build --help 2>/dev/null || true)
if grep -q "<data>\.\.\." <<<"$build_help"; then
  measure "100 papers in one call, Native AOT" "$aot" build "$work/batch" --out "$work/out"
fi

if command -v pandoc >/dev/null && command -v soffice >/dev/null; then
  # The usual alternative: the same Markdown through pandoc to DOCX, then LibreOffice to PDF.
  dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- markdown "$work/x1.json" "$work/paper.md" >/dev/null 2>&1 || true
  if [ -s "$work/paper.md" ]; then
    measure "pandoc → DOCX, then LibreOffice → PDF (1×)" sh -c "pandoc '$work/paper.md' -o '$work/p.docx' && soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir '$work' '$work/p.docx'"
  fi
fi
