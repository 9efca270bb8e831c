"""Adding, editing, archiving and restoring organizations (embassies, administrations, NGOs)."""

from __future__ import annotations

from dataclasses import dataclass

from diplotrack.domain import Organization, Place
from diplotrack.domain.enums import OrganizationKind
from diplotrack.store.database import Database

from . import checks
from .base import UnitOfWork, archive_record, restore_record, unit_of_work
from .changes import Changes
from .dependents import dependents


@dataclass(frozen=True, kw_only=True)
class OrganizationInput:
    """An organization; ``country`` is an ISO code or a name people write, or None."""

    name: str
    kind: str = OrganizationKind.OTHER
    name_alt: str | None = None
    short_name: str | None = None
    country: str | None = None
    place_id: int | None = None
    parent_id: int | None = None
    notes: str | None = None


def _apply(work: UnitOfWork, organization: Organization, data: OrganizationInput) -> None:
    session = work.session
    existing = organization.id is not None
    place = checks.record(
        session, Place, data.place_id, "place_id", keep=organization.place_id if existing else None
    )
    parent = checks.record(
        session,
        Organization,
        data.parent_id,
        "parent_id",
        keep=organization.parent_id if existing else None,
    )
    checks.no_parent_cycle(session, Organization, organization.id, parent, "parent_id")
    values = {
        "name": checks.required_text(data.name, "name", limit=500),
        "name_alt": checks.optional_text(data.name_alt, "name_alt", limit=500),
        "short_name": checks.optional_text(data.short_name, "short_name", limit=200),
        "kind": checks.choice(OrganizationKind, data.kind, "kind"),
        "country_code": checks.optional_country_code(session, data.country, "country"),
        "place_id": place.id if place else None,
        "parent_id": parent.id if parent else None,
        "notes": checks.optional_text(data.notes, "notes"),
    }
    renamed = existing and any(
        values[name] != getattr(organization, name) for name in ("name", "name_alt", "short_name")
    )
    checks.assign(organization, values)
    if renamed:
        for kind, ids in dependents(session, "organization", organization.id).items():
            work.reindex(kind, ids)


def create_organization(db: Database, data: OrganizationInput) -> Changes:
    with unit_of_work(db) as work:
        organization = Organization()
        _apply(work, organization, data)
        work.add(organization)
    return work.changes


def update_organization(
    db: Database, organization_id: int, data: OrganizationInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        _apply(work, work.load(Organization, organization_id, expected_version), data)
    return work.changes


def archive_organization(db: Database, organization_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Organization, organization_id, expected_version)


def restore_organization(db: Database, organization_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Organization, organization_id, expected_version)
