"""Countries (ISO 3166-1), the names people write for them, and places (cities, regions)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, enum_column_type
from .enums import PlaceKind


class Country(Base):
    """A country by its ISO 3166-1 alpha-2 code, with Russian and English names."""

    __tablename__ = "country"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    official_name_ru: Mapped[str | None] = mapped_column(String(300))
    official_name_en: Mapped[str | None] = mapped_column(String(300))

    aliases: Mapped[list[CountryAlias]] = relationship(
        back_populates="country", cascade="all, delete-orphan"
    )

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_en

    def __repr__(self) -> str:
        return f"Country({self.code!r})"


class CountryAlias(Base):
    """A name people write for a country: "Киргизия", "Кыргызстан", "РФ", "Kyrgyzstan"."""

    __tablename__ = "country_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    # casefolded, ё→е, spaces collapsed: what lookups compare against
    normalized: Mapped[str] = mapped_column(String(300), unique=True)

    country: Mapped[Country] = relationship(back_populates="aliases")


class Place(Record):
    """A city, region or district in a country."""

    __tablename__ = "place"
    __table_args__ = (Index("ix_place_country_name", "country_code", "name"),)

    name: Mapped[str] = mapped_column(String(300))
    name_alt: Mapped[str | None] = mapped_column(String(300))  # the name in the other script
    kind: Mapped[PlaceKind] = mapped_column(enum_column_type(PlaceKind), default=PlaceKind.CITY)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    population: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)

    country: Mapped[Country] = relationship()

    def __repr__(self) -> str:
        return f"Place({self.id!r}, {self.name!r}, {self.country_code!r})"
