# Shared steps of the .ci scripts: system packages for Qt, and the project's virtualenv.
# A bare Debian 12 / Ubuntu 24.04 with python3 and git is enough: everything else comes here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

# python3-venv: Debian/Ubuntu split venv and pip out of python3.
APT_PYTHON="python3-venv"
# Qt offscreen needs these; a window on a real or virtual X display (xcb) needs the second.
APT_RUNTIME="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
APT_XCB="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
# The tests' virtual display (Xvfb), the import benchmark's peer (sqlite3), PDF text (pdftotext).
APT_TEST="xvfb xauth sqlite3 poppler-utils"
# PyInstaller reads shared libraries with objdump.
APT_BUILD="binutils"

apt_install() {
  command -v apt-get >/dev/null || { echo "no apt-get: install $* yourself" >&2; return 0; }
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

venv_install() {  # venv_install [EXTRAS]: the project, editable, with those extras if any
  [ -x "$PY" ] || python3 -m venv "$VENV"
  "$PY" -m pip install -q --disable-pip-version-check -e "$ROOT${1:+[$1]}"
}
