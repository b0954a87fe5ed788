#!/usr/bin/env bash
# Build "dist/Skill Navigator.app", check what it bundles, sign, smoke-test, zip, notarise.
#   packaging/build-macos.sh       uses .venv/bin/python, or $PYTHON
# Signing: MACOS_SIGN_IDENTITY ("Developer ID Application: Name (TEAMID)", in the keychain);
# PyInstaller signs every binary with it (hardened runtime, packaging/entitlements.plist).
# Notarisation (packaging/notarize-macos.sh): APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD.
# Without them the app is ad-hoc signed / not notarised, with a warning.
# Output: dist/SkillNavigator-<version>-macos.zip
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
APP="dist/Skill Navigator.app"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)"
ZIP="dist/SkillNavigator-$version-macos.zip"
"$PY" -c "import PyInstaller" 2>/dev/null \
  || "$PY" -m pip install -q --disable-pip-version-check -e ".[build]"

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "WARNING: MACOS_SIGN_IDENTITY is not set: the app gets an ad-hoc signature only and" \
       "Gatekeeper will refuse it on other Macs (right-click > Open to override)." >&2
fi
started=$SECONDS
"$PY" -m PyInstaller --noconfirm --log-level WARN packaging/desktop.spec
echo "build: $((SECONDS - started)) s, $(du -sh "$APP" | cut -f1) in $APP"
"$PY" packaging/check_bundle.py "$APP"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --verify --strict --deep --verbose=2 "$APP"
fi
bash packaging/smoke.sh "$APP/Contents/MacOS/SkillNavigator"

rm -f "$ZIP"
ditto -c -k --keepParent "$APP" "$ZIP"  # keeps the symlinks and signatures inside the .app
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
   && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  bash packaging/notarize-macos.sh "$APP" "$ZIP"
else
  echo "WARNING: not notarised (needs MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID and" \
       "APPLE_APP_PASSWORD): macOS will warn users that it cannot check the app." >&2
fi
echo "artifact: $ZIP"
