#!/usr/bin/env bash
# Smoke-test a built Skill Navigator: the same three checks on Linux, macOS and Windows (Git Bash).
#   packaging/smoke.sh PROGRAM     e.g. dist/SkillNavigator/SkillNavigator
# 1. --version prints the version from desktop/__init__.py
# 2. --self-test ends with "self-test: OK" (demo data, search, recommend, export, every library)
# 3. the main window paints and the app quits (SKILLNAV_QUIT_AFTER_PAINT=1 prints first-paint)
# Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (xcb under Xvfb, cocoa, windows).
set -euo pipefail
program="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/desktop/__init__.py")"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
limited() {  # a hung start fails instead of stalling CI (macOS has no `timeout`)
  if command -v timeout >/dev/null; then timeout 180 "$@"; else "$@"; fi
}
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "== smoke: $program --version"
printed="$("$program" --version --data-dir "$data" | tr -d '\r')"
if [ "$printed" != "skillnav $version" ]; then
  echo "smoke: expected 'skillnav $version', got '$printed'" >&2
  exit 1
fi

echo "== smoke: --self-test"
limited "$program" --self-test --data-dir "$data" | tr -d '\r' | tee "$data/self-test.log"
grep -qx "self-test: OK" "$data/self-test.log"

echo "== smoke: start to first window ($QT_QPA_PLATFORM)"
started=$SECONDS
SKILLNAV_QUIT_AFTER_PAINT=1 limited "$program" --data-dir "$data" | tr -d '\r' \
  | tee "$data/paint.log"
grep -q '^first-paint ' "$data/paint.log"
echo "smoke: OK ($program $version; first window painted within $((SECONDS - started + 1)) s)"
