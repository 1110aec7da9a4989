"""Click's own messages that factcheck's commands can show, so that Babel puts them in our catalogue.

Click asks its module-level ``_`` and ``ngettext`` for these (help headings, the help and version options,
usage errors); :func:`factcheck.i18n.use` points those at our catalogue.  Nothing imports this module at run
time: it exists to be read by Babel, and by the test that checks each text is still click's, word for word.
Click's names of path types (file, directory, path) are translated too: they name what a value should have
been in click's errors ("'x' is a file" where a folder was wanted); every option of such a type names its
metavar (FILE, DIRECTORY, PATH) itself in ``cli.py``, since click would otherwise make it from the type's name.
"""

from __future__ import annotations

from factcheck.i18n import N_


def ngettext(singular: str, plural: str) -> tuple[str, str]:
    """A marker for Babel: both forms of a message click chooses between at run time."""
    return singular, plural


MESSAGES = (
    # help
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Positional arguments"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("%(prog)s, version %(version)s"),
    N_("default: {default}"),
    N_("required"),
    # usage errors
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing parameter: {param_name}"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("Option {name!r} does not take a value."),
    N_("Aborted!"),
    N_("Could not open file {filename!r}: {message}"),
    # values click checks: paths and numbers
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid {number_type}."),
)

PLURAL_MESSAGES = (
    ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ngettext("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
)
