#!/usr/bin/env bash
# Roslyn's accounting for the analyzer package in a real `dotnet build` of the generated 2,000-file corpus (issue 13's cost
# target), for one or more packed versions of the package, alternating.
#   benchmarks/analyzer-build-ab.sh <work-dir> <rounds> <package-dir> <version> [<version>...]
# <package-dir> holds CryptrecCheck.Analyzers.<version>.nupkg files, e.g. from
#   dotnet pack analyzers/CryptrecCheck.Analyzers.Package -c Release -o <package-dir> -p:Version=0.3.0-a1
# Each round builds every version once, in an order rotated from round to round so that the machine's drift falls on all
# of them alike. Every build gets its own restore first: a --no-restore build takes its analyzer from the assets file of the
# last restore, whatever -p:CcVersion says (the sixth pass of docs/analyzer-validation.md compared one package with itself
# that way). The compiler command line in each log names the analyzer it was given; a build whose analyzer is not the
# version it was meant to measure stops the script.
# Prints one line per build (load average before it, the package's figure, all analyzers' figure, elapsed, CRY warnings)
# and the medians per version. Logs: <work-dir>/logs/. Record the figures in docs/analyzer-validation.md.
set -euo pipefail
if [ $# -lt 4 ]; then sed -n '2,12p' "$0"; exit 2; fi
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "$1" && cd "$1" && pwd); rounds=$2; packages=$(cd "$3" && pwd); shift 3; versions=("$@")
for v in "${versions[@]}"; do
  [ -f "$packages/CryptrecCheck.Analyzers.$v.nupkg" ] || { echo "no CryptrecCheck.Analyzers.$v.nupkg in $packages" >&2; exit 2; }
done

if [ ! -f "$work/corpus/File1999.cs" ]; then
  dotnet run -c Release --project "$repo/benchmarks/CryptrecCheck.Benchmarks" -- write-corpus "$work/corpus" 2000 >/dev/null
fi
mkdir -p "$work/proj" "$work/logs"
cat > "$work/proj/Corpus.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <NoWarn>\$(NoWarn);SYSLIB0021;SYSLIB0022;SYSLIB0023;SYSLIB0039;CS8981</NoWarn>
    <RestoreAdditionalProjectSources>$packages</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$work/corpus/*.cs" />
    <PackageReference Include="BouncyCastle.Cryptography" Version="2.7.0" />
    <PackageReference Include="CryptrecCheck.Analyzers" Version="\$(CcVersion)" />
  </ItemGroup>
</Project>
EOF
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); dotnet $(dotnet --version)"
cd "$work/proj"
results=$work/logs/results.txt
: > "$results"
for i in $(seq 1 "$rounds"); do
  k=${#versions[@]}
  for j in $(seq 0 $((k - 1))); do
    v=${versions[$(( (i + j) % k ))]}
    dotnet restore -p:CcVersion="$v" > "$work/logs/restore-$v-$i.log" 2>&1
    load=$(cut -d' ' -f1 /proc/loadavg)
    log=$work/logs/build-$v-$i.log
    dotnet build --no-restore --no-incremental -p:CcVersion="$v" -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d > "$log" 2>&1 || true
    used=$(grep -o '/analyzer:[^ ]*cryptreccheck.analyzers/[^/ ]*/' "$log" | head -1 | sed 's#.*/cryptreccheck.analyzers/##; s#/$##')
    if [ "$used" != "$(echo "$v" | tr '[:upper:]' '[:lower:]')" ]; then
      echo "build $i of $v was given the analyzer of '${used:-none}' (see $log)" >&2; exit 1
    fi
    pkg=$(grep -m1 'CryptrecCheck.Analyzers, Version' "$log" | awk '{print $1}')
    total=$(grep -m1 'Total analyzer execution time' "$log" | awk '{print $5}')
    elapsed=$(grep 'Time Elapsed' "$log" | awk '{split($3, t, ":"); print t[1] * 3600 + t[2] * 60 + t[3]}')
    cry=$(grep -c 'warning CRY' "$log" || true)
    share=$(awk -v p="$pkg" -v e="$elapsed" 'BEGIN { printf "%.2f", 100 * p / e }')
    echo "round $i  $v  load $load  package ${pkg}s  all analyzers ${total}s  build ${elapsed}s  share ${share}%  CRY lines $cry  $(date -u +%H:%M:%S)" | tee -a "$results"
  done
done
echo "medians (package s, share %, builds under 2 %):"
for v in "${versions[@]}"; do
  grep "  $v  " "$results" | awk '{ print $7, $14 }' | sed 's/s / /; s/%//' | sort -n -k1 > "$work/logs/$v.sorted"
  n=$(wc -l < "$work/logs/$v.sorted")
  pmed=$(awk '{ print $1 }' "$work/logs/$v.sorted" | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2) { a = $1 } NR == int(n / 2) + 1 { b = $1 } END { print (n % 2 ? a : (a + b) / 2) }')
  smed=$(awk '{ print $2 }' "$work/logs/$v.sorted" | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2) { a = $1 } NR == int(n / 2) + 1 { b = $1 } END { print (n % 2 ? a : (a + b) / 2) }')
  under=$(awk '$2 < 2' "$work/logs/$v.sorted" | wc -l)
  echo "  $v: $n builds, package ${pmed} s, share ${smed} %, under 2 % in $under"
done
