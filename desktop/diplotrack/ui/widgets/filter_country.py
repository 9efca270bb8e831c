"""The filter bar's country box: type a country's name, another name or its code, pick it from
the list or press Enter; what cannot be taken is said beside the box, the typed text kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from .filter_names import FilterNames

# the colour of the box's message (the register's and the editors' error red)
PROBLEM_COLOR = "#b3261e"


class CountryBox(QWidget):
    """A line edit with the countries' names to complete from, and a message beside it."""

    # the codes of the countries the person picked (one, or all a name stands for)
    picked = Signal(list)

    def __init__(
        self, names: FilterNames, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._names = names
        self._language = language
        self.edit = QLineEdit(self)
        self.edit.setObjectName("countryEdit")
        self.edit.setMaximumWidth(170)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self))
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self.take)
        self.edit.returnPressed.connect(lambda: self.take(self.edit.text()))
        # textEdited comes before the completer looks at its model; focus before Down opens it
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("countryProblem")
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOR};")
        # in a narrow window the message is cut (whole in its tooltip) rather than squeezing
        # what was typed or widening the window
        self.problem.setMinimumWidth(1)
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("+ country"))
        self.edit.setToolTip(self.tr("Type a country's name, another name or its code"))
        self.problem.hide()

    def load_names(self) -> None:
        """Read the countries' names for the list and the chips, unless already read."""
        if not self._names.countries_read:
            self.reload_names()

    def reload_names(self) -> None:
        """Read the countries' names again (the interface language changed)."""
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(self._names.read_countries(self._language()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            self.load_names()
        return super().eventFilter(watched, event)

    def _edited(self, _text: str) -> None:
        self.load_names()
        self.problem.hide()

    def take(self, text: str) -> None:
        """Takes the country ``text`` names — by name, alias or code, or the one country all
        the list's entries for it stand for («киргиз») — or says why it cannot."""
        self.load_names()
        text = text.strip()
        if not text:
            return
        codes = self._names.country_codes(text)
        if not codes:  # part of a name: taken when every entry of the list is the same country
            listed = self._names.listed_codes(text)
            if len(listed) > 1:
                self._say(self.tr("Several countries: pick one from the list"))
                return
            codes = listed
        if not codes:
            self._say(self.tr("No such country"))
            return
        self.problem.hide()
        self.edit.clear()
        QTimer.singleShot(0, self.edit.clear)  # the completer writes its text back after
        self.picked.emit(codes)

    def _say(self, message: str) -> None:
        """Shows ``message`` beside the box (short: the first row has little room to spare);
        the typed text stays in the box, to be corrected."""
        self.problem.setText(message)
        self.problem.setToolTip(message)
        self.problem.show()
