#!/usr/bin/env bash
# The product's smoke test, run by the build after the product is materialised: starts it the way a
# user does (./guidepost) in self-check mode, which opens the window, checks the Guidepost perspective's
# views, saves target/smoke-test/product.png and exits 0 only if all is well.
# Without a DISPLAY it starts Xvfb on $GUIDEPOST_SMOKE_DISPLAY (default :96) for the run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
out="$here/target/smoke-test"
rm -rf "$out" && mkdir -p "$out"

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || { echo "smoke test: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  export DISPLAY="${GUIDEPOST_SMOKE_DISPLAY:-:96}"
  Xvfb "$DISPLAY" -screen 0 1920x1200x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi

status=0
GUIDEPOST_NO_BUILD=1 GUIDEPOST_WORKSPACE="$out/workspace" GUIDEPOST_VMARGS="-Dguidepost.smokeTest=$out -Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true" \
  timeout 180 "$top/guidepost" >"$out/workbench.log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ "$(cat "$out/smoke-test.txt" 2>/dev/null)" != ok ]; then
  echo "smoke test: the Guidepost product failed (exit $status):" >&2
  cat "$out/smoke-test.txt" "$out/workbench.log" >&2 2>/dev/null || true
  exit 1
fi
echo "smoke test: the Guidepost product opened its window and views (screenshot: $out/product.png); $(head -1 "$out/startup.txt" 2>/dev/null)"
sed 1d "$out/startup.txt" 2>/dev/null | sed 's/^/  /' || true
