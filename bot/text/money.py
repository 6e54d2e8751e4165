"""An amount of money, in the three languages: "USD 150", "150 $", "45 dinars", "55 US dollars", "٢٠٠ دولار"
(digits as ASCII). Read by the answer checks (a "how much" question needs one) and by the glossary (an
amount answers a question on a fee or a price, :mod:`bot.knowledge.glossary`)."""
from __future__ import annotations

import re

MONEY = re.compile(r"(?:US\$|\$|€|£|\b(?:USD|EUR|CHF|JOD|MAD|TND|EGP|AED|SAR|QAR))\s?\d|\b\d[\d,. ]*\s?(?:USD|EUR|CHF|JOD|"
                   r"MAD|TND|EGP|AED|SAR|QAR|\$|€|£|(?:US\s|U\.S\.\s)?dollars?|euros?|francs?|dinars?|dirhams?|riyals?|rials?|pounds?|"
                   r"livres?)(?!\w)|\d[\d,. ]*\s?(?:دولار|دولارا|يورو|دينار|دينارا|درهم|درهما|ريال|ريالا|جنيه|جنيها|ليره|ليرة)",
                   re.IGNORECASE)
