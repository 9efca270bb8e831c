"""DiploTrack: the international-relations office\x27s log of contacts, visits and agreements."""

__version__ = "0.1.0"
