"""The Spending view (View → Spending…): money spent per day or per model in a chosen range,
as a chart and a table, the totals with the free previews counted apart, and CSV export.

The ledger is read in a worker thread through the Controller; the chart module (and with it
QtCharts) is imported the first time a report is shown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.spending import Bucket, GroupBy, SpendReport, dollars
from app.ui import theme
from app.ui.bridge import Controller
from app.ui.error_text import error_text

DEFAULT_DAYS = 30
REREAD_MS = 500
MAX_CHART_DAYS = 92  # a longer range charts only the days with spending
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class SpendView(QDialog):
    """The Spending view. ``report_shown`` fires each time a report is on screen."""

    report_shown = Signal()
    export_finished = Signal(str)  # the message shown

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spending"))
        self.resize(900, 620)
        self.controller = controller
        self.report: SpendReport | None = None
        self.chart: Any = None  # app.ui.spend.chart.SpendChart, built on the first report
        self._request = 0
        today = dt.date.today()
        self.since_edit = self._date_edit(today - dt.timedelta(days=DEFAULT_DAYS - 1))
        self.until_edit = self._date_edit(today)
        self.group = QComboBox(self)
        self.group.addItem(self.tr("Per day"), GroupBy.DAY.value)
        self.group.addItem(self.tr("Per model"), GroupBy.MODEL.value)
        self.group.setAccessibleName(self.tr("Group the money spent"))
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.today_label = QLabel(self)
        self.today_label.setWordWrap(True)
        theme.make_small(self.today_label)
        self.table = self._make_table()
        self.chart_holder = QVBoxLayout()
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_export)
        self._lay_out()
        # The range always runs forwards: each end limits the other.
        self.since_edit.setMaximumDate(self.until_edit.date())
        self.until_edit.setMinimumDate(self.since_edit.date())
        self.since_edit.dateChanged.connect(self.until_edit.setMinimumDate)
        self.until_edit.dateChanged.connect(self.since_edit.setMaximumDate)
        self.since_edit.dateChanged.connect(self.refresh)
        self.until_edit.dateChanged.connect(self.refresh)
        self.group.currentIndexChanged.connect(self._show)
        # A job that finishes while the view is open is added up at once (a burst of them
        # once: the ledger is read again after a short pause).
        self.reread = QTimer(self)
        self.reread.setSingleShot(True)
        self.reread.setInterval(REREAD_MS)
        self.reread.timeout.connect(self.refresh)
        controller.bridge.job_changed.connect(self._job_changed)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(_qdate(dt.date.today() + dt.timedelta(days=1)))
        return edit

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Spent"),
                self.tr("Paid jobs"),
                self.tr("Estimated"),
                self.tr("Free previews"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Money spent, as a table"))
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.since_edit)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.until_edit)
        top.addStretch(1)
        top.addWidget(self.group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.chart_holder, 3)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.today_label)
        layout.addWidget(buttons)

    # -- reading ------------------------------------------------------------------------------

    def _job_changed(self, job: Any) -> None:
        if self.isVisible() and job.state.finished:
            self.reread.start()

    @property
    def by(self) -> GroupBy:
        return GroupBy(self.group.currentData())

    def range(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.since_edit.date()), _pydate(self.until_edit.date())

    def refresh(self) -> None:
        """Read the ledger for the chosen range again (in a worker thread)."""
        import asyncio

        since, until = self.range()
        self._request += 1
        request = self._request
        controller = self.controller

        def read() -> tuple[SpendReport, float]:
            return controller.spend_report(since, until), controller.spent_today()

        self.totals.setText(self.tr("Reading what was spent…"))
        controller.spawn(
            asyncio.to_thread(read),
            "read the spending",
            on_done=lambda result: self._arrived(request, result),
            on_error=lambda exc: self._failed(request, exc),
        )

    def _arrived(self, request: int, result: tuple[SpendReport, float]) -> None:
        if request != self._request:
            return  # a newer range was asked for meanwhile
        self.report, today = result
        cap = self.controller.settings.caps.day
        if cap is None:
            text = self.tr("Today: {spent} spent or on its way. No daily cap is set.")
        else:
            text = self.tr("Today: {spent} spent or on its way, of your daily cap of {cap}.")
        self.today_label.setText(text.format(spent=dollars(today), cap=dollars(cap or 0.0)))
        self._show()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.totals.setText(
                self.tr("What was spent could not be read: {reason}").format(reason=error_text(exc))
            )

    # -- showing ------------------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        catalogue = self.controller.catalogue
        report = self.report
        keys = report.by_model if report is not None else {}
        return {k: catalogue.get(k).display_name if k in catalogue else k for k in keys}

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        if self.chart is None:
            from app.ui.spend.chart import SpendChart

            self.chart = SpendChart(self)
            self.chart_holder.addWidget(self.chart)
        by, names = self.by, self._names()
        buckets = report.buckets(by)
        shown = self._every_day(buckets) if by is GroupBy.DAY else buckets
        self.chart.show_buckets(shown, by, names)
        self._fill_table(buckets, by, names)
        total = report.total
        parts = [
            self.tr("%n paid jobs: {amount}.", "", total.jobs).format(amount=dollars(total.amount))
        ]
        if total.estimated:
            parts.append(
                self.tr(
                    "%n of them counted at the price shown before sending, as RunComfy "
                    "reported no cost.",
                    "",
                    total.estimated,
                )
            )
        parts.append(self.tr("Free previews, counted apart: %n.", "", total.free_previews))
        self.totals.setText(" ".join(parts))
        self.export_button.setEnabled(True)
        self.report_shown.emit()

    def _every_day(self, buckets: list[Bucket]) -> list[Bucket]:
        """The chart's days: every day of the range, those without spending at zero (for
        ranges up to :data:`MAX_CHART_DAYS`; longer ones show the days with spending)."""
        since, until = self.range()
        days = (until - since).days + 1
        if not 0 < days <= MAX_CHART_DAYS:
            return buckets
        known = {b.key: b for b in buckets}
        every = (since + dt.timedelta(days=n) for n in range(days))
        return [known.get(d.isoformat(), Bucket(d.isoformat())) for d in every]

    def _fill_table(self, buckets: list[Any], by: GroupBy, names: dict[str, str]) -> None:
        first = self.tr("Day") if by is GroupBy.DAY else self.tr("Model")
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(first))
        self.table.setRowCount(len(buckets))
        for row, bucket in enumerate(buckets):
            label = bucket.key if by is GroupBy.DAY else names.get(bucket.key, bucket.key)
            cells = [
                label,
                dollars(bucket.amount),
                str(bucket.jobs),
                str(bucket.estimated),
                str(bucket.free_previews),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)

    # -- export -------------------------------------------------------------------------------

    def choose_export(self) -> None:
        since, until = self.range()
        suggested = Path.home() / f"storyreel-spending-{since}-to-{until}-{self.by.value}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export spending as CSV"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the report on screen as CSV to ``path`` (in a worker thread)."""
        import asyncio

        from app.core.fileio import write_atomic

        if self.report is None:
            return
        text = self.report.to_csv(self.by)
        shown = path.name

        def done(_result: object) -> None:
            self.export_finished.emit(self.tr("Saved {file}.").format(file=shown))

        def failed(exc: BaseException) -> None:
            self.export_finished.emit(
                self.tr("{file} could not be saved: {reason}").format(
                    file=shown, reason=error_text(exc)
                )
            )

        self.controller.spawn(
            asyncio.to_thread(write_atomic, path, text),
            "export the spending",
            on_done=done,
            on_error=failed,
        )


__all__ = ["SpendView"]
