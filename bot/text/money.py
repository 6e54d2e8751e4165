"""An amount of money, in the three languages: "USD 150", "150 $", "45 dinars", "55 US dollars", "٢٠٠ دولار"
(digits as ASCII); and one in months of wages ("5 months' wages", "5 mois de salaire", "أجر 5 أشهر"). Read by the
answer checks (a "how much" question needs one) and by the glossary (an amount answers a question on a fee or a
price, :mod:`bot.knowledge.glossary`)."""
from __future__ import annotations

import re

# the currencies documents price in, by their codes and names ("55 000 FCFA", "KWD 12", "150 dirhams", "٢٠ ألف فرنك")
_CODES = (r"USD|EUR|CHF|GBP|F\s?CFA|CFA|XOF|XAF|MAD|DH|TND|DZD|EGP|JOD|LBP|SAR|QAR|AED|KWD|BHD|OMR|IQD|YER|SDG|LYD|MRU|"
          r"GNF|NGN|GHS|KES|ETB|UGX|TZS|RWF|INR|PKR|BDT|NPR|LKR|PHP|IDR|MYR|THB|VND|KRW|JPY|CNY|AUD|NZD|CAD|MXN|BRL|COP|"
          r"PEN|CLP|ARS|TRY|UZS|KZT|KGS|TJS|GEL|"
          # (Africa's and the Indian Ocean's others: "15 000 KMF par jour", the Comorian franc)
          r"KMF|MGA|MUR|SCR|DJF|SOS|ERN|SSP|BIF|CDF|MZN|ZMW|MWK|BWP|NAD|ZAR|SZL|LSL|AOA|CVE|STN|GMD|SLE|LRD|MVR|SYP|AFN|IRR")
_NAMES = (r"(?:US\s|U\.S\.\s)?dollars?|euros?|francs?(?:\s+CFA)?|dinars?|dirhams?|riyals?|rials?|pounds?|livres?|rupees?|"
          r"roupies?|pesos?|shillings?|nairas?|cedis?|tenge|lari|somoni|ariary|kwacha|birr|meticais|metical")
_NAMES_AR = r"دولار|دولارا|دولارات|يورو|دينار|دينارا|دنانير|درهم|درهما|دراهم|ريال|ريالا|ريالات|جنيه|جنيها|ليره|ليرة|فرنك|فرنكا|روبية"
MONEY = re.compile(rf"(?:US\$|\$|€|£|\b(?:{_CODES}))\s?\d|\b\d[\d,. ]*\s?(?:{_CODES}|\$|€|£|{_NAMES})(?!\w)"
                   rf"|\d[\d,. ]*\s?(?:(?:ألف|الف|آلاف|مليون)\s)?(?:{_NAMES_AR})", re.IGNORECASE)
# an amount in months of wages, as recruitment fees are told: what a question on a wage or salary is answered with
MONTHS_OF_WAGES = re.compile(r"\b\d{1,2}\s+months?['’]?\s+(?:of\s+)?(?:wages?|salary|salaries|pay)\b|\b\d{1,2}\s+mois\s+de\s+"
                             r"salaires?\b|(?:أجر|اجر|راتب|رواتب)\s+\d{1,2}\s+(?:أشهر|اشهر|شهر|شهور)", re.IGNORECASE)
