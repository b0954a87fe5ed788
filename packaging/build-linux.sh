#!/usr/bin/env bash
# Build the Linux onedir app into dist/SkillNavigator, check what it bundles, smoke-test it.
#   packaging/build-linux.sh       uses .venv/bin/python, or $PYTHON
# The same steps as build-windows.ps1 and build-macos.sh (one spec, one smoke test).
# The bundle needs libGL/libEGL on the target (apt: libgl1 libegl1); they are not bundled.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
"$PY" -c "import PyInstaller" 2>/dev/null \
  || "$PY" -m pip install -q --disable-pip-version-check -e ".[build]"

started=$SECONDS
"$PY" -m PyInstaller --noconfirm --log-level WARN packaging/desktop.spec
echo "build: $((SECONDS - started)) s, $(du -sh dist/SkillNavigator | cut -f1) in dist/SkillNavigator"
"$PY" packaging/check_bundle.py dist/SkillNavigator
bash packaging/smoke.sh dist/SkillNavigator/SkillNavigator
