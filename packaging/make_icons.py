"""Draw the Skill Navigator icon and write resources/icons/skillnav.{png,ico,icns}.

Run from the repository root: ``python packaging/make_icons.py``. Each size is drawn
afresh with QPainter (crisp at 16 px); .ico and .icns are written here as containers of
PNG images (Windows Vista+ and macOS 10.7+ read PNG entries), so no other tool is needed.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
)

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024)]


def draw(size: int) -> QImage:
    """A rounded teal tile with a compass: a ring and a needle pointing north-east."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # draw on a 256 × 256 canvas
    tile = QLinearGradient(0, 0, 0, 256)
    tile.setColorAt(0, QColor("#2a8ca8"))
    tile.setColorAt(1, QColor("#14506a"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(tile))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)
    p.setPen(QPen(QColor(255, 255, 255, 230), 14))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(128, 128), 82, 82)
    p.translate(128, 128)
    p.rotate(45)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffb347"))  # the way forward
    p.drawPolygon(QPolygonF([QPointF(0, -70), QPointF(22, 0), QPointF(-22, 0)]))
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(QPolygonF([QPointF(0, 70), QPointF(22, 0), QPointF(-22, 0)]))
    p.setBrush(QColor("#14506a"))
    p.drawEllipse(QPointF(0, 0), 9, 9)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """'icns' + total length, then (type, length incl. 8-byte header, PNG) per element."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])  # noqa: F841  (QPainter needs the Qt GUI module initialised)
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "skillnav.png").write_bytes(png_bytes(draw(256)))
    (ICONS / "skillnav.ico").write_bytes(ico({s: png_bytes(draw(s)) for s in ICO_SIZES}))
    (ICONS / "skillnav.icns").write_bytes(icns({k: png_bytes(draw(s)) for k, s in ICNS_TYPES}))
    print(f"wrote {', '.join(sorted(p.name for p in ICONS.iterdir()))} in {ICONS}")


if __name__ == "__main__":
    main()
