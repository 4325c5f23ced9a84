#!/usr/bin/env bash
# The main job on the bundled samples: every verb that reads local files (names, certificates, configurations, code),
# one after another, with the CLI built once. Exit code: the worst of the verbs' codes (0 compliant, 1 noncompliant,
# 2 error) — the samples are a legacy estate on purpose, so 1 is expected.
# 同梱サンプルに対して explain・cert・config・code を順に実行します。終了コードは各コマンドの最大値です。
set -u
cd "$(dirname "$0")/.."
dotnet build src/CryptrecCheck.Cli -nologo -v q -clp:ErrorsOnly || exit 2
cli=(dotnet src/CryptrecCheck.Cli/bin/Debug/net10.0/cryptrec-check.dll)
worst=0
run() {
  printf '\n== cryptrec-check %s ==\n' "$*"
  "${cli[@]}" "$@"
  local rc=$?
  printf '(exit %d)\n' "$rc"
  if [ "$rc" -gt "$worst" ]; then worst=$rc; fi
}
run explain --input-file samples/names.txt --policy samples/policy.json
run cert samples/certs
run config samples/config
run code samples
exit "$worst"
