"""The follow-up register: its columns, the one responsible named by person, organization or
text."""

from __future__ import annotations

from sqlalchemy import func

from diplotrack.domain import FollowUp, Organization, Person

from .. import rows as r
from ..register import Register
from .fields import simple_rows

FOLLOWUPS: Register[r.FollowUpRow] = Register(
    kind="followup",
    columns=lambda: {
        "id": FollowUp.id,
        "title": FollowUp.title,
        "status": FollowUp.status,
        "due_on": FollowUp.due_on,
        "done_on": FollowUp.done_on,
        "responsible": func.coalesce(Person.name, Organization.name, FollowUp.responsible_text),
        "country": FollowUp.country_code,
        "event_id": FollowUp.event_id,
        "delegation_id": FollowUp.delegation_id,
        "agreement_id": FollowUp.agreement_id,
        "archived": FollowUp.archived_at,
        "version": FollowUp.version,
    },
    select_from=lambda s: (
        s.select_from(FollowUp)
        .outerjoin(Person, FollowUp.responsible_person_id == Person.id)
        .outerjoin(Organization, FollowUp.responsible_organization_id == Organization.id)
    ),
    finish=simple_rows(r.FollowUpRow),
)
