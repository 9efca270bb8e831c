"""DiploTrack: the international-relations office's log of contacts, visits and agreements."""

__version__ = "0.1.0"
