"""The words right before a date that say which way from the document's date it lies, whatever
the sentence's verbs say: "since March" is behind, "is on Tuesday" and "postponed until
Tuesday" ahead, "ahead of Thursday's deadline" and "the figures for July" at the nearest; and
the words around a part of a year that say it is foreseen ("its fourth-quarter forecast",
"forecast growth in the September quarter"), or that things happen in it every year ("usually
conducted in the fourth quarter")."""

from __future__ import annotations

import re

__all__ = [
    "AHEAD_OF", "BEFORE", "BOOKED_FOR", "CLOSING_PRICE", "DATA_AFTER", "DATA_FOR", "DATA_OWNER",
    "DEADLINE", "DEFERRAL", "EARLIEST", "FORECAST", "FORECASTING", "HABITUAL", "IN_EFFECT",
    "LASTED", "MONTH",
    "PAST_PERFECT", "PERIOD", "POSSESSIVE_AHEAD", "RANGE_END", "SCHEDULED", "SINCE", "UNTIL",
]

_RIGHT_BEFORE = r"\s+(?:(?:the|early|late|mid)[\s-]+)?$"  # the word ends where the date starts
# A deadline word right before a date makes it an end point, after the event that sets it:
# "extended to Nov. 6", "postponed until Tuesday", "payable Dec. 15", "a watch, in effect from
# 7 p.m. Friday".
DEADLINE = re.compile(
    r"\b(?:until|till|through|by|to|effective|beginning|starting|payable|expire|expires"
    r"|expiring|due|(?:effective|in\s+effect)\s+from)"
    + _RIGHT_BEFORE,
    re.IGNORECASE,
)
# "closed until Monday": a date things wait for, not the day the story tells.
UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)
IN_EFFECT = re.compile(r"\b(?:effective|in\s+effect)\s+$", re.IGNORECASE)
SINCE = re.compile(r"\bsince" + _RIGHT_BEFORE, re.IGNORECASE)
# "campaigned before Saturday's primary": a day's event as a landmark, placed at the nearest.
BEFORE = re.compile(r"\bbefore" + _RIGHT_BEFORE, re.IGNORECASE)
# "Thursday's vote is expected to be close", "Sunday's final will decide": the day's event is
# the subject of a verb that looks ahead, not an event already reported.
POSSESSIVE_AHEAD = re.compile(
    r"['’]s\s+[\w-]+(?:\s+[\w-]+)?\s+(?:will|(?:is|are)\s+(?:expected|set|scheduled|due|likely"
    r"|slated|poised|going))\b",
    re.IGNORECASE,
)
# "The figures for July will be released next Tuesday": the month the data cover is the nearest,
# whatever the tense of their release says.
MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_DATA = "figures|data|numbers|statistics|results|readings?|sales|earnings|payrolls"
DATA_FOR = re.compile(r"\b(?:" + _DATA + r")\s+for" + _RIGHT_BEFORE, re.IGNORECASE)
# So is a month after a determiner that names the figures or the forecast right after it: "its
# May forecast", "the June jobs report" (not "In March sales rose").
DATA_OWNER = re.compile(r"\b(?:the|its|their|our|his|her)\s+$", re.IGNORECASE)
DATA_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:" + _DATA
    + r"|forecasts?|outlook|guidance|estimates?|projections?|reports?|survey)\b",
    re.IGNORECASE,
)
# "raised its fourth-quarter Brent forecast", "first-half guidance": a quarter or a half foreseen
# is the nearest, ahead or just begun, whatever the tense of the forecasting.
FORECAST = re.compile(
    r"(?:(?<=quarter)|(?<=half))[\s-]+(?:[\w-]+\s+){0,2}?"
    r"(?:forecasts?|outlook|guidance|projections?|estimates?|targets?|expectations)\b",
    re.IGNORECASE,
)
# "has forecast a return to growth in the September quarter", "projects sales of $2 billion for
# the second half": so is a quarter or a half a forecasting verb looks to.
PERIOD = re.compile(r"(?:quarter|half)\b", re.IGNORECASE)
FORECASTING = re.compile(
    r"\b(?:forecasts?|forecasted|predicts?|predicted|projects?|projected)\b[^.;:!?]{0,60}?"
    r"\b(?:in|for|during|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "had cancelled 2,000 flights for Saturday and Sunday", "the forecast for Monday", "tickets
# for Friday's game": a day things are booked or foreseen for is the nearest, whatever the
# tense of the booking.
BOOKED_FOR = re.compile(
    r"\b(?:flights?|trains?|buses|services|tickets?|seats|reservations?|bookings?|appointments?"
    r"|forecasts?|warnings?|plans?|games?|matches|events?|classes|shifts?|sessions?)"
    r"\s+(?:(?:scheduled|planned|set|booked)\s+)?for(?:\s+\w+\s+(?:and|or))?" + _RIGHT_BEFORE,
    re.IGNORECASE,
)
# "will pay $38 a share, a 27% premium to the closing price on Friday": a price quoted is one
# already recorded, whatever the tense of the offer.
CLOSING_PRICE = re.compile(
    r"\bclosing\s+(?:share\s+|stock\s+)?(?:price|level|value)s?(?:\s+of\s+\S+)?\s+on"
    + _RIGHT_BEFORE,
    re.IGNORECASE,
)
# "Election Day is Nov. 3", "the vote is on Tuesday", "could cut rates as soon as June",
# "between now and Feb. 10", "the fiscal year that begins Oct. 1", "set an Oct. 6 trial date",
# "scheduled the vote for Dec. 1": a date named as what is scheduled or hoped for.
SCHEDULED = re.compile(
    r"\b(?:(?:is|are|begins|starts|opens|resumes)\s+(?:on\s+)?|as\s+soon\s+as\s+"
    r"|now\s+(?:and|until|till|through)\s+"
    r"|(?:set|sets|setting|scheduled|schedules|scheduling|slated|called|calls)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+(?:[\w-]+\s+)?for\s+)?)$",
    re.IGNORECASE,
)
# "could be recommended as early as September": the earliest a thing may happen, ahead, unless
# a past verb right beside it says when a thing was done ("warned as early as March").
EARLIEST = re.compile(r"\bas\s+early\s+as" + _RIGHT_BEFORE, re.IGNORECASE)
# "met Tuesday ahead of Thursday's deadline": the date is after the sentence's event, whose
# tense says nothing of it; it is the nearest (the deadline may have passed by the time the
# text is written).
AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|leading\s+up\s+to)"
    + _RIGHT_BEFORE,
    re.IGNORECASE,
)
# "postponed until Tuesday morning any action", "extended the offer to Nov. 16", "the hearing
# was moved to Sept. 9", "a three-month delay, to Jan. 31", "by another six months, to
# November": put off to a date still ahead.
DEFERRAL = re.compile(
    r"\b(?:(?:postpon|delay|extend|adjourn|defer|reschedul|move[sd]?\b|moving|put\s+off"
    r"|push(?:ed|es)?\s+back)\w*,?(?:\s+[^\s.;:!?]+){0,5}?"
    r"|by\s+(?:another|a\s+further|an\s+(?:additional|extra)\s+)?\s*[\w-]+\s+"
    r"(?:days?|weeks?|months?|years?),?)\s+(?:until|till|to|through)" + _RIGHT_BEFORE,
    re.IGNORECASE,
)
# "The talks lasted until Friday", "the rally continued into Thursday": a stretch told in the
# past ended then, behind.
LASTED = re.compile(
    r"\b(?:lasted|continued|stayed|remained|persisted|raged|dragged\s+on|went\s+on|ran\s+on)"
    r"(?:\s+\w+ly)?\s+(?:until|till|through|into)" + _RIGHT_BEFORE,
    re.IGNORECASE,
)
# "is usually conducted in the second and fourth quarters", "Sales typically peak in December":
# a part of the year things happen in each year, up to the date with no comma between.
HABITUAL = re.compile(
    r"\b(?:usually|typically|normally|traditionally|customarily|tends?\s+to|tended\s+to)\b"
    r"[^,.;:!?]*$",
    re.IGNORECASE,
)
# "By the 28th, funds had run out": a deadline in a past perfect sentence is already behind.
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:already|not|never|all|largely|nearly|almost)\s+)?"
    r"(?!to\b|an?\b|the\b|no\b|its\b|their\b|his\b|her\b)[a-z]+",
    re.IGNORECASE,
)
# "bought from Sept. 14 to Thursday", "sales in the year to June", "the 12 months through
# February": the end of a range or of a reported period, not a deadline.
RANGE_END = re.compile(
    r"\b(?:from\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}|(?:days|weeks?|months?|quarters?|years?))"
    r"\s+(?:to|through)"
    + _RIGHT_BEFORE,
    re.IGNORECASE,
)
