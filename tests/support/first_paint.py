"""The child program that starts DiploTrack as the ``diplotrack`` command does and hands the
window to a report at its first paint: for the start-up test and the start-up benchmark."""

from __future__ import annotations

# The command's own start, untouched: when the window module has been imported (by the command,
# at its moment), its first-paint step is replaced by the caller's ``report(window)``.
_PROBE = """
class Probe:
    def find_spec(self, name, path=None, target=None):
        if name != "diplotrack.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            module.MainWindow._after_first_paint = report

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Probe())
from diplotrack.cli import main
"""


def first_paint_program(report: str, database: str) -> str:
    """The child's source. ``report`` is source defining ``report(window)``, which prints what
    the parent reads and quits the application; ``database`` is the child's expression for the
    ``--database`` value (a URL, e.g. ``sys.argv[1]``)."""
    return (
        "import sys\n"
        "from importlib.machinery import PathFinder\n"
        f"{report}\n"
        f"{_PROBE}"
        f'sys.exit(main(["--database", {database}]))\n'
    )
