"""The Spending view's bar chart: money per day or per model. QtCharts is imported here, and
this module is imported when the view first opens, so the window's start never pays for it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QWidget

from app.core.spending import Bucket, GroupBy

MAX_LABEL = 22  # characters of a model's name under its bar
MAX_VALUE_LABELS = 8  # more bars than this: no amount above each (the table has them)
MAX_LEVEL_LABELS = 8  # more days than this: each is named by its day of the month


def _day_label(key: str, short: bool) -> str:
    """"Nov 25", or the day of the month alone when many days share the axis."""
    try:
        day = dt.date.fromisoformat(key)
    except ValueError:
        return key
    if short:
        return str(day.day)
    # The month and day in the language's order and names: a Qt date format each
    # translation gives ("d. MMM" in German, "M月d日" in Chinese).
    month_day = QCoreApplication.translate("SpendChart", "MMM d", "a day on the chart's axis")
    return QLocale().toString(QDate(day.year, day.month, day.day), month_day)


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


class SpendChart(QChartView):
    """Bars of money spent; ``show_buckets`` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self._chart.legend().hide()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setAccessibleName(self.tr("Money spent, as a bar chart"))

    @property
    def bar_count(self) -> int:
        series = self._chart.series()
        if not series:
            return 0
        sets = series[0].barSets()  # type: ignore[attr-defined]
        return int(sets[0].count()) if sets else 0

    def show_buckets(self, buckets: list[Bucket], by: GroupBy, names: dict[str, str]) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Spent (USD)"))
        labels = []
        short = len(buckets) > MAX_LEVEL_LABELS
        for bucket in buckets:
            bars.append(round(bucket.amount, 2))
            key = bucket.key
            if by is GroupBy.DAY:
                labels.append(_day_label(key, short))
            else:
                labels.append(_short(names.get(key, key)))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(len(buckets) <= MAX_VALUE_LABELS)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("$@value")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels or [""])
        if short:
            font = QFont(categories.labelsFont())
            font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
            categories.setLabelsFont(font)
        if by is GroupBy.DAY and short and buckets:
            first, last = _day_label(buckets[0].key, False), _day_label(buckets[-1].key, False)
            categories.setTitleText(self.tr("{first} to {last}").format(first=first, last=last))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        top = max((b.amount for b in buckets), default=0.0)
        values.setRange(0.0, max(1.0, top * 1.2))
        values.applyNiceNumbers()
        values.setLabelFormat("$%.2f")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        title = self.tr("Money spent per day") if by is GroupBy.DAY else self.tr(
            "Money spent per model"
        )
        chart.setTitle(title)


__all__ = ["SpendChart"]
