"""Group person mentions into persons: Guwah's cross-script features on a Splink model.

`link_mentions` clusters a list of `Mention`s on its own (other organisations' spreadsheets,
through `guwah link-records`); it never reads the archive. See linker.py for the steps.
"""

from guwah.link.linker import LinkResult, link_mentions
from guwah.link.mentions import Mention, parse_gender, parse_years

__all__ = ["LinkResult", "Mention", "link_mentions", "parse_gender", "parse_years"]
