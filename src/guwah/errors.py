"""Every error Guwah raises on purpose, each with a stable code.

The CLI maps them to exit status 1 with a one-line message; the web app to HTTP statuses.
Messages name the file or record, never the confidential content inside it.
"""


class GuwahError(Exception):
    """Base of all deliberate errors."""

    code = "guwah"
    http_status = 500

    def __init__(self, message: str, *, value: object = None):
        super().__init__(message)
        self.message = message
        self.value = value


class InputError(GuwahError):
    """The input (file, flag, metadata) is unusable."""

    code = "input"
    http_status = 400


class NotFound(GuwahError):
    """A record asked for by id or hash does not exist."""

    code = "not_found"
    http_status = 404


class ConsentRefused(GuwahError):
    """The material exists but consent does not allow showing it here."""

    code = "consent"
    http_status = 404  # the same answer as "absent", so a guess cannot confirm existence


class IntegrityError(GuwahError):
    """A stored original or text no longer matches its recorded hash."""

    code = "integrity"


class KeyProblem(GuwahError):
    """The master key is missing, unreadable, too widely readable, or not this archive's."""

    code = "key"


class AccessDenied(GuwahError):
    """The user's role does not allow this."""

    code = "access"
    http_status = 403


class ReviewRequired(GuwahError):
    """A publication step needs a second reviewer, a written reason, or a fresh draft."""

    code = "review"
    http_status = 409
