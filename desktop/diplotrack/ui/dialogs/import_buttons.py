"""The Import dialog's buttons: Back and Next, Import (or Import the valid part), and the one
Cancel, which stops an import under way and is Close once the report is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from .import_pages import CALENDAR, FILE, REPORT, TABLE


class ImportButtons(QDialogButtonBox):
    """What each page of the dialog offers, and what of it can be pressed at the moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = self.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.next_button = self.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setObjectName("importNext")
        self.import_button = self.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.close_button = self.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)

    def show_state(
        self,
        page: int,
        *,
        busy: bool,
        importing: bool,
        stopping: bool,
        ready: bool,
        partial: bool,
    ) -> None:
        """The buttons of ``page``: ``busy`` while a step works in the background (``importing``
        if it is the import, ``stopping`` once its Cancel was pressed); ``ready`` when the
        preview allows an import, ``partial`` when only its valid part would be imported."""
        previewing = page in (TABLE, CALENDAR)
        self.back_button.setVisible(previewing)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page == FILE)
        self.next_button.setEnabled(not busy)
        self.import_button.setVisible(previewing)
        self.import_button.setEnabled(ready and not busy)
        self.import_button.setText(
            self.tr("Import the &valid part") if partial else self.tr("&Import")
        )
        # the one Cancel: during the import it stops the import (and waits for it, disabled)
        self.close_button.setEnabled(not stopping)
        self.close_button.setText(self.tr("Close") if page == REPORT else self.tr("Cancel"))
        self.close_button.setToolTip(
            self.tr("Stop the import: nothing of the file is imported") if importing else ""
        )

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
