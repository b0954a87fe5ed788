"""Error messages a counsellor understands: one plain sentence, the technical text as details."""

from __future__ import annotations

import re

# (pattern over the technical message, the plain sentence shown instead)
PLAIN = [
    (r"^cannot reach MongoDB", "Skill Navigator cannot reach the MongoDB server. Check the "
     "connection address and the network, or keep working offline from the cache."),
    (r"authentication or permission refused", "The MongoDB server refused the user name or "
     "password. Check them under Connection…."),
    (r"^cannot reach O\*NET Web Services", "Skill Navigator cannot reach O*NET Web Services. "
     "Check the network connection and try again later."),
    (r"^O\*NET Web Services did not answer", "O*NET Web Services did not answer in time. "
     "Try again later."),
    (r"^Unexpected error", "Something went wrong inside Skill Navigator. Your casework is "
     "safe; the details are also in the log."),
]


def plain(message: str) -> tuple[str, str]:
    """(sentence for the counsellor, details or "" when the message is already plain)."""
    for pattern, sentence in PLAIN:
        if re.search(pattern, message):
            return sentence, message
    text = message.strip()
    text = text[:1].upper() + text[1:]
    return (text if text.endswith((".", "?", "!")) else text + "."), ""
