"""A thin Qt table model over a list of records (dicts or dataclasses); columns say how to
show each key (a record's attribute, or a dotted path: "item.title")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
Row = Any  # a dict, or a record whose attributes the columns name


def number(digits: int = 2) -> Callable[[Any], str]:
    """A column's numbers in the window's locale (``3,50`` in Spanish)."""
    from desktop.ui.i18n import number as local_number

    return lambda v: local_number(v, digits)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    display: Callable[[Any], str] | None = None  # value -> text
    tooltip: Callable[[Row], str | None] | None = None  # row -> tooltip
    colour: Callable[[Row], str | None] | None = None  # row -> text colour name
    align_right: bool = False
    background: Callable[[Row], str | None] | None = None  # row -> cell colour name
    value: Callable[[Row], Any] | None = None  # row -> value, when not the row's ``key``


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: list[ColumnSpec], rows: list[Row] | None = None) -> None:
        super().__init__()
        self.columns = columns
        self.rows: list[Row] = rows or []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                and orientation == Qt.Orientation.Horizontal:  # the tooltip: when elided
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if column.value:
            value = column.value(row)
        else:
            value = row.get(column.key) if isinstance(row, dict) else attrgetter(column.key)(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display:
                return column.display(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None
