#!/usr/bin/env bash
# Certificate inspection over a directory of generated DER certificates (issue 9), with openssl's figures beside it.
#   benchmarks/cert-harness.sh [dir] [count]      (default: /tmp/cryptrec-cert-corpus, 10000)
# Prints: the in-process harness (directory and in-memory rows, allocation per certificate, peak working set), the
# cryptrec-check CLI end to end, `openssl x509 -noout -text` once per file, and openssl printing every certificate in one
# process. Record the output in benchmarks/results/ and the summary in docs/certificates.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/cryptrec-cert-corpus}
count=${2:-10000}

dotnet build -c Release benchmarks/CryptrecCheck.Benchmarks >/dev/null
dotnet build -c Release src/CryptrecCheck.Cli >/dev/null
bench=benchmarks/CryptrecCheck.Benchmarks/bin/Release/net10.0/CryptrecCheck.Benchmarks.dll
cli=src/CryptrecCheck.Cli/bin/Release/net10.0/cryptrec-check.dll

if [ ! -d "$dir" ] || [ "$(find "$dir" -name '*.der' | wc -l)" -lt "$count" ]; then
  rm -rf "$dir"
  dotnet "$bench" cert-gen "$dir" "$count"
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(openssl version); dotnet $(dotnet --version)"

echo "== in-process harness (one thread) =="
dotnet "$bench" cert-harness "$dir" 3

echo "== cryptrec-check cert <dir> --format json (end to end, one process; results streamed to /dev/null) =="
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" dotnet "$cli" cert "$dir" --format json --as-of 2026-12-01 -y 2030 >/dev/null || true

echo "== openssl x509 -noout -text, one process per file =="
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" bash -c 'for f in "$1"/*.der; do openssl x509 -inform DER -in "$f" -noout -text >/dev/null; done' _ "$dir"

echo "== openssl, all certificates in one process (pkcs7 -print_certs -text) =="
bundle=$(mktemp)
python3 - "$dir" "$bundle" <<'PY'
import base64, glob, sys
with open(sys.argv[2], "w") as out:
    for f in sorted(glob.glob(sys.argv[1] + "/*.der")):
        b = base64.encodebytes(open(f, "rb").read()).decode()
        out.write("-----BEGIN CERTIFICATE-----\n" + b + "-----END CERTIFICATE-----\n")
PY
p7=$(mktemp)
openssl crl2pkcs7 -nocrl -certfile "$bundle" -out "$p7"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" openssl pkcs7 -in "$p7" -print_certs -text -noout >/dev/null
rm -f "$bundle" "$p7"
