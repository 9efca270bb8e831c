"""The subcommands of `diplotrack`, one module each."""
