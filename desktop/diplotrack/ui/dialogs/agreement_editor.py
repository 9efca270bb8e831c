"""The agreement editor: terms, parties, signatories, linked events, and its change history."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import AgreementKind, AgreementStatus, Renewal
from diplotrack.services import agreements
from diplotrack.services.agreements import AgreementInput, AgreementPartyInput, SignatoryInput
from diplotrack.services.changes import Changes
from diplotrack.services.history import record_history
from diplotrack.services.snapshots import agreement_input

from ..formatting import format_short_date, format_time
from ..widgets.pickers import RecordChips, RecordPicker
from .editor_base import RecordEditor
from .fields import DateField, EnumBox, field_label
from .history_values import shown_value
from .linked_lists import AttachmentList, FollowUpList


def _party_key(party: AgreementPartyInput) -> tuple[str, object]:
    if party.place_id is not None:
        return ("place", party.place_id)
    if party.organization_id is not None:
        return ("organization", party.organization_id)
    return ("country", party.country)


class AgreementEditor(RecordEditor):
    kind = "agreement"

    def build(self) -> None:
        context = self.context
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda *_: self.update_save_button())
        self.kind_box = EnumBox(AgreementKind)
        self.status = EnumBox(AgreementStatus)
        self.renewal = EnumBox(Renewal)
        self.signed_on = DateField()
        self.signed_at = RecordPicker(context, "place")
        self.valid_from = DateField()
        self.valid_until = DateField()
        # parties: places, organizations and countries, each kind as its own chips
        self.party_places = RecordChips(context, "place")
        self.party_organizations = RecordChips(context, "organization")
        self.party_countries = RecordChips(context, "country")
        self.signatories = RecordChips(context, "person")
        self.events = RecordChips(context, "event", creatable=False)
        self.summary = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for box in (self.summary, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.followups = FollowUpList(context, "agreement")
        self.followups.open_requested.connect(context.open)
        self.attachments = AttachmentList(context, "agreement")
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setFixedHeight(120)
        self.row("title", self.title, also=("title_alt",))
        self.row("kind", self.kind_box)
        self.row("status", self.status)
        self.row("signed_on", self.signed_on)
        self.row("signed_at_id", self.signed_at)
        self.row("valid_from", self.valid_from)
        self.row("valid_until", self.valid_until)
        self.row("renewal", self.renewal)
        self.row("party_places", self.party_places, also=("parties",))
        self.row("party_organizations", self.party_organizations)
        self.row("party_countries", self.party_countries)
        self.row("signatories", self.signatories)
        self.row("event_ids", self.events)
        self.row("summary", self.summary)
        self.row("notes", self.notes)
        self.row("followups", self.followups)
        self.row("attachments", self.attachments)
        self.row("history", self.history)
        self.resize(780, 820)

    def snapshot(self, record_id: int) -> tuple[AgreementInput, int]:
        return agreement_input(self.context.db, record_id)

    def fill(self, data: AgreementInput) -> None:
        self._loaded = data
        self.title.setText(data.title)
        self.kind_box.set_value(data.kind)
        self.status.set_value(data.status)
        self.renewal.set_value(data.renewal)
        self.signed_on.set_value(data.signed_on)
        self.signed_at.set_key(data.signed_at_id)
        self.valid_from.set_value(data.valid_from)
        self.valid_until.set_value(data.valid_until)
        self.party_places.set_keys([p.place_id for p in data.parties if p.place_id is not None])
        self.party_organizations.set_keys(
            [p.organization_id for p in data.parties if p.organization_id is not None]
        )
        self.party_countries.set_keys([p.country for p in data.parties if p.country])
        self.signatories.set_keys([s.person_id for s in data.signatories])
        self.events.set_keys(list(data.event_ids or ()))
        self.summary.setPlainText(data.summary or "")
        self.notes.setPlainText(data.notes or "")

    def load(self, record_id: int) -> int:
        data, version = self.snapshot(record_id)
        self.fill(data)
        self.followups.set_owner(record_id)
        self.attachments.set_owner(record_id)
        self.show_history(record_id)
        return version

    def show_history(self, record_id: int) -> None:
        zone, language = self.context.zone, self.context.language
        lines = []
        for line in reversed(record_history(self.context.db, "agreement", record_id)):
            moment = line.changed_at.astimezone(zone)
            when = f"{format_short_date(moment.date(), language)} {format_time(moment, zone)}"
            if line.field is None:
                what = self._action(line.action.value)
            else:
                old = shown_value("agreement", line.field, line.old_value, language, zone)
                new = shown_value("agreement", line.field, line.new_value, language, zone)
                what = f"{field_label(line.field)}: {old} → {new}"
            lines.append(f"{when} · {line.changed_by} · {what}")
        self.history.setPlainText("\n".join(lines))

    def _action(self, action: str) -> str:
        names = {
            "insert": self.tr("Created"),
            "archive": self.tr("Archived"),
            "restore": self.tr("Restored"),
        }
        return names.get(action, action)

    def load_defaults(self, defaults: dict[str, object]) -> None:
        self.fill(AgreementInput(title=""))
        self.followups.set_owner(None)
        self.attachments.set_owner(None)

    def _parties(self) -> tuple[AgreementPartyInput, ...]:
        given = [AgreementPartyInput(place_id=int(k)) for k in self.party_places.picked_keys()]
        given += [
            AgreementPartyInput(organization_id=int(k))
            for k in self.party_organizations.picked_keys()
        ]
        given += [AgreementPartyInput(country=str(k)) for k in self.party_countries.picked_keys()]
        loaded: AgreementInput | None = getattr(self, "_loaded", None)
        if loaded is not None:
            # the same parties keep the order they had, so an unchanged save changes nothing
            before = [_party_key(p) for p in loaded.parties]
            given.sort(key=lambda p: before.index(_party_key(p)) if _party_key(p) in before else 99)
        return tuple(given)

    def collect(self) -> AgreementInput:
        if self.signed_at.has_loose_text():
            raise ValidationError(self.tr("Pick the place from the list."), field="signed_at_id")
        loaded: AgreementInput | None = getattr(self, "_loaded", None)
        titles = {s.person_id: s.title for s in loaded.signatories} if loaded else {}
        signed_at = self.signed_at.key()
        return AgreementInput(
            title=self.title.text(),
            kind=self.kind_box.value(),
            status=self.status.value(),
            title_alt=loaded.title_alt if loaded else None,
            signed_on=self.signed_on.value(),
            signed_at_id=int(signed_at) if signed_at is not None else None,
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            renewal=self.renewal.value(),
            summary=self.summary.toPlainText() or None,
            notes=self.notes.toPlainText() or None,
            parties=self._parties(),
            signatories=tuple(
                SignatoryInput(person_id=int(k), title=titles.get(int(k)))
                for k in self.signatories.picked_keys()
            ),
            event_ids=tuple(int(k) for k in self.events.picked_keys()),
        )

    def create_call(self, data: AgreementInput) -> Changes:
        return agreements.create_agreement(self.context.db, data)

    def update_call(self, record_id: int, data: AgreementInput, version: int) -> Changes:
        return agreements.update_agreement(
            self.context.db, record_id, data, expected_version=version
        )

    def after_save(self) -> None:
        self.followups.set_owner(self.record_id)
        self.attachments.set_owner(self.record_id)

    def record_title(self) -> str:
        return self.title.text().strip()

    def blocking_reason(self) -> str | None:
        return None if self.title.text().strip() else self.tr("Give the agreement a title.")

    def retranslate(self) -> None:
        for box in (self.kind_box, self.status, self.renewal):
            box.retranslate()
        self.followups.retranslate()
        self.attachments.retranslate()
        if self.record_id is not None:
            self.show_history(self.record_id)
