"""The history window (View → History…): every job ever sent, searched as you type.

Words of the prompt (each a prefix, any case), a model, a range of days, a state and the
star narrow the list; the search runs in a worker against the job store's index (fast with
thousands of jobs) and the newest matches are listed with how many there are in all. A star
marks a job (a take worth keeping); it is saved at once.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogue import Catalogue
from app.core.errors import StoryreelError
from app.core.history import HistoryQuery
from app.core.jobs import Job, JobState
from app.ui.bridge import Controller
from app.ui.error_text import error_text, said_text
from app.ui.numbers import money
from app.ui.workers import run_in_thread

PAGE = 200
SEARCH_DELAY_MS = 200
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _epoch(date: QDate, *, end: bool = False) -> float:
    day = dt.date(date.year(), date.month(), date.day())
    if end:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time()).timestamp()


class HistoryDialog(QDialog):
    """Search the job history."""

    searched = Signal()  # a search's answer is shown

    def __init__(
        self, controller: Controller, catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.catalogue = controller, catalogue
        self.setObjectName("history")
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 560)
        self._request = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self._build_filters()
        self.results = QTreeWidget(self)
        self.results.setRootIsDecorated(False)
        self.results.setHeaderLabels(
            [
                "★",
                self.tr("Date"),
                self.tr("State"),
                self.tr("Model"),
                self.tr("Cost"),
                self.tr("Seed"),
                self.tr("Prompt"),
            ]
        )
        self.results.setAccessibleName(self.tr("Jobs found"))
        self.results.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.results.itemSelectionChanged.connect(self._update_star)
        self.jobs: dict[str, Job] = {}
        self.compare_window: QDialog | None = None
        self.count_label = QLabel(self)
        self.star_button = QPushButton(self.tr("☆ Star"), self)
        self.star_button.clicked.connect(self.toggle_star)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setToolTip(self.tr("Play two finished jobs together"))
        self.compare_button.clicked.connect(self.compare)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.star_button)
        bottom.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self._update_star()
        self.search()

    def _build_filters(self) -> None:
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Words of the prompt"))
        self.words.setClearButtonEnabled(True)
        self.model = QComboBox(self)
        self.model.addItem(self.tr("Any model"), None)
        for model in self.catalogue.models():
            self.model.addItem(model.display_name, model.model_id)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("Any state"), None)
        for state in JobState:
            self.state.addItem(said_text(state.name_said), state.value)
        today = QDate.currentDate()
        self.use_since = QCheckBox(self.tr("From"), self)
        self.since = QDateEdit(today.addDays(-30), self)
        self.use_until = QCheckBox(self.tr("to"), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.starred = QCheckBox(self.tr("Starred only"), self)
        self.words.textChanged.connect(lambda _text: self.timer.start())
        for combo in (self.model, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.timer.start())
        for box in (self.use_since, self.use_until, self.starred):
            box.toggled.connect(lambda _on: self.timer.start())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.timer.start())
        grid = QGridLayout()
        grid.addWidget(self.words, 0, 0, 1, 4)
        grid.addWidget(self.model, 1, 0)
        grid.addWidget(self.state, 1, 1)
        dates = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until):
            dates.addWidget(widget)
        grid.addLayout(dates, 1, 2)
        grid.addWidget(self.starred, 1, 3)
        self._filters = grid

    def query(self) -> HistoryQuery:
        state = self.state.currentData()
        return HistoryQuery(
            words=self.words.text(),
            model_id=self.model.currentData(),
            since=_epoch(self.since.date()) if self.use_since.isChecked() else None,
            until=_epoch(self.until.date(), end=True) if self.use_until.isChecked() else None,
            states=frozenset({JobState(state)}) if state else None,
            starred=self.starred.isChecked(),
        )

    # -- searching ----------------------------------------------------------------------------

    def search(self) -> None:
        self.timer.stop()
        if not self.controller.started:
            self.count_label.setText(self.tr("Storyreel is still starting."))
            return
        self._request += 1
        request = self._request
        run_in_thread(
            self.controller.search_history,
            self.query(),
            PAGE,
            owner=self,
            on_done=lambda answer: self._show(request, answer),
            on_error=lambda error: self._failed(request, error),
        )

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            reason = (
                error_text(error) if isinstance(error, StoryreelError) else type(error).__name__
            )
            self.count_label.setText(
                self.tr("The history cannot be searched: {r}").format(r=reason)
            )
            self.searched.emit()

    def _show(self, request: int, answer: tuple[int, list[Job], set[str]]) -> None:
        if request != self._request:
            return  # an answer to a search typed over since
        count, jobs, starred = answer
        self.results.clear()
        self.jobs = {job.id: job for job in jobs}
        for job in jobs:
            self.results.addTopLevelItem(self._item(job, job.id in starred))
        for column in range(6):
            self.results.resizeColumnToContents(column)
        if count > len(jobs):
            text = self.tr("%n jobs match; the newest {shown} are listed.", "", count)
            self.count_label.setText(text.format(shown=len(jobs)))
        else:
            self.count_label.setText(self.tr("%n jobs match.", "", count))
        self._update_star()
        self.searched.emit()

    def _item(self, job: Job, starred: bool) -> QTreeWidgetItem:
        name = job.model_id
        if job.model_id in self.catalogue:
            name = self.catalogue.get(job.model_id).display_name
        seed = next((v for k, v in job.inputs.items() if k.lower() == "seed"), "")
        cost = "" if job.cost is None else money(job.cost)
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at))
        texts = [
            "★" if starred else "",
            when,
            said_text(job.state.name_said),
            name,
            cost,
            str(seed),
            job.prompt.replace("\n", " "),
        ]
        item = QTreeWidgetItem(texts)
        item.setData(0, _ID_ROLE, job.id)
        item.setData(0, _ID_ROLE + 1, starred)
        item.setToolTip(6, job.prompt)
        return item

    # -- the star -----------------------------------------------------------------------------

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.results.selectedItems()
        return items[0] if len(items) == 1 else None

    def _update_star(self) -> None:
        item = self._selected()
        self.star_button.setEnabled(item is not None)
        starred = item is not None and bool(item.data(0, _ID_ROLE + 1))
        self.star_button.setText(self.tr("★ Unstar") if starred else self.tr("☆ Star"))
        self.compare_button.setEnabled(len(self._clips()) == 2)

    def _clips(self) -> list[tuple[Job, Path]]:
        """The selected jobs that have a video, with it."""
        found = []
        for item in self.results.selectedItems():
            job = self.jobs.get(str(item.data(0, _ID_ROLE)))
            if job is not None and job.files:
                found.append((job, Path(job.files[0])))
        return found

    def compare(self) -> None:
        """Two finished jobs played together, side by side or with a wipe."""
        clips = self._clips()
        if len(clips) != 2:
            return
        missing = [path.name for _job, path in clips if not path.is_file()]
        if missing:
            self.count_label.setText(
                self.tr("{name} is no longer there, so it cannot be compared.").format(
                    name=missing[0]
                )
            )
            return
        from app.ui.takes.compare import CompareDialog

        labels = [self._label(job) for job, _path in clips]
        if self.compare_window is not None:
            self.compare_window.close()
        window = CompareDialog(clips[0][1], clips[1][1], labels, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: setattr(self, "compare_window", None))
        self.compare_window = window
        window.show()

    def _label(self, job: Job) -> str:
        seed = next((v for k, v in job.inputs.items() if k.lower() == "seed"), None)
        parts = [job.prompt.replace("\n", " ")[:60]]
        if seed is not None:
            parts.append(self.tr("Seed {seed}").format(seed=seed))
        return " · ".join(parts)

    def toggle_star(self) -> None:
        item = self._selected()
        if item is None:
            return
        starred = not bool(item.data(0, _ID_ROLE + 1))
        try:
            self.controller.set_starred(str(item.data(0, _ID_ROLE)), starred)
        except StoryreelError as exc:
            self.count_label.setText(error_text(exc))
            return
        item.setData(0, _ID_ROLE + 1, starred)
        item.setText(0, "★" if starred else "")
        self._update_star()
