"""Creating a place, person or organization on the spot from a picker: the name typed, plus the
few fields the record needs (a place needs its country), in a small dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError
from diplotrack.domain.enums import OrganizationKind, PlaceKind
from diplotrack.services.changes import Changes
from diplotrack.services.organizations import OrganizationInput, create_organization
from diplotrack.services.people import PersonInput, create_person
from diplotrack.services.places import PlaceInput, create_place

from ..context import AppContext
from ..labels import label, record_name
from ..operations import translated_message
from .saving import create_undoably


class QuickCreateDialog(QDialog):
    """The name and the required fields of a new record; ``created`` gives its id."""

    created = Signal(int)

    def __init__(
        self, context: AppContext, kind: str, name: str, parent: QWidget | None = None
    ) -> None:
        from ..widgets.pickers import RecordPicker  # pickers open this dialog

        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.setWindowTitle(self.tr("New: {kind}").format(kind=record_name(kind)))
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name_alt = QLineEdit(self)
        self.name_alt.setPlaceholderText(self.tr("In the other script, if known"))
        self.country = RecordPicker(context, "country", self)
        self.kind_box = QComboBox(self)
        members: list[OrganizationKind] | list[PlaceKind] = (
            list(OrganizationKind) if kind == "organization" else list(PlaceKind)
        )
        for member in members:
            self.kind_box.addItem(label(member), member.value)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Other script"), self.name_alt)
        if kind != "person":
            form.addRow(self.tr("Kind"), self.kind_box)
        else:
            self.kind_box.hide()
        country_label = self.tr("Country (required)") if kind == "place" else self.tr("Country")
        form.addRow(country_label, self.country)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.ok_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.record_id: int | None = None
        (self.country if kind == "place" else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _create(self) -> Changes:
        db = self.context.db
        name = self.name.text()
        name_alt = self.name_alt.text() or None
        country_key = self.country.key()
        country = str(country_key) if country_key is not None else None
        if self.kind == "place":
            return create_place(
                db,
                PlaceInput(
                    name=name,
                    name_alt=name_alt,
                    country=country or self.country.text(),
                    kind=str(self.kind_box.currentData()),
                ),
            )
        if self.kind == "organization":
            return create_organization(
                db,
                OrganizationInput(
                    name=name,
                    name_alt=name_alt,
                    kind=str(self.kind_box.currentData()),
                    country=country,
                ),
            )
        return create_person(db, PersonInput(name=name, name_alt=name_alt, country=country))

    def save(self) -> None:
        text = self.tr("Create {kind} “{name}”").format(
            kind=record_name(self.kind).lower(), name=self.name.text().strip()
        )
        try:
            self.record_id = create_undoably(
                self.context, text, self.kind, self._create, parent=self
            )
        except KnownError as error:
            self.error.setText(translated_message(error))
            self.error.show()
            field = error.field or ""
            (self.country if field == "country" else self.name).setFocus()
            return
        self.created.emit(self.record_id)
        self.accept()
