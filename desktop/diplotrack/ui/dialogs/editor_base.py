"""What every record editor shares: the form with an error line under each field, Save (Ctrl+S)
and Cancel (Esc asks before discarding), why Save is disabled, undoable saves, stale saves
(told in stale_notice.py).

A subclass builds its widgets, registers each under the service's field name with ``row``,
and implements ``load``, ``collect``, ``create_call``/``update_call`` and ``snapshot``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError, StaleRecordError
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.services.snapshots import record_version

from ..context import AppContext
from ..labels import record_name
from ..operations import translated_message
from ..widgets.pickers import RecordChips, RecordPicker
from .fields import field_label
from .saving import create_undoably, save_undoably
from .stale_notice import StaleNotice

ERROR_STYLE = "color: #b3261e;"


class FieldSlot:
    """A field on the form: its widget, its label, and the line for its error under it."""

    def __init__(self, name: str, widget: QWidget, label: QLabel, error: QLabel) -> None:
        self.name = name
        self.widget = widget
        self.label = label
        self.error = error


class RecordEditor(QDialog):
    """The editor of one record of ``kind`` (a new one when ``record_id`` is None)."""

    kind: ClassVar[str] = ""
    #: the record was saved: its RecordRef
    saved = Signal(object)

    def __init__(
        self,
        context: AppContext,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        defaults: dict[str, object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.version: int | None = None
        self.slots: dict[str, FieldSlot] = {}
        self._aliases: dict[str, str] = {}
        self._dirty = False
        self._loading = True
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setSizeGripEnabled(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.stale = StaleNotice(self)
        self.stale.reload_requested.connect(self.reload)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.save_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.build()
        if not any(_takes_spare_height(slot.widget) for slot in self.slots.values()):
            # no field takes the height the window has to spare: the rows stay together at
            # the top instead of being spread over it with each field floating in its gap
            self.form.addItem(QSpacerItem(0, 0, vData=QSizePolicy.Policy.Expanding))
        self._watch_changes()
        if record_id is not None:
            self.version = self.load(record_id)
        else:
            self.load_defaults(defaults or {})
        self._loading = False
        context.language_changed.connect(self._retranslate)
        self._retranslate()
        self.update_save_button()

    # -- for subclasses ------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def load(self, record_id: int) -> int:
        """Fills the widgets from the record; its version."""
        raise NotImplementedError

    def load_defaults(self, defaults: dict[str, object]) -> None:
        """Fills a new record's widgets (``defaults`` from the caller, e.g. ``{"day": date}``)."""

    def collect(self) -> Any:
        """The service input from the widgets; a ``KnownError`` with ``field`` if one is wrong."""
        raise NotImplementedError

    def create_call(self, data: Any) -> Changes:
        raise NotImplementedError

    def update_call(self, record_id: int, data: Any, version: int) -> Changes:
        raise NotImplementedError

    def snapshot(self, record_id: int) -> tuple[Any, int]:
        raise NotImplementedError

    def record_title(self) -> str:
        """What the window title names the record by."""
        return ""

    def blocking_reason(self) -> str | None:
        """Why Save cannot work yet (e.g. nothing typed in a required field), or None."""
        return None

    def retranslate(self) -> None:
        """Sets the texts that are not field labels (those follow ``row``'s field names)."""

    def after_save(self) -> None:
        """Runs once the record is saved (and ``record_id`` known)."""

    # -- building the form ---------------------------------------------------------------------
    def row(self, name: str, widget: QWidget, *, also: tuple[str, ...] = ()) -> FieldSlot:
        """Adds ``widget`` as the field ``name`` with its label and an error line under it;
        errors about the service fields in ``also`` show under it too."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if widget.maximumHeight() == widget.minimumHeight():
            # a box of fixed height that still says Expanding would be handed the window's
            # spare height and float in the middle of it, away from its label
            policy = widget.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
            widget.setSizePolicy(policy)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        label = QLabel(self)
        label.setBuddy(widget)
        self.form.addRow(label, holder)
        slot = FieldSlot(name, widget, label, error)
        self.slots[name] = slot
        for alias in also:
            self._aliases[alias] = name
        return slot

    def error_of(self, name: str) -> QLabel:
        return self.slots[name].error

    def _watch_changes(self) -> None:
        touched: Callable[..., None] = self.mark_dirty
        for widget in self.findChildren(QWidget):
            if isinstance(widget, RecordPicker):
                widget.picked.connect(touched)
                widget.textEdited.connect(touched)
            elif isinstance(widget, RecordChips):
                widget.changed.connect(touched)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(touched)
            elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
                widget.textChanged.connect(touched)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(touched)
                widget.editTextChanged.connect(touched)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(touched)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(touched)
            elif isinstance(widget, QCheckBox | QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(touched)

    def mark_dirty(self, *_: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.update_save_button()

    def discard_changes(self) -> None:
        """Forgets that anything was typed: the next close asks nothing."""
        self._dirty = False

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def update_save_button(self) -> None:
        reason = self.blocking_reason()
        if reason is None and not self._dirty and self.record_id is not None:
            reason = self.tr("Nothing has changed yet.")
        self.save_button.setEnabled(reason is None)
        # the shortcut is named whether or not Save can work yet, as the other dialogs'
        # buttons name theirs in their tooltips
        keys = self.tr("Save the changes (Ctrl+S)")
        self.save_button.setToolTip(f"{reason}\n{keys}" if reason else keys)

    # -- errors --------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for slot in self.slots.values():
            slot.error.clear()
            slot.error.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_error(self, error: KnownError) -> None:
        """The message under the field it is about, in the interface language; focus there."""
        text = translated_message(error)
        name = self._aliases.get(error.field or "", error.field or "")
        slot = self.slots.get(name)
        if slot is None:
            self.general_error.setText(text)
            self.general_error.show()
            return
        slot.error.setText(text)
        slot.error.show()
        slot.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Saves through the service, undoably; False (and the form as typed) if refused."""
        self.clear_errors()
        kind_name = record_name(self.kind)
        try:
            data = self.collect()
            if self.record_id is None:
                text = self.tr("Create {kind}").format(kind=kind_name.lower())
                self.record_id = create_undoably(
                    self.context, text, self.kind, lambda: self.create_call(data), parent=self
                )
            else:
                self._save_existing(self.record_id, data, kind_name)
        except StaleRecordError as error:
            # only a save of a record read from the database can be stale
            assert self.record_id is not None and self.version is not None
            self.stale.show_refusal(self.context, self.kind, self.record_id, self.version, error)
            return False
        except KnownError as error:
            self.show_error(error)
            return False
        self.after_save()
        _, self.version = self.snapshot(self.record_id)
        self._dirty = False
        self.saved.emit(RecordRef(self.kind, self.record_id))
        self.accept()
        return True

    def _save_existing(self, record_id: int, data: Any, kind_name: str) -> None:
        assert self.version is not None
        db, kind, version = self.context.db, self.kind, self.version
        before, _ = self.snapshot(record_id)

        def current() -> int:
            return record_version(db, kind, record_id)

        text = self.tr("Edit {kind} “{name}”").format(
            kind=kind_name.lower(), name=self.record_title()
        )
        save_undoably(
            self.context,
            text,
            lambda: self.update_call(record_id, data, version),
            lambda: self.update_call(record_id, before, current()),
            redo=lambda: self.update_call(record_id, data, current()),
            parent=self.parentWidget(),
        )

    def reload(self) -> None:
        """Throws away what was typed and shows the record as it is now."""
        self.stale.hide()
        self.clear_errors()
        if self.record_id is not None:
            self._loading = True
            self.version = self.load(self.record_id)
            self._loading = False
        self._dirty = False
        self.update_save_button()

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self._confirm_discard():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("You have changed this {kind}. Close it without saving?").format(
                kind=record_name(self.kind).lower()
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self, *_: object) -> None:
        for name, slot in self.slots.items():
            slot.label.setText(field_label(name))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.stale.retranslate()
        title = self.record_title()
        kind = record_name(self.kind)
        self.setWindowTitle(
            f"{kind} — {title}" if title else self.tr("New {kind}").format(kind=kind.lower())
        )
        self.retranslate()
        self.update_save_button()


def _takes_spare_height(widget: QWidget) -> bool:
    """The field grows with the window (a text box of fixed height keeps its Expanding policy
    but cannot)."""
    expanding = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
    grows = widget.sizePolicy().verticalPolicy() in expanding
    return grows and widget.maximumHeight() > widget.minimumHeight()
