"""The ``storyreel`` command line: thin over the catalogue, the validators and the engine.

``main`` parses the arguments, hands the command to its module and turns every failure into
a message and an exit code; ``common`` holds what the commands share (JSON output, error
reports, the progress line, the one place the Engine is built); each other module is one
group of commands: ``models``, ``inputs`` (schema, validate), ``jobs`` (run, resume, cancel),
``history`` (jobs, star), ``spend`` (the money ledger), ``account`` (login, logout),
``storyboard`` and ``sim``.

Exit codes (stable, for scripts; ``app.core.exit_codes.ExitCode``):
    0  success (the inputs are valid; the job succeeded)
    1  invalid input: the inputs, an image, a board or another file given to read, a
       request id that is not in the queue or cannot be cancelled
    2  usage error: an unknown command, option or model, a value out of range
    3  a job that was sent failed or was cancelled, or its video could not be saved
    4  API, account or network error: RunComfy refused (key, balance, too many requests
       after every retry) or could not be reached, or no API key is set or can be kept;
       also when a job is refused before it was sent (the daily spending cap, too)
    5  submission uncertain: check your RunComfy generation history before trying again
    6  a folder or the job database Storyreel keeps its own data in cannot be used
    7  an unexpected problem in Storyreel itself (a bug)

With ``--json`` standard output is JSON only, one object per line; an error is
``{"error": "<message>", "exit": <code>}`` on standard output too (see ``app.cli.common``).
No traceback reaches the user.
"""
