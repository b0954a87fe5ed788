"""The client's printed plan: a QTextDocument laid out page by page, a footer on each page.

Qt's own printing only (QPdfWriter for PDF, QPrinter for paper): no browser engine. Black and
white safe: tiers carry a symbol and a word, the chart uses solid bars for the client and
outlined, hatched bars for what the target requires.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.domain import vocabulary
from desktop.domain.action_plan import rating_needed
from desktop.domain.ratings import LEVEL_MAX
from desktop.ui.tier_badge import tier_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.services.action_plan import ChartBar, Report

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300  # dots per inch of the PDF's layout
STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: black; }
h1 { font-size: 16pt; margin: 0; } h2 { font-size: 11.5pt; margin-top: 12pt; }
table { border-collapse: collapse; } th { text-align: left; background: #e6e6e6; }
td, th { padding: 3px 5px; border: 1px solid #888; vertical-align: top; }
.muted { color: #444; } .lines td { border: none; border-bottom: 1px solid #777;
  height: 20pt; }
"""


def default_paper() -> str:
    from PySide6.QtCore import QLocale

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def _rating(rating: int | None, language: str) -> str:
    if rating is None:
        return vocabulary.text(language, "report.not_rated")
    return vocabulary.rating_text(language, rating)


def _step(value: int | None, language: str) -> str:
    if value is None:
        return "—"
    return f"{value:+d}" if value else vocabulary.text(language, "report.same")


def _date(data: Report) -> str:
    """The report's date as the client's language writes it: 2026-11-26 or 26/11/2026."""
    year, month, day = data.date.split("-")
    return vocabulary.text(data.language, "report.date", year=year, month=month, day=day)


HEADS = (("", 3), ("occupation", 22), ("tier", 15), ("fit", 9), ("zone", 10),
         ("education", 16), ("training", 25))  # the targets table: message, width (%)


def html(data: Report) -> str:
    """The report's body in the client's language; the chart is the image resource ``chart``.
    Texts from the plan (titles, notes, next steps) are escaped; the templates are ours."""
    e, language = escape, data.language

    def say(id: str, **params: Any) -> str:
        return vocabulary.text(language, id, **params)

    current = data.current
    chart = data.chart_target
    occupation = (e(current.title) + ' (' + e(current.code) + ')' if current
                  else say("report.none"))
    parts = [f"<h1>{say('report.title', label=e(data.label))}</h1>",
             f"<p class='muted'>{say('report.subtitle', date=_date(data), current=occupation)}"
             "</p>", f"<h2>{say('report.chart', title=e(chart.title))}</h2>",
             f"<img src='chart' width='{CHART_WIDTH * 96 // RESOLUTION}'>",
             f"<h2>{say('report.targets')}</h2>",
             "<table width='100%'><tr>" + "".join(
                 f"<th width='{width}%'>{say('report.head.' + name) if name else '#'}</th>"
                 for name, width in HEADS) + "</tr>"]
    for n, t in enumerate(data.targets, start=1):
        note = f"<br><i>{e(t.note)}</i>" if t.note else ""
        zone = "—" if t.job_zone is None else \
            f"{t.job_zone}&nbsp;({_step(t.job_zone_step, language)})"
        tier = tier_text(t.tier, language).replace(" ", "&nbsp;", 1)  # symbol with word
        parts.append(f"<tr><td>{n}</td><td><b>{e(t.title)}</b><br>{e(t.code)}{note}</td>"
                     f"<td>{tier}</td><td>{t.fit:.0f}</td><td>{zone}</td>"
                     f"<td>{e(t.education or '—')}</td><td>{e(t.training)}</td></tr>")
    parts += ["</table>", f"<h2>{say('report.gaps')}</h2>"]
    for t in data.targets:
        parts.append(f"<p><b>{e(t.title)}</b>: ")
        if t.top_gaps:
            parts.append("; ".join(
                say("report.gap", skill=e(g.name), rating=_rating(g.client_rating, language),
                    needed=_rating(rating_needed(g.level or 0), language))
                for g in t.top_gaps) + ".<br>")
        else:
            parts.append(say("report.no_gaps") + "<br>")
        parts.append(f"<i>{e(t.training)}</i></p>")
    if data.unlocks:
        parts.append(f"<p><b>{say('report.unlocks')}</b> " + "; ".join(
            say("report.unlock", skill=e(u.name), rating=_rating(u.raised_to, language),
                targets=", ".join(e(s.title) for s in u.shortlisted))
            for u in data.unlocks) + ".</p>")
    scenario = data.scenario
    if scenario is not None:
        names = data.skill_names
        changes = ", ".join(
            f"{e(names.get(k, k))} {_rating(data.ratings.get(k), language)} → "
            f"{_rating(v, language)}" for k, v in scenario.changes.items())
        moved = [m for m in scenario.result.targets
                 if m.tier_before != m.tier_after or m.fit_before != m.fit_after]
        better = sum(m.better for m in scenario.result.moved)
        parts += [f"<h2>{say('report.scenario', label=e(scenario.label))}</h2>",
                  f"<p>{say('report.if', changes=changes)}</p><ul>"]
        parts += ["<li>" + say("report.moved", title=e(m.title),
                               before=tier_text(m.tier_before, language),
                               after=tier_text(m.tier_after, language),
                               fit_before=m.fit_before, fit_after=m.fit_after) + "</li>"
                  for m in moved]
        parts.append(f"<li>{say('report.better', n=better)}</li></ul>")
    parts.append(f"<h2>{say('report.next_steps')}</h2>")
    if data.next_steps:
        parts.append("<p>" + e(data.next_steps).replace("\n", "<br>") + "</p>")
    parts.append("<table class='lines' width='100%'>" + "<tr><td>&nbsp;</td></tr>" * 4
                 + "</table>")
    return "".join(parts)


