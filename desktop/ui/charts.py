"""Charts for the Analytics page (pyqtgraph): bars with their values, histograms, a trend.

Every chart takes already-aggregated numbers (a few dozen points), so drawing stays instant
whatever the number of records. Each sits in a ``ChartCard``: its title, a context line (the
period, the data source and its sync time, what is counted) and "Save…", which writes a PNG
or an SVG that carries the same title and context, drawn on the image and in its metadata
(PNG text chunks, SVG ``<title>``/``<desc>``). Legends sit below the plot, never on the
data. Imported only where a chart is shown (the Analytics page, the skill-level chart):
pyqtgraph costs ~0.5 s to load.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time
from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QImageWriter, QPainter, QWheelEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollBar,
    QVBoxLayout,
)

from desktop.services.files import atomic_path
from desktop.ui import dialogs
from desktop.ui.i18n import integer, translate

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def _make_singletons_immortal() -> None:
    """Work around a binding bug: with PySide6 6.12, pyqtgraph's item calls (adding,
    clearing, ranging items) drop references to ``True`` and ``None`` they never took, a few
    dozen per chart drawn, until Python frees one and aborts ("bool_dealloc",
    "none_dealloc"). Python 3.12 makes these singletons immortal; on 3.11 give them as many
    references as 3.12 does."""
    if sys.version_info >= (3, 12):
        return
    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_make_singletons_immortal()

BLUE, ORANGE, GREEN, GREY, RED = "#3b6ea8", "#e08a2c", "#4f9a5b", "#9a9a9a", "#b00020"
KEY_GAP_MARK = "⚠ "  # before a key gap's skill name, besides its red bar
LABEL_MAX = 38  # characters of a category label before it is elided
LEVEL_ROW_HEIGHT = 34  # pixels per skill of a level chart: its name and two bars
PNG_WIDTH = 1600
DATE_TICKS = 6  # dates written under a time axis
def elide(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def two_lines(text: str, width: int = 14) -> str:
    """A category label under a bar: at most two lines of about ``width`` characters, so
    neighbours do not run into each other ("Science and\nresearch")."""
    lines = textwrap.wrap(text, width) or [""]
    return "\n".join([*lines[:1], elide(" ".join(lines[1:]), width)] if len(lines) > 1
                     else lines)


class ChartCard(QFrame):
    """A titled chart with its context line and a "Save…" button (PNG or SVG)."""

    def __init__(self, title: str, *, x_label: str = "", y_label: str = "",
                 min_height: int = 260) -> None:
        super().__init__()
        self.title = title
        self.context = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(f"<b>{escape(title)}</b>", wordWrap=True)  # fits a narrow pane
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG image, with its "
                                            "title, period and data source"))
        self.save_button.clicked.connect(self.ask_save)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.save_button)
        self.caption = QLabel(wordWrap=True)
        self.caption.setStyleSheet("color: #555;")
        self.plot = pg.PlotWidget()
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
        self.legend = pg.LegendItem(colCount=4)  # below the plot, in the item's own layout,
        item.layout.addItem(self.legend, 4, 0, 1, 2)  # under the left axis too: narrow panes
        self.empty = QLabel(self.tr("No data in this period"),
                            alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #888; padding: 24px;")
        self.saved = QLabel(wordWrap=True)
        self.saved.setStyleSheet("color: #1b6e20;")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroller: RowScroller | None = None  # beside the plot, if it has one
        self.plot_row = QHBoxLayout()
        self.plot_row.addWidget(self.plot, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addLayout(self.plot_row, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.saved)
        self.empty.hide()
        self.saved.hide()

    def set_context(self, context: str) -> None:
        """The period, source, sync time and what is counted, under the title and saved."""
        self.context = context
        self.caption.setText(escape(context))

    def clear(self, has_data: bool) -> pg.PlotItem:
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        self.plot.setVisible(has_data)  # no bare 0–1 axes over nothing
        self.empty.setVisible(not has_data)
        self.save_button.setEnabled(has_data)
        return item

    def add_legend(self, item: pg.GraphicsObject, name: str) -> None:
        self.legend.addItem(item, name)

    # --- saving ---------------------------------------------------------------------------
    def ask_save(self) -> None:
        stem = "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")
        path = dialogs.ask_save_path(self, self.tr("Save “{title}”").format(title=self.title),
                                     f"{stem}.png",
                                     self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path = f"{path}.png"
        self.save(path)
        self.saved.setText(self.tr("Saved to {path}").format(path=path))
        self.saved.show()

    def save(self, path: str) -> None:
        """A PNG (1600 px wide) or an SVG, by the suffix, titled and described."""
        item = self.plot.getPlotItem()
        lines = textwrap.wrap(self.context, max(40, int(item.width() / 6.5)))
        item.setTitle(f"<b>{escape(self.title)}</b><br><span style='font-size:8pt'>"
                      + "<br>".join(escape(line) for line in lines) + "</span>")
        height = item.titleLabel.item.boundingRect().height()
        item.titleLabel.setMaximumHeight(height)  # pyqtgraph allows one line (30 px)
        item.layout.setRowFixedHeight(0, height)
        item.layout.activate()
        try:
            with self.scroller.every_row() if self.scroller else contextlib.nullcontext():
                if path.lower().endswith(".svg"):
                    self._save_svg(item, path)
                else:
                    self._save_png(item, path)
        finally:
            item.setTitle(None)
            item.layout.activate()  # the view as it was, at once

    def _save_png(self, item: pg.PlotItem, path: str) -> None:
        exporter = ImageExporter(item)
        exporter.parameters()["width"] = PNG_WIDTH
        image: QImage = exporter.export(toBytes=True)
        for key, value in self.metadata().items():
            image.setText(key, value)
        with atomic_path(path) as temporary:
            writer = QImageWriter(str(temporary), b"PNG")  # the temporary has no .png suffix
            if not writer.write(image):
                raise OSError(f"cannot write {path}: {writer.errorString()}")

    def _save_svg(self, item: pg.PlotItem, path: str) -> None:
        """Through Qt's SVG generator: pyqtgraph's SVGExporter cannot parse the paths that
        Qt 6 writes (pyqtgraph issue 3485). Items paint in pyqtgraph's export mode, as for
        the PNG (symbols as paths, not cached pixmaps)."""
        exporter = ImageExporter(item)
        source = exporter.getSourceRect()
        target = QRectF(0, 0, source.width(), source.height())
        with atomic_path(path) as temporary:
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(target.size().toSize())
            generator.setResolution(self.plot.logicalDpiX())  # as on screen: axes align
            generator.setViewBox(target)
            generator.setTitle(self.title)
            generator.setDescription(self.context)
            painter = QPainter(generator)
            exporter.setExportMode(True, {"antialias": True, "background": "w",
                                          "painter": painter, "resolutionScale": 1.0})
            try:
                exporter.render(painter, target, source)
            finally:
                exporter.setExportMode(False)
                painter.end()
            del painter  # before the device it painted on

    def metadata(self) -> dict[str, str]:
        return {"Title": self.title, "Description": self.context,
                "Creation Time": datetime.now(UTC).isoformat(timespec="seconds"),
                "Software": "Skill Navigator"}


class RowScroller(QScrollBar):
    """Beside a chart of rows, the first at the top: the plot draws as many rows as fit at
    ``row_height`` pixels each, and this bar (or the mouse wheel over the plot) moves through
    the others, while the axes, the legend and the card's title stay in view."""

    def __init__(self, card: ChartCard, row_height: int) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.row_height = row_height
        self.count = 0
        self.item = card.plot.getPlotItem()
        card.plot_row.addWidget(self)
        card.scroller = self
        card.plot.viewport().installEventFilter(self)
        self.item.getViewBox().sigResized.connect(lambda *_: self._fit())
        self.valueChanged.connect(self._scroll)
        self.hide()

    def set_count(self, count: int) -> None:
        """Rows charted at y = count - 1 (the first) down to 0; show from the first."""
        self.count = count
        self.setValue(0)
        self._fit()

    def shown(self) -> int:
        fitting = int(self.item.getViewBox().height() // self.row_height)
        return max(1, min(self.count, fitting))

    @contextlib.contextmanager
    def every_row(self) -> Iterator[None]:
        """The plot grown to draw every row (to save an image), then as it was."""
        first, size = self.value(), self.item.size()
        hidden = (self.count - self.shown()) * self.row_height
        self.item.resize(size.width(), size.height() + hidden)
        self.item.layout.activate()
        try:
            yield
        finally:
            self.item.resize(size)
            self.setValue(first)

    def _fit(self) -> None:
        shown = self.shown()
        self.setPageStep(shown)
        self.setMaximum(max(self.count - shown, 0))
        self.setVisible(self.count > shown)
        self._scroll(self.value())

    def _scroll(self, first: int) -> None:
        top = self.count - 1 - first  # y of the first row shown
        self.item.setYRange(top - self.shown() + 0.5, top + 0.5, padding=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QWheelEvent) and self.isVisible():
            self.setValue(self.value() - round(event.angleDelta().y() / 40))  # 3 rows a notch
            return True
        return False


def _value_labels(item: pg.PlotItem, xs: Iterable[float], ys: Iterable[float],
                  horizontal: bool = False) -> None:
    """Each bar's value written at its end."""
    for x, y in zip(xs, ys, strict=True):
        if not y:
            continue
        text = pg.TextItem(integer(round(y)), color="#222", anchor=(0, 0.5) if horizontal
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
    for index, values in enumerate(series):
        heights = np.asarray(values, dtype=float)
        bars = pg.BarGraphItem(x=xs, y0=bottom, height=heights, width=0.6,
                               brush=colours[index % len(colours)], pen=pg.mkPen("w"))
        item.addItem(bars)
        if index < len(names):
            card.add_legend(bars, names[index])
        bottom = bottom + heights
    _value_labels(item, xs, bottom)
    shown = [two_lines(label) for label in labels]
    axis = item.getAxis("bottom")
    axis.setTicks([list(enumerate(shown))])
    lines = max(label.count("\n") + 1 for label in shown)  # pyqtgraph makes room for one
    axis.setHeight(lines * QFontMetrics(axis.font()).lineSpacing() + 12
                   + (axis.label.boundingRect().height() if axis.label.isVisible() else 0))
    item.setXRange(-0.6, len(labels) - 0.4, padding=0)
    _pad_range(item, float(bottom.max()))


def histogram_chart(card: ChartCard, edges: Iterable[float], counts: Iterable[float],
                    tick_format: str = "{:g}", colour: str = BLUE) -> None:
    """Adjacent bars over ``edges`` (len(counts) + 1) with counts on them."""
    heights = np.asarray(counts)
    item = card.clear(bool(heights.sum()))
    if not heights.sum():
        return
    bounds = np.asarray(edges, dtype=float)
    centres = (bounds[:-1] + bounds[1:]) / 2
    item.addItem(pg.BarGraphItem(x=centres, height=heights, width=np.diff(bounds) * 0.92,
                                 brush=colour, pen=pg.mkPen("w")))
    _value_labels(item, centres, heights)
    item.getAxis("bottom").setTicks([[(e, tick_format.format(e)) for e in bounds]])
    item.setXRange(bounds[0], bounds[-1], padding=0.05)  # room for the last tick's label
    _pad_range(item, float(heights.max()))


def date_ticks(days: Sequence[date]) -> list[tuple[float, str]]:
    """Up to DATE_TICKS evenly spread days, written with day, month and year."""
    picks = sorted({round(i) for i in np.linspace(0, len(days) - 1, min(DATE_TICKS, len(days)))})
    return [(timestamp(days[i]), QLocale().toString(QDate(days[i]), "d MMM yyyy"))
            for i in picks]


def timestamp(day: date) -> float:
    return datetime.combine(day, time(), UTC).timestamp()


def trend_chart(card: ChartCard, starts: Sequence[date], counts: np.ndarray,
                trend: np.ndarray, unit: str, window: int) -> None:
    """Counts per day or week as a line with dots, and the rolling-mean trend dashed."""
    item = card.clear(len(counts) > 0)
    if not len(counts):
        return
    xs = np.array([timestamp(d) for d in starts])
    symbol = "o" if len(xs) <= 120 else None
    line = item.plot(xs, counts, pen=pg.mkPen(BLUE, width=2), symbol=symbol, symbolSize=5,
                     symbolBrush=BLUE)
    card.add_legend(line, translate("Charts", "Analyses per day") if unit == "day"
                    else translate("Charts", "Analyses per week"))
    if len(xs) > 1:
        mean = item.plot(xs, trend, pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine))
        rolling = (translate("Charts", "{window}-day rolling mean (this day and the {before} "
                             "before)") if unit == "day" else
                   translate("Charts", "{window}-week rolling mean (this week and the {before} "
                             "before)"))
        card.add_legend(mean, rolling.format(window=window, before=window - 1))
    item.getAxis("bottom").setTicks([date_ticks(starts)])
    margin = (xs[-1] - xs[0]) * 0.08 or 43200  # room for the end dates' labels
    item.setXRange(xs[0] - margin, xs[-1] + margin, padding=0)
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


def level_chart(card: ChartCard, names: Sequence[str], client: Sequence[float],
                required: Sequence[float], key_gaps: Sequence[bool]) -> list[str]:
    """Per skill, top to bottom, its name over two bars on the Level scale 0–7: the required
    level (grey) and the client's (blue; red and the name marked for a key gap). Names sit
    above their bars, not on an axis, so the bars keep the width of a narrow pane. Rows are
    one unit apart (LEVEL_ROW_HEIGHT pixels each in the pages). Returns the names shown."""
    item = card.clear(bool(names))
    if not names:
        return []
    ys = np.arange(len(names))[::-1].astype(float)  # the first skill at the top
    need = pg.BarGraphItem(x0=0, y=ys - 0.09, width=required, height=0.2, brush=GREY,
                           pen=pg.mkPen("w"))
    have = pg.BarGraphItem(x0=0, y=ys - 0.31, width=client, height=0.2, brush=BLUE,
                           brushes=[RED if key else BLUE for key in key_gaps],
                           pen=pg.mkPen("w"))
    item.addItem(need)
    item.addItem(have)
    card.legend.setColumnCount(1)  # one entry a line: the chart fits a narrow pane
    card.add_legend(need, translate("Charts", "Required level"))
    card.add_legend(have, translate("Charts", "Client level (red: key gap)"))
    shown = [(KEY_GAP_MARK if key else "") + name for name, key in zip(names, key_gaps,
                                                                         strict=True)]
    for y, label, key in zip(ys, shown, key_gaps, strict=True):
        text = pg.TextItem(label, color=RED if key else "#222", anchor=(0, 0))
        text.textItem.document().setDocumentMargin(1)
        text.setPos(0, y + 0.5)  # its top-left corner at the top of the row
        item.addItem(text)
    item.hideAxis("left")
    item.getAxis("bottom").setTicks([[(level, str(level)) for level in range(8)]])
    item.setYRange(-0.5, len(names) - 0.5, padding=0)
    item.setXRange(0, 7, padding=0.02)
    return shown
