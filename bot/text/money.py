"""An amount of money, in the three languages: "USD 150", "150 $", "45 dinars", "55 US dollars", "٢٠٠ دولار"
(digits as ASCII); and one in months of wages ("5 months' wages", "5 mois de salaire", "أجر 5 أشهر"). Read by the
answer checks (a "how much" question needs one) and by the glossary (an amount answers a question on a fee or a
price, :mod:`bot.knowledge.glossary`)."""
from __future__ import annotations

import re

MONEY = re.compile(r"(?:US\$|\$|€|£|\b(?:USD|EUR|CHF|JOD|MAD|TND|EGP|AED|SAR|QAR))\s?\d|\b\d[\d,. ]*\s?(?:USD|EUR|CHF|JOD|"
                   r"MAD|TND|EGP|AED|SAR|QAR|\$|€|£|(?:US\s|U\.S\.\s)?dollars?|euros?|francs?|dinars?|dirhams?|riyals?|rials?|pounds?|"
                   r"livres?)(?!\w)|\d[\d,. ]*\s?(?:دولار|دولارا|يورو|دينار|دينارا|درهم|درهما|ريال|ريالا|جنيه|جنيها|ليره|ليرة)",
                   re.IGNORECASE)
# an amount in months of wages, as recruitment fees are told: what a question on a wage or salary is answered with
MONTHS_OF_WAGES = re.compile(r"\b\d{1,2}\s+months?['’]?\s+(?:of\s+)?(?:wages?|salary|salaries|pay)\b|\b\d{1,2}\s+mois\s+de\s+"
                             r"salaires?\b|(?:أجر|اجر|راتب|رواتب)\s+\d{1,2}\s+(?:أشهر|اشهر|شهر|شهور)", re.IGNORECASE)
