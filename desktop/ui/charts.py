"""Charts for the Analytics page (pyqtgraph): bars with their values, histograms, a trend.

Every chart takes already-aggregated numbers (a few dozen points), so drawing stays instant
whatever the number of records. Each sits in a ``ChartCard`` with a title and a
"Save PNG…" button. Imported only by the Analytics page: pyqtgraph costs ~0.5 s to load.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import dialogs

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

BLUE, ORANGE, GREEN, GREY = "#3b6ea8", "#e08a2c", "#4f9a5b", "#9a9a9a"
LABEL_MAX = 38  # characters of a category label before it is elided
PNG_WIDTH = 1600


def elide(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ChartCard(QFrame):
    """A titled chart with a "Save PNG…" button."""

    def __init__(self, title: str, *, x_label: str = "", y_label: str = "",
                 date_axis: bool = False, min_height: int = 260) -> None:
        super().__init__()
        self.title = title
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(f"<b>{title}</b>")
        self.save_button = QPushButton("Save PNG…")
        self.save_button.setToolTip("Save this chart as a PNG image")
        self.save_button.clicked.connect(self.ask_save)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.save_button)
        axes = {"bottom": pg.DateAxisItem(utcOffset=0)} if date_axis else {}
        self.plot = pg.PlotWidget(axisItems=axes)
        self.plot.setMinimumHeight(min_height)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        if x_label:
            item.setLabel("bottom", x_label)
        if y_label:
            item.setLabel("left", y_label)
            item.getAxis("left").setWidth(62)  # room for "70000" and the label, never overlapping
        self.empty = QLabel("No data yet", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #888;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty)
        self.empty.hide()

    def clear(self, has_data: bool) -> pg.PlotItem:
        item = self.plot.getPlotItem()
        item.clear()
        if item.legend is not None:
            item.legend.clear()
        self.empty.setVisible(not has_data)
        return item

    def save_png(self, path: str) -> None:
        exporter = ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = PNG_WIDTH
        exporter.export(path)

    def ask_save(self) -> None:
        stem = "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")
        path = dialogs.ask_save_path(self, f"Save “{self.title}”", f"{stem}.png",
                                     "PNG image (*.png)")
        if path:
            self.save_png(path if path.lower().endswith(".png") else f"{path}.png")


def _value_labels(item: pg.PlotItem, xs: Sequence[float], ys: Sequence[float],
                  horizontal: bool = False) -> None:
    """Each bar's value written at its end."""
    for x, y in zip(xs, ys, strict=True):
        if not y:
            continue
        text = pg.TextItem(f"{y:,.0f}", color="#222", anchor=(0, 0.5) if horizontal
                           else (0.5, 1))
        text.setPos(*((y, x) if horizontal else (x, y)))
        item.addItem(text)


def _pad_range(item: pg.PlotItem, top: float, horizontal: bool = False) -> None:
    """Room above (or right of) the tallest bar for its value label."""
    limit = max(top, 1) * 1.15
    if horizontal:
        item.setXRange(0, limit, padding=0)
    else:
        item.setYRange(0, limit, padding=0)


def bar_chart(card: ChartCard, labels: Sequence[str], series: Sequence[Sequence[float]],
              names: Sequence[str] = (), colours: Sequence[str] = (BLUE, ORANGE, GREY)
              ) -> None:
    """Vertical bars per category, several series stacked; totals written on the bars."""
    item = card.clear(bool(labels))
    if not labels:
        return
    xs = np.arange(len(labels))
    bottom = np.zeros(len(labels))
    if len(series) > 1:
        item.addLegend(offset=(-10, 10))
    for index, values in enumerate(series):
        heights = np.asarray(values, dtype=float)
        bars = pg.BarGraphItem(x=xs, y0=bottom, height=heights, width=0.6,
                               brush=colours[index % len(colours)], pen=pg.mkPen("w"),
                               name=names[index] if index < len(names) else None)
        item.addItem(bars)
        bottom = bottom + heights
    _value_labels(item, xs, bottom)
    item.getAxis("bottom").setTicks([[(i, elide(label, 22)) for i, label in enumerate(labels)]])
    item.setXRange(-0.6, len(labels) - 0.4, padding=0)
    _pad_range(item, float(bottom.max()))


def histogram_chart(card: ChartCard, edges: Sequence[float], counts: Sequence[int],
                    tick_format: str = "{:g}", colour: str = BLUE) -> None:
    """Adjacent bars over ``edges`` (len(counts) + 1) with counts on them."""
    counts = np.asarray(counts)
    item = card.clear(bool(counts.sum()))
    if not counts.sum():
        return
    edges = np.asarray(edges, dtype=float)
    centres = (edges[:-1] + edges[1:]) / 2
    item.addItem(pg.BarGraphItem(x=centres, height=counts, width=np.diff(edges) * 0.92,
                                 brush=colour, pen=pg.mkPen("w")))
    _value_labels(item, centres, counts)
    item.getAxis("bottom").setTicks([[(e, tick_format.format(e)) for e in edges]])
    item.setXRange(edges[0], edges[-1], padding=0.02)
    _pad_range(item, float(counts.max()))


def trend_chart(card: ChartCard, starts: Sequence[object], counts: np.ndarray,
                trend: np.ndarray, unit: str) -> None:
    """Counts per day or week as a line with dots, and the least-squares trend dashed."""
    item = card.clear(len(counts) > 0)
    if not len(counts):
        return
    xs = np.array([datetime.combine(d, time(), UTC).timestamp() for d in starts])  # type: ignore[arg-type]
    item.addLegend(offset=(70, 10))  # top left: the recent end of the line is at the right
    symbol = "o" if len(xs) <= 120 else None
    item.plot(xs, counts, pen=pg.mkPen(BLUE, width=2), symbol=symbol, symbolSize=5,
              symbolBrush=BLUE, name=f"Analyses per {unit}")
    if len(xs) > 1:
        item.plot(xs, trend, pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine),
                  name="Trend")
    _pad_range(item, float(counts.max()))


def horizontal_bar_chart(card: ChartCard, labels: Sequence[str], values: Sequence[int],
                         colour: str = GREEN) -> None:
    """Ranked categories top to bottom with long readable labels and values at the bar ends."""
    item = card.clear(bool(labels))
    if not labels:
        return
    ys = np.arange(len(labels))[::-1]  # the first label at the top
    item.addItem(pg.BarGraphItem(x0=0, y=ys, width=values, height=0.7, brush=colour,
                                 pen=pg.mkPen("w")))
    _value_labels(item, ys, values, horizontal=True)
    shown = [elide(label) for label in labels]
    axis = item.getAxis("left")
    axis.setTicks([[(y, label) for y, label in zip(ys, shown, strict=True)]])
    axis.setWidth(QFontMetrics(QFont()).horizontalAdvance(max(shown, key=len)) + 16)
    item.setYRange(-0.6, len(labels) - 0.4, padding=0)
    _pad_range(item, float(max(values)), horizontal=True)


def card_row(*cards: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for card in cards:
        layout.addWidget(card, 1)
    return row
