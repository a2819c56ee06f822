#!/usr/bin/env bash
# Publishes the weft command as one self-contained executable per platform, for users without a .NET SDK.
#
#   scripts/publish.sh                  # every platform below
#   scripts/publish.sh linux-x64        # only the ones named
#   scripts/publish.sh --out DIR ...    # into DIR/<rid>/ instead of dist/<rid>/
#
# Each platform ends in DIR/<rid>/weft (weft.exe on Windows): the .NET runtime, ASP.NET Core (weft serve) and the
# native SkiaSharp and SQLite libraries are inside it. The native libraries are unpacked on first start into
# $DOTNET_BUNDLE_EXTRACT_BASE_DIR, else ~/.net. Compiled ReadyToRun, which halves start-up (see bench/README.md,
# "Single-file executable"). Prints one line per platform and exits 1 if any platform could not be built.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

all_rids=(linux-x64 linux-arm64 osx-arm64 win-x64)
out=dist
rids=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "publish.sh: unknown option $1 (known: --out DIR, --help)" >&2; exit 2 ;;
    *) rids+=("$1"); shift ;;
  esac
done
[[ ${#rids[@]} -eq 0 ]] && rids=("${all_rids[@]}")

if ! command -v dotnet >/dev/null; then
  echo "publish.sh: the .NET SDK is required to build the executables (dotnet not found on PATH)" >&2
  exit 1
fi

failed=0
for rid in "${rids[@]}"; do
  if [[ ! " ${all_rids[*]} " == *" $rid "* ]]; then
    echo "$rid: not a supported platform (supported: ${all_rids[*]})" >&2
    failed=1
    continue
  fi
  dir="$out/$rid"
  log="$out/$rid.log"
  rm -rf "$dir"
  mkdir -p "$dir"
  start=$SECONDS
  # The runtime packs for the target (Microsoft.NETCore.App.Runtime.<rid>, Microsoft.AspNetCore.App.Runtime.<rid>,
  # the apphost) and the ReadyToRun compiler come from the NuGet feed on the first publish for that platform.
  if dotnet publish src/Weft.Cli -c Release -r "$rid" --self-contained \
      -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:PublishReadyToRun=true \
      -o "$dir" >"$log" 2>&1; then
    exe=Weft.Cli
    name=weft
    [[ $rid == win-* ]] && exe=Weft.Cli.exe name=weft.exe
    # Symbols and XML docs are not needed to run; the executable is the whole product.
    find "$dir" -type f ! -name "$exe" -delete
    mv "$dir/$exe" "$dir/$name"
    size=$(du -m "$dir/$name" | cut -f1)
    echo "$rid: built $dir/$name (${size} MB, $((SECONDS - start)) s)"
  else
    failed=1
    if grep -qE 'NU1101|NU1102|NU1103|NETSDK1094|NETSDK1112' "$log"; then
      echo "$rid: cannot be built here: a package it needs (runtime pack, apphost or ReadyToRun compiler) did not restore from the NuGet feed; see $log" >&2
    else
      echo "$rid: publish failed; see $log" >&2
    fi
    grep -E 'error' "$log" | sort -u | head -n 5 >&2
  fi
done
exit $failed