CHART_WIDTH = 1900  # layout pixels at RESOLUTION: about 16 cm


def chart_image(rows: list[ChartBar], width: int = CHART_WIDTH,
                legend: tuple[str, str] = ("target requires", "client now (level 0–7)")
                ) -> QImage:
    """Horizontal bars per skill: the client solid black, the target outlined and hatched."""
    row_height, label_width, top = 46, int(width * 0.36), 70
    height = top + row_height * len(rows) + 40
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(RESOLUTION / 0.0254))
    image.setDotsPerMeterY(int(RESOLUTION / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(30)
    painter.setFont(font)
    scale = (width - label_width - 20) / LEVEL_MAX
    hatched = QBrush(QColor("black"), Qt.BrushStyle.BDiagPattern)
    painter.fillRect(QRectF(label_width, 12, 40, 24), hatched)
    painter.drawRect(QRectF(label_width, 12, 40, 24))
    painter.drawText(QPointF(label_width + 50, 33), legend[0])
    second = label_width + 50 + painter.fontMetrics().horizontalAdvance(legend[0]) + 40
    painter.fillRect(QRectF(second, 16, 40, 16), QColor("black"))
    painter.drawText(QPointF(second + 50, 33), legend[1])
    painter.setPen(QPen(QColor("#999999"), 2))
    for level in range(int(LEVEL_MAX) + 1):  # a light grid, labelled 0–7 below the bars
        x = label_width + level * scale
        painter.drawLine(QPointF(x, top), QPointF(x, top + row_height * len(rows)))
        painter.drawText(QPointF(x - 8, height - 2), str(level))
    for i, row in enumerate(rows):
        y = top + i * row_height
        painter.setPen(QPen(QColor("black")))
        painter.drawText(QRectF(0, y, label_width - 10, row_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.name)
        required = QRectF(label_width, y + 6, row.required_level * scale, row_height - 12)
        painter.fillRect(required, hatched)
        painter.drawRect(required)
        painter.fillRect(QRectF(label_width, y + 14, row.client_level * scale,
                                row_height - 28), QColor("black"))
    painter.end()
    return image


def document(data: Report) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart"),
                    chart_image(data.chart, legend=(
                        vocabulary.text(data.language, "report.legend_target"),
                        vocabulary.text(data.language, "report.legend_client"))))
    doc.setHtml(html(data))
    return doc


def _footer(data: Report, page: int, pages: int) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-family: 'DejaVu Sans', Arial, sans-serif; "
                             "font-size: 6.5pt; color: black; }")
    page_of = vocabulary.text(data.language, "report.page", page=page, pages=pages)
    doc.setHtml(f"<p>{escape(data.label)} · {_date(data)} · {escape(data.release)}"
                f" · {page_of}<br>{escape(data.attribution)}</p>")
    return doc


def paint(data: Report, device: QPdfWriter | QPrinter) -> int:
    """Lay the report out on ``device``'s pages (PDF or printer); returns the page count."""
    body = document(data)
    body.documentLayout().setPaintDevice(device)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    footers = [_footer(data, 1, 1)]
    footers[0].documentLayout().setPaintDevice(device)
    footers[0].setTextWidth(rect.width())
    footer_height = footers[0].size().height() + device.resolution() * 0.1
    body.setPageSize(QSizeF(rect.width(), rect.height() - footer_height))
    pages = body.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.pageSize().height())
            body.drawContents(painter, QRectF(0, page * body.pageSize().height(),
                                              rect.width(), body.pageSize().height()))
            painter.restore()
            footer = _footer(data, page + 1, pages)
            footer.documentLayout().setPaintDevice(device)
            footer.setTextWidth(rect.width())
            painter.save()
            painter.translate(0, rect.height() - footer.size().height())
            painter.drawLine(QPointF(0, 0), QPointF(rect.width(), 0))
            footer.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    return pages


def title(data: Report) -> str:
    """The document's name: "Action plan — R-7" in the client's language."""
    return vocabulary.text(data.language, "report.title", label=data.label)


def save_pdf(data: Report, path: str, paper: str = "a4") -> int:
    """Write the report as a PDF; returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title(data))
    writer.setCreator("Skill Navigator")
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter))
    return paint(data, writer)


def save_pdf_offscreen(data: Report, path: str, paper: str = "a4") -> int:
    """The CLI's renderer: a GUI application without a window system, then ``save_pdf``."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["skillnav", "-platform", "offscreen"])
    pages = save_pdf(data, path, paper)
    app.processEvents()
    return pages
