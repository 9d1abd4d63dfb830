#!/usr/bin/env bash
# The long fuzz run: 10,000 mutated budgets through the built reportgen, each a process of its own with a 10 s
# timeout, read back (PDF with PdfPig and qpdf, DOCX with the Open XML validator, HTML with AngleSharp).
# Failures are minimised into tests/ReportGen.Tests/Fuzzing/Regressions/, which dotnet test replays.
#
#   scripts/fuzz.sh                       10,000 cases of seed 20220322 with the Native AOT reportgen
#   scripts/fuzz.sh --cases 500 --jobs 1  a shorter run; any option of the fuzz tool passes through
#   REPORTGEN_FUZZ_CLI=path scripts/fuzz.sh   use a reportgen already built (an executable or reportgen.dll)
#
# Prints (and writes to $TMPDIR/reportgen-fuzz/report.txt) the cases run, exit codes, failures, the slowest
# cases and peak memory (from /usr/bin/time). Exit 0 when nothing failed.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=${REPORTGEN_FUZZ_CLI:-}
if [ -z "$cli" ]; then
  # The shipped binary is Native AOT, and it starts in 0.06 s rather than 0.4 s: 10,000 cases take an hour, not four.
  cli=scripts/fuzz/.cli/reportgen
  if [ ! -x "$cli" ] || [ -n "$(find src -newer "$cli" -name '*.cs' -print -quit)" ]; then
    echo "fuzz: publishing reportgen (Native AOT) into scripts/fuzz/.cli ..."
    dotnet publish src/ReportGen.Cli -r linux-x64 -c Release -p:PublishAot=true -o scripts/fuzz/.cli >/dev/null
  fi
fi
dotnet build scripts/fuzz -c Release -o scripts/fuzz/.bin >/dev/null
exec dotnet scripts/fuzz/.bin/ReportGen.Fuzz.dll --repo . --cli "$cli" "$@"
