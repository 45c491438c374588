"""Resolution against the document's date: text, anchor, expected TIMEX3 value at its precision."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag
from timeline.timevalue import interval

# (sentence, the expression, anchor, expected value)
CASES = [
    # the seed sentences
    ("In December, former President Obama expanded Executive Order 13694.", "December",
     "2017-05-26", "2016-12"),
    ("Senate Democrats on Monday called on the Treasury to impose sanctions.", "Monday",
     "2020-02-24", "2020-02-24"),
    ("The senators pointed to reports last week that Russian agents are interfering.",
     "last week", "2020-02-24", "2020-W08"),
    ("Just this month, Clapper emphasized this need.", "this month", "2017-05-26", "2017-05"),
    ("The French elections earlier this month showed the world.", "earlier this month",
     "2017-05-26", "2017-05"),
    ("Elections being held by allies later this year.", "later this year", "2017-05-26", "2017"),
    ("Ahead of the G7 Summit, beginning today in Sicily.", "today", "2017-05-26", "2017-05-26"),
    ("The 2018 United States mid-term elections are quickly approaching.", "2018", "2017-05-26",
     "2018"),
    # tense decides the direction of underspecified expressions
    ("The committee will meet in March.", "March", "2020-02-24", "2020-03"),
    # "continued" after a noun is a verb in the past
    ("Talks continued over the weekend.", "the weekend", "2024-05-15", "2024-W19-WE"),
    ("Sales increased on Friday.", "Friday", "2024-05-15", "2024-05-10"),
    ("The bank restated its results on Friday.", "Friday", "2024-05-15", "2024-05-10"),
    # ... but after a verb in the present it is an adjective
    ("It faces increased competition from Friday.", "Friday", "2024-05-13", "2024-05-17"),
    # a scheduling verb in the present leans ahead: the month half a year off is the coming one
    ("Voters go to the polls in November.", "November", "2024-05-15", "2024-11"),
    ("The law takes effect in November.", "November", "2024-05-15", "2024-11"),
    ("Voters went to the polls in November.", "November", "2024-05-15", "2023-11"),
    # "let" is a past, and the base verb after its object ("let the offensive begin") no future
    ("Mr. Bush let the ground offensive begin as previously planned Saturday night.",
     "Saturday night", "1991-02-25", "1991-02-23TNI"),
    ("They will let him go on Friday.", "Friday", "1991-02-25", "1991-03-01"),
    # "beat" is a past; after "getting" it is a participle, whose tense is the auxiliary's
    ("Rovers beat Wanderers 2-1 on Saturday to go top.", "Saturday", "2024-11-25",
     "2024-11-23"),
    ("The sector is going to start getting beat up in the spring.", "the spring",
     "1998-02-06", "1998-SP"),
    # an auxiliary right after "and" opens a clause of its own, as a verb there does
    ("The bank cut rates to 4% in August and is expected to hold them.", "August",
     "2025-10-23", "2025-08"),
    # a month that names figures or a forecast is the nearest, as "the figures for July" is
    ("Earnings will be lower than its May forecast.", "May", "2025-07-31", "2025-05"),
    ("The June jobs report will be released on Friday.", "June", "2025-07-02", "2025-06"),
    # four digits before "hours" are a clock time where they start with 0 or follow "at"
    ("Troops moved in at 0800 hours.", "0800 hours", "2024-05-15", "2024-05-15T08:00"),
    ("The curfew ends at 1400 hours.", "1400 hours", "2024-05-15", "2024-05-15T14:00"),
    ("Volunteers logged 1200 hours of service.", "1200 hours", "2024-05-15", "PT1200H"),
    ("It took 1500 hours.", "1500 hours", "2024-05-15", "PT1500H"),
    # one stretch of days is no business hours
    ("The road is closed from 8 p.m. Monday through 5 a.m. Friday.", "5 a.m. Friday",
     "2025-11-13", "2025-11-14T05:00"),
    ("The talks collapsed in March.", "March", "2020-02-24", "2019-03"),
    # short past forms in -ed are past verbs too
    ("His wife of 73 years, Barbara, died in April.", "April", "2018-11-30", "2018-04"),
    ("The family sued the city in March.", "March", "2020-02-24", "2019-03"),
    # points that are no game's score leave a half of the year
    ("Margins rose 2 percentage points in the first half.", "the first half", "1989-10-30",
     "1989-H1"),
    # a participle before "by" and its agent is no verb; before an amount or a means it is
    ("World leaders arrive here Thursday for a summit overshadowed by the crisis.", "Thursday",
     "2013-09-04", "2013-09-05"),
    ("Shares dropped by 5% on Friday.", "Friday", "2013-09-04", "2013-08-30"),
    ("He traveled by train to Kiev on Friday.", "Friday", "2013-09-04", "2013-08-30"),
    # "would have" looks at no future; an adverb between auxiliary and participle keeps it
    ("Lawmakers rejected a plan on Tuesday that would have imposed a tax.", "Tuesday",
     "2013-03-22", "2013-03-19"),
    ("He will be formally installed at a Mass on Tuesday.", "Tuesday", "2013-03-14",
     "2013-03-19"),
    # expecting in the present looks ahead; a reported clause speaks for itself, not the date
    ("Officials said Monday they expect a decision Thursday.", "Thursday", "2013-03-20",
     "2013-03-21"),
    ("Mayors warned officials Wednesday that they should expect little help.", "Wednesday",
     "2013-06-10", "2013-06-05"),
    # a marker that is a noun after a determiner says nothing: "in the face of"
    ("The mayor stays firm in the face of protests on Monday.", "Monday", "2020-02-26",
     "2020-02-24"),
    ("He will testify on Friday.", "Friday", "2020-02-24", "2020-02-28"),
    ("He testified on Friday.", "Friday", "2020-02-24", "2020-02-21"),
    ("Parliament will vote next spring.", "next spring", "2020-02-24", "2020-SP"),
    ("The dividend will be paid Dec. 14 to holders of record Nov. 15.", "Dec. 14", "1989-11-02",
     "1989-12-14"),
    ("The year ended March 31 was difficult.", "March 31", "1989-11-02", "1989-03-31"),
    # a deadline is set in the past for a date ahead: the verb does not place it
    ("The offer was extended to Nov. 6.", "Nov. 6", "1989-11-02", "1989-11-06"),
    ("Dunkin' has set Nov. 10 as the deadline.", "Nov. 10", "1989-11-02", "1989-11-10"),
    ("They had filed reports by Wednesday.", "Wednesday", "1990-08-16", "1990-08-15"),
    ("The acquisition is scheduled to close Monday.", "Monday", "1989-11-02", "1989-11-06"),
    ("Protesters were planning to drive to the airport on Monday.", "Monday", "2000-01-07",
     "2000-01-10"),
    ("The carrier has been on patrol since March and was scheduled to return.", "March",
     "1990-08-13", "1990-03"),
    ("Thermo agreed to purchase the line for $22 million in February.", "February",
     "1989-10-30", "1990-02"),
    ("Lenders extended $90 million in loans through January.", "January", "1989-10-30",
     "1990-01"),
    ("In January, a week after the anniversary, a bomb exploded at a clinic.", "January",
     "1998-10-25", "1998-01"),
    # a day's event in the possessive is already reported ("appeal Wednesday's ruling"), unless
    # it is the subject of a verb that looks ahead ("Thursday's vote is expected to")
    ("They said they would appeal Wednesday's ruling.", "Wednesday", "2000-01-07",
     "2000-01-05"),
    ("Thursday's vote is expected to be close.", "Thursday", "2024-05-15", "2024-05-16"),
    ("Sunday's final will decide the title.", "Sunday", "2024-05-15", "2024-05-19"),
    ("After Monday's ruling, the firm will appeal.", "Monday", "2024-05-15", "2024-05-13"),
    # an attribution after the clause dates the saying, not the clause
    ("The group would be ready to leave as soon as Tuesday, Castro said.", "Tuesday",
     "2000-04-03", "2000-04-04"),
    ("In September, it announced plans to acquire the company.", "September", "1989-10-30",
     "1989-09"),
    # a past reporting verb beside a weekday dates it; "next to" is a place, not a tense
    ("They would appeal the decision, announced Wednesday by the INS.", "Wednesday",
     "2000-01-06", "2000-01-05"),
    ("A bomb ripped through a building next to the embassy Friday.", "Friday", "1998-08-08",
     "1998-08-07"),
    ("The holiday is this coming Sunday, March eighth.", "Sunday, March eighth", "1998-03-05",
     "1998-03-08"),
    ("The Times said in an editorial on Saturday, April 25: the court erred.",
     "Saturday, April 25", "1998-04-24", "1998-04-25"),
    # relative offsets and references
    ("Sales fell two years ago.", "two years ago", "2020-02-24", "2018"),
    ("It happened six weeks ago.", "six weeks ago", "1998-02-19", "1998-W02"),
    ("Profit rose in the third quarter from $5 million a year earlier.", "a year earlier",
     "1989-11-02", "1988-Q3"),
    ("The company reported results for the quarter.", "the quarter", "1989-11-02", "1989-Q3"),
    ("The plant opened in 1995. The following year it closed.", "The following year",
     "2020-02-24", "1996"),
    ("On May 22, 1995, he was promoted, and the following year he left.", "the following year",
     "1998-04-18", "1996"),
    # a comparison counted from another date is not itself the date the next one counts from
    ("Net was $2 million a year ago. Sales were $3 million a year earlier.", "a year earlier",
     "1989-10-26", "1988"),
    ("In July last year, the coup took place.", "July last year", "1998-02-19", "1997-07"),
    ("Net for this year's third quarter rose.", "this year's third quarter", "1989-11-02",
     "1989-Q3"),
    ("It would be paid on a still unspecified date in January.", "January", "1989-10-31",
     "1990-01"),  # "unspecified" is an adjective, not a past verb
    ("It bought 254,200 shares from Sept. 14 to Thursday.", "Thursday", "1989-10-31",
     "1989-10-26"),  # the end of a range is not a deadline
    ("Qantas will double its flights by August.", "August", "1998-02-13", "1998-08"),
    ("The vote has been scheduled for Friday.", "Friday", "1989-10-30", "1989-11-03"),
    ("It had been due to expire Friday evening.", "Friday evening", "1989-10-30",
     "1989-10-27TEV"),  # a plan in the past perfect has been overtaken
    ("He was declared dead 1.5 hours later.", "1.5 hours later", "1998-10-25", "PT1H30M"),
    # no clock time to count from: the span
    ("Sales for the quarter ended Sept. 29 rose 39% from $388 million a year earlier.",
     "a year earlier", "1989-11-02", "1988-Q3"),  # the day closing a quarter leaves it named
    ("Sales in fiscal 2023, which ended Sept. 30, fell from a year earlier.", "a year earlier",
     "2023-11-03", "2022"),
    # a quarter set off after a quarter restates it, and the day closing it is in its year
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost money.",
     "the comparable year-ago quarter", "1989-10-27", "1988-Q2"),
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost money.",
     "the second quarter", "1989-10-27", "1988-Q2"),
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost money.",
     "Oct. 31", "1989-10-27", "1988-10-31"),
    ("In the fiscal 1988 first quarter ended Dec. 31, net fell.", "Dec. 31", "1989-10-27",
     "1987-12-31"),  # nearest the quarter it closes
    ("In the fiscal 1988 first quarter ended Feb. 29, net fell.", "Feb. 29", "1990-10-27",
     "1988-02-29"),  # in a year that has the day
    ("In the fiscal 1990 first quarter ended Dec. 31, net fell.", "Dec. 31", "1990-01-20",
     "1989-12-31"),  # a period of the document's year: as the sentence's tense places it
    # a law that takes effect on a day takes effect ahead, however far the day is
    ("The law takes effect Jan. 1.", "Jan. 1", "2013-03-15", "2014-01-01"),
    ("The law took effect Jan. 1.", "Jan. 1", "2013-03-15", "2013-01-01"),
    # a quarter known by the day it ended restates the fiscal quarter just named
    ("Sun earned $5 million in the fiscal first quarter.\n\nSales for the quarter ended "
     "Sept. 29 rose 39% from a year earlier.", "the quarter", "1989-10-26", "1989-Q1"),
    ("Sun earned $5 million in the fiscal first quarter.\n\nSales for the quarter ended "
     "Sept. 29 rose 39% from a year earlier.", "a year earlier", "1989-10-26", "1988-Q1"),
    ("Sun earned $5 million in the third quarter. Sales for the quarter ended Sept. 29 rose.",
     "the quarter", "1989-10-26", "1989-Q3"),  # no fiscal quarter named: the day's quarter
    # a part of the year told as a habit is each year's
    ("Most of its business is usually conducted in the second and fourth quarters.",
     "fourth quarters", "1989-11-01", "XXXX-Q4"),
    ("Sales typically peak in December.", "December", "2020-02-24", "XXXX-12"),
    ("Parliament usually sits in March, but it met in May.", "May", "2020-02-24", "2019-05"),
    ("Election Day is November 3.", "November 3", "2020-02-24", "2020-11-03"),
    ("Today is Monday.", "Monday", "2020-02-24", "2020-02-24"),
    ("Talks stalled last week. They resumed the next week.", "the next week", "2020-02-24",
     "2020-W09"),  # a week counts from a week
    ("The vote is scheduled for Nov. 6.", "Nov. 6", "2020-02-24", "2020-11-06"),
    ("On Friday, when Albright set aside vacation plans for the trip, the State Department "
     "lifted a warning.", "Friday", "1998-08-17", "1998-08-14"),  # "plans" is a noun here
    ("The accession was planned for early March.", "early March", "1999-02-10", "1999-03"),
    ("Officials postponed until Tuesday morning any action on the permit.", "Tuesday morning",
     "2000-03-30", "2000-04-04TMO"),  # put off to a date ahead
    ("He stayed until Tuesday.", "Tuesday", "2000-03-30", "2000-03-28"),
    ("In the same period, sales fell.", "the same period", "2025-10-30",
     "XXXX-XX-XX"),  # no period named before it: not the document's day
    ("A hearing had been set for Aug. 12, but that date was moved to Sept. 9.", "Sept. 9",
     "2024-07-19", "2024-09-09"),  # moved to a date ahead
    ("A storm is expected to bring up to a foot of snow to parts of the Northeast from Saturday"
     " night into Sunday, forecasters said Friday.", "Sunday", "2015-01-23",
     "2015-01-25"),  # "said Friday" closing the sentence dates the saying, not the storm
    ("Booster shots could be recommended as early as September, officials said, though no "
     "decision has been made.", "September", "2021-07-16", "2021-09"),  # the earliest, ahead
    ("He warned as early as March that the dam would fail.", "March", "2021-07-16",
     "2021-03"),  # ... unless a past verb beside it dates the deed
    ("Diplomats said a deal was unlikely before the election on June 14.", "June 14",
     "2013-04-10", "2013-06-14"),  # "was unlikely": an outlook from the past, ahead
    ("They may lose when the case is heard in May.", "May", "2000-03-29", "2000-05"),
    ("He left a few days after Christmas.", "a few days after Christmas", "2020-02-24",
     "XXXX-XX-XX"),  # a vague count gives no day
    ("The ship left port. Ten days later, it sank.", "Ten days later", "2024-05-13",
     "XXXX-XX-XX"),  # told in the past with no date before it: not after the document's day
    ("A ruling will come two weeks later.", "two weeks later", "2024-05-13",
     "2024-W22"),  # ... where the future counts from it
    # decades, centuries, seasons, holidays, times
    ("Prices were low in the 1990s.", "the 1990s", "2020-02-24", "199"),
    ("He grew up in the '60s.", "the '60s", "2020-02-24", "196"),
    ("The 20th century was violent.", "The 20th century", "2020-02-24", "19"),
    ("Protesters prayed as Easter week began.", "Easter week", "2000-04-17", "2000-W16"),
    ("Voters will go to the polls on Election Day.", "Election Day", "2020-02-24", "2020-11-03"),
    ("The vote ended at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2020-02-24",
     "2020-02-19T22:00"),
    ("Officials met this morning.", "this morning", "2020-02-24", "2020-02-24TMO"),
    ("The talks ended at 9 p.m. local time (1800 GMT).", "1800 GMT", "2013-03-15",
     "2013-03-15T18:00"),  # a time, not the year 1800
    # a time of day alone is on the day the story is telling
    ("Slepian was shot on Oct. 23, 1998. He died at 10 p.m. in his kitchen.", "10 p.m.",
     "1999-04-19", "1998-10-23T22:00"),
    ("Landfall is expected early Tuesday. At 11 a.m., the storm was 300 miles south.", "11 a.m.",
     "2023-08-27", "2023-08-27T11:00"),  # not on a day ahead, unless the sentence looks ahead
    ("The talks will resume Tuesday. They will start at 9 a.m.", "9 a.m.", "2023-08-27",
     "2023-08-29T09:00"),
    # ... but a day gone by, told in an earlier paragraph, does not hold what lies ahead
    ("The law was signed on May 15.\n\nThe state will appeal by the end of the month.",
     "the end of the month", "2019-06-21", "2019-06"),
    ("The law was signed on May 15, and the state will appeal by the end of the month.",
     "the end of the month", "2019-06-21", "2019-05"),
    ("Police arrested him on May 15.\n\nHe was released by the end of the month.",
     "the end of the month", "2019-06-21", "2019-05"),
    ("The trial is expected to last six weeks.", "six weeks", "2013-03-15", "P6W"),
    ("Sunak called the election six months earlier than he had to.", "six months",
     "2024-07-05", "P6M"),  # a span compared, not a date back
    # "as soon as" names a date hoped for, ahead whatever the verb before it
    ("The Fed left rates unchanged but signaled it could cut them as soon as June.", "June",
     "2024-03-20", "2024-06"),
    # "the year to June" is a reported period, ended: not a deadline
    ("In the year to June, sales rose 4%.", "June", "2024-03-15", "2023-06"),
    # a verb after ", and" belongs to the next clause, not to the date before it
    ("Acme cut its outlook for the fiscal year, which ends in late January, and said it expects "
     "a loss.", "late January", "2023-08-24", "2024-01"),
    ("SpaceX scrubbed the launch on Saturday, citing a problem, and said it would try again "
     "Monday.", "Saturday", "2020-06-15", "2020-06-13"),
    ("The attacks Aug. 7 in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257 people.",
     "Aug. 7", "2020-06-15", "2019-08-07"),  # a list, no new clause
    # in a story told in the past, the decade or month of the date last named within one
    ("Talks in 2012 and 2013 produced nothing. By the middle of the decade, both sides had "
     "built dams.", "the middle of the decade", "2026-01-12", "201"),
    ("Talks began in March 2019. By the end of the month, they had collapsed.",
     "the end of the month", "2026-01-12", "2019-03"),
    ("Talks in 2012 and 2013 produced nothing. The sanctions will stay until the end of the "
     "decade.", "the end of the decade", "2026-01-12", "202"),
    # a part of the day after a date no finer than a month: which day is unknown
    ("The bank closed in late October. Depositors lined up the next morning.",
     "the next morning", "2024-06-14", "XXXX-XX-XXTMO"),
    # a part of a year counted back is a month
    ("Two and a half years ago, the plant closed.", "Two and a half years ago", "2024-05-15",
     "2021-11"),
    # "head to" looks ahead, the noun "head of" does not
    ("Voters in the state head to the polls on Tuesday in a special election.", "Tuesday",
     "2024-04-13", "2024-04-16"),
    ("On Wednesday, Ricardo Alarcon, head of Cuba's National Assembly, said no.", "Wednesday",
     "2000-02-10", "2000-02-09"),
    # a speech verb after the comma of a date opening the sentence is the sentence's own verb,
    # not an attribution dating some other clause; set off by a comma, it is one
    ("On Friday, the company said.", "Friday", "2020-02-26", "2020-02-21"),
    ("In March, the board announced a merger.", "March", "2020-02-26", "2019-03"),
    ("On Friday, officials said, the vote will be held.", "Friday", "2020-02-26", "2020-02-28"),
    # "that day" after a month or a year is a day in it, which the text does not name
    ("He was killed last October. His name was crossed out that same day.", "that same day",
     "1999-02-06", "1998-10-XX"),
    ("He was killed in 1998. His name was crossed out that day.", "that day", "1999-02-06",
     "1998-XX-XX"),
    # a vague count after a date, told in the past, is past
    ("In January, he was hired. A few days later, the firm announced sharply lower earnings, "
     "taking charges.", "A few days later", "2020-02-26", "PAST_REF"),
    # a stretch told in the past ended then: behind, though the end is a deadline's word
    ("The talks lasted until the early hours of Friday.", "the early hours of Friday",
     "2024-05-15", "2024-05-10TMO"),
    ("The rally continued into Thursday.", "Thursday", "2024-05-15", "2024-05-09"),
    ("The strike will continue until Friday.", "Friday", "2024-05-15", "2024-05-17"),
    # a feast far off leans as the verb leans, as a month does
    ("It ends on Thanksgiving.", "Thanksgiving", "2024-05-15", "2024-11-28"),
    # after a month opening the sentence, "since" and a perfect participle look back from it
    ("In November 2020, he was elected after campaigning since June.", "June", "2024-05-15",
     "2020-06"),
    ("In March 2019, the firm sold its stake, having bought it in January.", "January",
     "2024-05-15", "2019-01"),
    # a participle's aside with "since" speaks of its noun, not of the date after it
    ("The plant, closed since March, reopens in June.", "June", "2024-05-15", "2024-06"),
    # a plan told in the past may have come since: the nearest, not surely ahead
    ("She was expected to testify in April but fell ill.", "April", "2024-05-15", "2024-04"),
    ("The hearing was set for May 3.", "May 3", "2024-05-15", "2024-05-03"),
    ("The plant was scheduled to open in June.", "June", "2024-05-15", "2024-06"),
    # months counted from a season or a quarter, by threes, keep its precision
    ("It learned of it in the fall of 2022 but did not report it until 18 months later.",
     "18 months later", "2024-05-16", "2024-SP"),
    ("The drought began in the winter of 2021. Three months later, rain came.",
     "Three months later", "2024-05-16", "2022-SP"),
    ("It began in the fall of 2022. Four months later it ended.", "Four months later",
     "2024-05-16", "XXXX-XX"),
    # a year labelling a line of a list of events frames the line's yearless dates
    ("2014: Russia annexes Crimea. In March, the US imposes the first sanctions.", "March",
     "2024-03-01", "2014-03"),
    ("2016: Agencies conclude that Russia interfered. On Dec. 29, Obama expels 35 diplomats.",
     "Dec. 29", "2024-03-01", "2016-12-29"),
    # "an order to" names an order; it does not look ahead
    ("On Dec. 29, the president signs an executive order to cover cyberattacks.", "Dec. 29",
     "2024-03-01", "2023-12-29"),
    # the day a thing was moved from is not the day the story tells
    ("The meeting of March 4 was called to order at 7:02 p.m. The hearing, continued from "
     "January 21, was opened at 7:15 p.m.", "7:15 p.m.", "2025-03-05", "2025-03-04T19:15"),
    # "than expected", "as expected" compare; they do not look ahead
    ("Inflation is higher than expected in March.", "March", "2024-07-10", "2024-03"),
    ("Output is as expected for February.", "February", "2024-07-10", "2024-02"),
    # a word in -ed after an ordinal is an adjective, no past verb
    ("Francine is the sixth named storm of the season, which runs from June 1 to November 30.",
     "November 30", "2024-09-10", "2024-11-30"),
    # so does a verb after a bare "and", but not a date word
    ("Acme completed the purchase on August 1 and expects it to add to earnings next year.",
     "August 1", "2023-10-24", "2023-08-01"),
    ("The talks were held on Monday and next Friday will bring a vote.", "Monday",
     "2023-10-24", "2023-10-23"),
    # "now" near a date is the present: the nearest, whatever a verb further off says
    ("The state marked the anniversary, and a boat now carries visitors from May to October.",
     "October", "2025-06-01", "2025-10"),
    ("The minister sought to soften his words, saying on Friday that Russia now feels the US "
     "must hold off at least until Annan visits Baghdad.", "Friday", "2020-06-15", "2020-06-12"),
    ("He will not be sent back between now and Feb. 10.", "Feb. 10", "2020-06-15", "2021-02-10"),
    # the month data cover is the nearest, whatever the tense of their release
    ("The figures for July will be released next Tuesday.", "July", "2023-08-17", "2023-07"),
    ("The figures for December will be released in January.", "December", "2023-11-10",
     "2023-12"),
    # a date "ahead of" the sentence's event is the nearest, whatever the verb's tense
    ("Senators met Tuesday ahead of Thursday's deadline.", "Thursday", "2025-06-11",
     "2025-06-12"),
    ("Senators met Monday ahead of Tuesday's vote, which passed.", "Tuesday", "2025-06-11",
     "2025-06-10"),
    # ... and so is a day's event "before" it
    ("They campaigned on Friday, the last day before Saturday's primary.", "Saturday",
     "2020-02-28", "2020-02-29"),
    ("He was injured before Saturday's game.", "Saturday", "2020-03-02", "2020-02-29"),
    ("Preorders begin Friday.", "Friday", "2024-09-09", "2024-09-13"),  # scheduled
    # "could" + a verb leans ahead; "could not", "could be" say nothing
    ("He told reporters Wednesday the Senate could vote as early as Friday.", "Friday",
     "2025-06-11", "2025-06-13"),
    ("He could not be reached for comment on Monday.", "Monday", "2025-06-11", "2025-06-09"),
    # "that" before a month after a verb of saying opens a clause: no anaphora
    ("He said that March was the worst month.", "March", "2022-10-14", "2022-03"),
    # "N units before that" counts from the date last named, as "N units earlier" does
    ("In 2020, turnout was 7.8 million. Four years before that, it was 7.7 million.",
     "Four years before that", "2024-11-06", "2016"),
    ("He left in 2010, and two years later he returned.", "two years later", "2024-11-06",
     "2012"),
    # a year opening its sentence frames the months and days after it
    ("Last year, Hurricane Ian killed 150 people when it struck Florida on Sept. 28.", "Sept. 28",
     "2023-08-27", "2022-09-28"),
    ("In 2004, four storms hit us, the first on Aug. 13.", "Aug. 13", "2023-08-27", "2004-08-13"),
    # ... and so does a year opening a clause, the latest one before the day
    ("In 2020, the count took nine days, and in 2022 the results came on Nov. 14.", "Nov. 14",
     "2024-11-06", "2022-11-14"),
    ("Turnout fell. In 2022 the results came on Nov. 14.", "Nov. 14", "2024-11-06", "2022-11-14"),
    ("In the summer of 1989, Hungary opened its border, and by September thousands had fled.",
     "September", "2019-11-08", "1989-09"),
    # ... and the past told after it on its line, while every date named stays in that year
    ("In the summer of 1989, thousands fled. Protests grew through September.", "September",
     "2019-11-09", "1989-09"),
    ("In the summer of 1989, thousands fled. Then in October, the state collapsed.", "October",
     "2019-11-09", "1989-10"),
    ("On March 11, 2020, the WHO declared a pandemic. A vaccine was authorized in December.",
     "December", "2021-03-11", "2020-12"),  # the year, not the day: not December 2019
    ("On May 22, 1995, he was promoted, and the following year he was posted abroad. He was "
     "cited by police in December.", "December", "1998-04-18", "1997-12"),  # 1996 ended it
    ("In 1989, thousands fled.\nProtests grew through September.", "September", "2019-11-09",
     "2019-09"),  # a new line
    ("It had to name, by Oct. 1, the officials. The list was published on January 29.",
     "January 29", "2018-03-02", "2018-01-29"),  # an unwritten year: no frame
    ("In 2009, he won a third term. A recount could delay the result until December.",
     "December", "2013-11-06", "2013-12"),  # looking ahead
    ("Under a program approved in 1987, it had bought shares through Sept. 29.", "Sept. 29",
     "1989-10-30", "1989-09-29"),  # a year inside the sentence frames nothing
    # a year frames seasons, quarters and halves too; a month or a day frames only months
    ("In 2019, sales rose, and in the second half of the year they fell.",
     "the second half of the year", "2023-05-10", "2019-H2"),
    ("In 2019, the company cut jobs. In the fourth quarter, it lost money.", "the fourth quarter",
     "2023-05-10", "2019-Q4"),
    ("Last month, it posted a jump in profit for the first half.", "the first half",
     "1989-10-26", "1989-H1"),
    # "since" sets a start, not a frame
    ("Since March 2023 we have cut costs, and we expect to finish by the end of September.",
     "the end of September", "2025-02-03", "2025-09"),
    # ... and so does a year ending a clause that opens the sentence, for holidays too
    ("When the mill closed in 2008, half the street was for sale by Christmas.", "Christmas",
     "2021-05-16", "2008-12-25"),
    ("When the mill closed in the fall of 2008, it cut 900 jobs. She remembers the day: a "
     "Tuesday, cold and gray, a week before Thanksgiving.", "a week before Thanksgiving",
     "2021-05-16", "2008-11-20"),  # some Tuesday, unplaced, does not end the story
    # a year that a "when" clause follows frames that clause, and no later sentence
    ("It was the worst outage since 2017, when WannaCry hit computers over four days in May.",
     "May", "2024-07-19", "2017-05"),
    ("It last bought a firm in 2011, when it paid $2 billion. Lopez took over in March.",
     "March", "2024-07-19", "2024-03"),
    ("Since 2017, when the U.S. hit 200,000 computers in May, nothing compared.", "May",
     "2024-07-19", "2017-05"),
    # ... nor what follows the clause in its own sentence
    ("He started in the spring of 1983, when he was 19, and made his final crossing in late "
     "September.", "late September", "2024-10-14", "2024-09"),
    # a month or a day opening the sentence: its months are placed around it, in its tense
    ("On March 3, 2025, the Treasury issued a license, which authorized transactions through "
     "March 12.", "March 12", "2025-09-22", "2025-03-12"),
    ("On Dec. 30, 2025, he said he would leave by Jan. 5.", "Jan. 5", "2026-09-22",
     "2026-01-05"),
    ("In March 2024, he said he would leave in December.", "December", "2025-09-22", "2024-12"),
    ("In March 2024, he said he had left in December.", "December", "2025-09-22", "2023-12"),
    ("In March 2024, he said he left in December.", "December", "2025-09-22", "2023-12"),
    # ... and a story told in the past goes on in order after it
    ("In March, it recalled 90,000 pickups, and in late July about 12,000 sedans.", "late July",
     "2022-10-14", "2022-07"),
    ("On Dec. 30, 2025, he left the party, and in January he joined another.", "January",
     "2026-09-22", "2026-01"),
    # a two-digit year lies within 79 years before the anchor to 20 after, across centuries
    ("The plant will open in '00.", "'00", "1999-05-01", "2000"),
    ("He played for the class of '98.", "'98", "2020-02-24", "1998"),
    # a date put off to lies ahead, even in the past perfect; the story's day stays the same
    ("On Saturday, lawmakers had forced him to ask for a three-month delay, to Jan. 31.",
     "Jan. 31", "2019-10-22", "2020-01-31"),
    ("On Saturday, they asked for a delay, to Jan. 31. He sent the request late that night.",
     "late that night", "2019-10-22", "2019-10-19TNI"),
    # a deadline set in the past may lie ahead, one met in the past perfect is behind
    ("Payments are due by the 28th.", "the 28th", "2020-03-10", "2020-03-28"),
    ("By the 28th, funds had run out.", "the 28th", "2020-03-10", "2020-02-28"),
    # an irregular past form is past, but not after a modal, where it is the base form
    ("The agency forecast on Monday that growth would slow.", "Monday", "2023-08-30",
     "2023-08-28"),
    ("The Fed will shut the window in June.", "June", "2023-08-30", "2024-06"),
    ("The storm will hit Florida in June.", "June", "2023-08-30", "2024-06"),
    # a schedule in the present ("begins", "closes") lies ahead
    ("The trial begins Monday.", "Monday", "2021-04-20", "2021-04-26"),
    ("Biden sent Congress a budget for the fiscal year that begins Oct. 1.", "Oct. 1",
     "2024-03-11", "2024-10-01"),
    ("The Lakers host Denver on Saturday.", "Saturday", "2024-01-29", "2024-02-03"),
    ("Taiwan holds elections in January.", "January", "2024-05-15", "2025-01"),
    # a participle after a subordinator has no tense of its own
    ("If approved, a contract could be signed before Christmas.", "Christmas", "2024-10-23",
     "2024-12-25"),
    ("Unless renewed in March, the law will lapse.", "March", "2024-10-23", "2025-03"),
    ("The panel meets in February.", "February", "2024-05-15", "2025-02"),
    ("The plant reopens in November.", "November", "2024-05-15", "2024-11"),
    ("Voting closes at midnight on Sunday.", "midnight on Sunday", "2021-04-20",
     "2021-04-25T24:00"),
    # "beginning" or "starting" a date sets it as a deadline does; "more salaried" is no verb
    ("The department announced a rule that will make 4 million more salaried workers eligible "
     "for overtime pay, beginning July 1.", "July 1", "2024-04-26", "2024-07-01"),
    # a deadline with no tense around it lies ahead
    ("The storm is forecast to move into Georgia by Thursday evening.", "Thursday evening",
     "2023-08-27", "2023-08-31TEV"),
    # after a linking verb a participle is no past verb
    ("The bank will remain closed until Tuesday.", "Tuesday", "2013-03-22", "2013-03-26"),
    # nor after a preposition, where it is an adjective
    ("It will be open to visitors from Monday, with extended hours.", "Monday", "2024-12-07",
     "2024-12-09"),
    # "from today" counts to a day, "from now" in the unit; both from the document's date
    ("In 1990 the runoff fell on Dec. 6, four weeks from today.", "four weeks from today",
     "2022-11-08", "2022-12-06"),
    ("In 1990 they said so; a year from now we will know.", "a year from now", "2022-11-08",
     "2023"),
    # a clock time takes the day written after it, whatever its form, but not a weekly one
    ("Open until 10 p.m. on Thursdays.", "Thursdays", "2024-12-07", "XXXX-WXX-4"),
    ("The outage began at 04:09 UTC on July 19.", "04:09 UTC on July 19", "2024-07-26",
     "2024-07-19T04:09"),
    # a fortnight is two weeks; a week of a month is the ISO week holding four of its days
    ("He left a fortnight ago.", "a fortnight ago", "2020-02-24", "2020-W07"),
    ("Two fortnights later, talks will resume.", "Two fortnights later", "2020-02-24",
     "2020-W13"),
    ("The deal will close in the first week of January.", "the first week of January",
     "2020-12-10", "2021-W01"),
    ("Prices rose in the first week of March.", "the first week of March", "2020-02-24",
     "2019-W10"),
    # a relative clause speaks of the person or thing it describes, not of the date
    ("City, who had won their last six home games, face a league game on Tuesday.", "Tuesday",
     "2024-03-17", "2024-03-19"),
    ("He succeeds James Taylor, who stepped down as chairman, president and chief executive in "
     "March.", "March", "1989-11-02", "1989-03"),
    ("The company now expects adjusted earnings of $2.10 to $2.25 a share for fiscal 2025, "
     "which ends in September, down from its May forecast of $2.40 to $2.55.", "May",
     "2025-07-31", "2025-05"),
    ("Mayor Daniel Kim, who proposed the budget in April, is expected to sign it on Monday.",
     "April", "2024-06-06", "2024-04"),
    # a date things are put off to lies ahead
    ("Members voted to extend their mandate for industrial action by another six months, to "
     "November.", "November", "2024-05-04", "2024-11"),
    ("The deadline was pushed back by two weeks to March 3.", "March 3", "2024-05-04",
     "2025-03-03"),
    # a holiday set off after a day restates it, in that day's year
    ("The first phase starts on Sept. 2, the day after Labor Day.", "the day after Labor Day",
     "2025-02-14", "2025-09-02"),
    # a relative clause with no commas keeps its own tense when a verb follows the date
    ("A plant that began production in January is expected to reach full output by mid-2026.",
     "January", "2025-04-24", "2025-01"),
    ("The vote on Tuesday will decide it.", "Tuesday", "2025-04-24", "2025-04-29"),
    # a price quoted was recorded, whatever the tense of the offer
    ("Harbor will pay $38 a share, a 27% premium to the closing price on Friday.", "Friday",
     "2025-01-13", "2025-01-10"),
    # a date set for a thing is ahead, whatever the tense of the setting
    ("A judge on Tuesday set an Oct. 6 trial date.", "Oct. 6", "2025-02-19", "2025-10-06"),
    ("The judge scheduled a Dec. 1 hearing.", "Dec. 1", "2025-02-19", "2025-12-01"),
    ("The board set the vote for Dec. 1.", "Dec. 1", "2025-02-19", "2025-12-01"),
    # a month and day in digits where a date is expected; "9/11" is the attacks
    ("It was due 3/1 but came on 3/8.", "3/8", "2024-03-10", "2024-03-08"),
    ("The fair runs until 3/17.", "3/17", "2024-03-10", "2024-03-17"),
    ("Since 9/11 the city has changed.", "9/11", "2024-03-10", "2001-09-11"),
    # both ends placed at the nearest: the range nearest the document's date
    ("From January to November, the average temperature was 1.6C higher.", "November",
     "2024-12-05", "2024-11"),
    ("From January to November, the average temperature was 1.6C higher.", "January",
     "2024-12-05", "2024-01"),
    # an attribution after the quote dates the saying, not the quote
    ('"We see a slowdown in the second half of the year," said an analyst at a London bank.',
     "the second half of the year", "2025-03-11", "2025-H2"),
    # a weekday and a month make no range
    ("After a small downward revision Friday to December's figures, the economy grew.",
     "December", "1998-02-06", "1997-12"),
    # a feast with a year is that year's
    ("Their first date was on Valentine's Day 1991.", "Valentine's Day 1991", "2023-09-18",
     "1991-02-14"),
    # a clock time that recurs is on no day; one told of is on its day
    ("Ridership falls after 9 p.m. on weekdays.", "9 p.m.", "2024-03-10", "XXXX-XX-XXT21:00"),
    ("The storm hit at 9 p.m. on Saturday.", "9 p.m. on Saturday", "2024-03-10",
     "2024-03-09T21:00"),
    ("Every morning at 6 a.m. she was at her desk.", "6 a.m.", "2024-03-10", "XXXX-XX-XXT06:00"),
    # a quarter or a half foreseen is the nearest, whatever the tense of the forecasting
    ("Analysts raised their fourth-quarter Brent forecast to $86.", "fourth-quarter",
     "2023-09-21", "2023-Q4"),
    ("Analysts raised their fourth-quarter forecast.", "fourth-quarter", "2024-01-10",
     "2023-Q4"),
    ("First-half profit rose 5%.", "First-half", "2023-09-21", "2023-H1"),
    # a date labelling a list item is the day of the times in it
    ("- Tuesday, March 3: Public safety (6 p.m., Council Chambers)", "6 p.m.", "2026-02-20",
     "2026-03-03T18:00"),
    # weekdays counted back from the day of writing, the nearest past one first
    ("The meeting, held two Tuesdays ago, was quiet.", "two Tuesdays ago", "2024-06-12",
     "2024-06-04"),
    # a quarter a schedule looks to is ahead, as a month would be; reported, behind
    ("The contract expires in the fourth quarter.", "the fourth quarter", "2024-05-15",
     "2024-Q4"),
    ("Sales rose in the fourth quarter.", "the fourth quarter", "2024-05-15", "2023-Q4"),
    ("Apple has forecast a return to growth in the September quarter.", "the September quarter",
     "2023-06-06", "2023-Q3"),
    # a day booked or foreseen is the nearest, whatever the tense of the booking
    ("Airlines had cancelled 2,000 flights for Saturday and Sunday.", "Sunday", "2026-01-23",
     "2026-01-25"),
    # what a bill would do is ahead of its introduction
    ("She today introduced legislation to extend the deadline for loans from March 31 to "
     "Sept. 30.", "Sept. 30", "2021-03-03", "2021-09-30"),
    # a participle set off by commas speaks for its own date, not the verb after it
    ("The law, signed by the governor in late March, was set to take effect on July 1.",
     "late March", "2024-06-19", "2024-03"),
    # a week of a day ahead, named in an earlier paragraph, is no longer the story's
    ("The law was set to take effect on July 1.\n\nHe said he would appeal by the end of the "
     "week.", "the end of the week", "2024-06-19", "2024-W25"),
    # a day things are measured by is no reference for the times told after it
    ("A fire broke out Sunday afternoon and had burned 12,000 acres by Tuesday morning.\n\n"
     "It started around 2:30 p.m. and spread quickly that night.", "that night", "2025-05-27",
     "2025-05-25TNI"),
    # "until" after a date says nothing of the date before it
    ("The Met Office issued an amber warning for the south coast from 9pm on Wednesday until "
     "3pm on Thursday.", "9pm on Wednesday", "2023-11-02", "2023-11-01T21:00"),
    # a night told goes on into the next morning, unless a past perfect looks back
    ("A warning ran from 9pm on Wednesday until 3pm on Thursday. A gust was recorded at 4am.",
     "4am", "2023-11-02", "2023-11-02T04:00"),
    ("The storm hit late Sunday night. He died at 3 a.m.", "3 a.m.", "2023-11-02",
     "2023-10-30T03:00"),
    ("The storm hit late Sunday night. He had left at 6 a.m.", "6 a.m.", "2023-11-02",
     "2023-10-29T06:00"),
    # the document's own day, named, is counted from as the document's date
    ("It will be disclosed this morning. Costs rose compared with a year earlier.",
     "a year earlier", "1989-10-26", "1988"),
    # a day a measure runs since is no reference for "the previous week"
    ("Brent fell to its lowest close since Aug. 9. It rose 4% in the previous week.",
     "the previous week", "2023-09-21", "2023-W37"),
    # ends placed a week apart come into one: the one nearer the document's date stays
    ("It issued a warning from 7 p.m. Saturday until noon Sunday.", "7 p.m. Saturday",
     "2026-01-23", "2026-01-24T19:00"),
    # modifiers join the mention and set its mod
    ("Prices rose in early December.", "early December", "2020-02-24", "2019-12"),
    ("The war lasted more than four years.", "more than four years", "2020-02-24", "P4Y"),
]


@pytest.mark.parametrize(("sentence", "expression", "anchor", "expected"), CASES,
                         ids=[c[1] + "@" + c[2] for c in CASES])
def test_resolution(sentence: str, expression: str, anchor: str, expected: str) -> None:
    mentions = tag(sentence, anchor)
    start = sentence.index(expression)
    found = [m for m in mentions if m.start == start and m.end == start + len(expression)]
    assert found, f"{expression!r} not found as a mention: {mentions}"
    assert found[0].value == expected


def test_modifiers_are_recorded() -> None:
    text = "In early December and for more than four years."
    by_text = {m.text: m for m in tag(text, "2020-02-24")}
    assert by_text["early December"].mod == "START"
    assert by_text["more than four years"].mod == "MORE_THAN"
    assert by_text["more than four years"].type == "DURATION"
    later = tag("He testified on July 14. Nearly two months later, it had grown.", "2016-09-12")
    assert [(m.text, m.value, m.mod) for m in later][1] == (
        "Nearly two months later", "2016-09", "LESS_THAN")


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "mod"),
    [
        # "early" and "late" before a unit mark its part; "earlier" names the unit alone
        ("The deal was signed early this year.", "early this year", "2020", "START"),
        ("The plant will close late this month.", "late this month", "2020-02", "END"),
        ("Sales rose early in the year.", "early in the year", "2020", "START"),
        ("Profit fell earlier this year.", "earlier this year", "2020", None),
        # modifiers after the expression join it too
        ("Then, a week or so ago, he picked the day.", "a week or so ago", "2020-W08", "APPROX"),
        ("It will be closed over the next two years or so.", "the next two years or so", "P2Y",
         "APPROX"),
        ("The talks may last three years or longer.", "three years or longer", "P3Y",
         "EQUAL_OR_MORE"),
        # a quantity bounds a duration, not a date, unless the date is counted
        ("Sales in 2019 or more recent years rose.", "2019", "2019", None),
        ("It ends less than two weeks from now.", "less than two weeks from now", "2020-W11",
         "LESS_THAN"),
    ],
)
def test_modifiers_join_the_mention(sentence: str, expression: str, value: str,
                                    mod: str | None) -> None:
    by_text = {m.text: m for m in tag(sentence, "2020-02-24")}
    assert expression in by_text, by_text
    assert (by_text[expression].value, by_text[expression].mod) == (value, mod)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over" a span something is spread across means during
        ("Over the past two decades, exports tripled.", ("the past two decades", "P20Y", None)),
        ("Prosecutors said he took $8 billion over several years.", ("several years", "PXY", None)),
        ("The remaining $40 million can be used over three years.", ("three years", "P3Y", None)),
        ("It adds 25 officers over two years.", ("two years", "P2Y", None)),
        ("Over two years, sales doubled.", ("two years", "P2Y", None)),
        # "over" a span counted means more than it
        ("It took over two years.", ("over two years", "P2Y", "MORE_THAN")),
        ("The tour is likely to last over a week.", ("over a week", "P1W", "MORE_THAN")),
        ("He has worked there for over two years.", ("over two years", "P2Y", "MORE_THAN")),
        ("It was the first rise in over a decade.", ("over a decade", "P10Y", "MORE_THAN")),
    ],
)
def test_over_a_span_means_during_unless_the_span_is_counted(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    (mention,) = tag(sentence, "2023-11-02")
    assert (mention.text, mention.value, mention.mod) == expected


def test_mention_keeps_offsets_granularity_and_anchor() -> None:
    text = "In December, Obama expanded the order."
    (m,) = tag(text, "2017-05-26")
    assert text[m.start:m.end] == m.text == "December"
    assert (m.granularity, m.anchor, m.direction, m.rule) == ("month", "2017-05-26", "past",
                                                               "month_alone")
    assert m.resolved


def test_absolute_dates_need_no_anchor() -> None:
    (m,) = tag("It was signed on December 29, 2016.")
    assert (m.value, m.anchor, m.resolved) == ("2016-12-29", None, True)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In December, Obama expanded the order.", "XXXX-12"),
        ("Reports last week said so.", "XXXX-WXX"),
        ("Senators met on Monday.", "XXXX-WXX-1"),
        ("It rose two years ago.", "XXXX"),
        ("He left yesterday.", "XXXX-XX-XX"),
        ("Results for the third quarter were weak.", "XXXX-Q3"),
        ("Shares fell in the last week of January.", "XXXX-WXX"),
        ("This time last year, prices were lower.", "XXXX-XX"),
    ],
)
def test_without_anchor_nothing_is_invented(sentence: str, expected: str) -> None:
    (m,) = tag(sentence)
    assert m.value == expected
    assert m.anchor is None
    assert not m.resolved


def test_month_precision_anchor_places_months_not_days() -> None:
    mentions = {m.text: m for m in tag("Last month sales fell; yesterday they rose.", "2018-03")}
    assert mentions["Last month"].value == "2018-02"
    assert mentions["yesterday"].value == "XXXX-XX-XX"


@pytest.mark.parametrize("text", ["February 30, 2020", "Feb. 30", "31 June 2019", "13/45/2020"])
def test_impossible_dates_give_no_normalized_date(text: str) -> None:
    for m in tag(f"It happened on {text}.", "2020-02-24"):
        assert m.value in ("2020", "2019") or "X" in m.value, m


def test_a_year_before_the_common_era_has_a_value_but_no_days() -> None:
    (m,) = tag("Caesar was killed in 44 BC.", "2024-05-10")
    assert (m.value, m.granularity) == ("BC0044", "year")
    assert interval(m.value) is None
    assert interval(tag("Vesuvius erupted in AD 79.", "2024-05-10")[0].value) == (
        date(79, 1, 1), date(79, 12, 31))


def test_text_without_dates() -> None:
    assert tag("The senators wrote a letter to the secretary.", "2020-02-24") == []
    assert tag("", "2020-02-24") == []


@pytest.mark.parametrize("text", [
    # ages
    "A 6-year-old boy", "the 44-year-old senator", "a six-year-old girl", "He is 52 years old",
    "They were in their late 30s to early 50s.", "He was in his 40s or 50s.",
    "She advised students until her late 70s.",
    # names and titles
    "protesters at the annual March for Life", "at the head of the March of the Mothers",
    "arrested at this march in Washington", 'Baker said on ABC\'s "This Week With David Brinkley"',
    "They took the lead with 2:31 left in the fourth quarter",
    "He scored in the third quarter of the game",
    "They outscored Boston 35-20 in the third quarter.",
    "He threw two touchdowns in the fourth quarter.",
    "Duncan scored 15 points in the first half.", "They led 50-45 in the first half.",
    "Phil Foden sealed the win late in the second half.",
    "Saka equalised early in the second half.",
    "City levelled early in the second half through Haaland.",
    "He scored 12 points in the fourth quarter.",
    "They outscored Boston 35-20 in the second and third quarters.",
    "He scored 12 points in the first and second quarters.",
    "They led in the first and second quarters of the game.",
    "Young scored 31 points, including 12 in the fourth quarter.",
    "They lost after holding a fourth-quarter lead.", "a third-quarter touchdown",
    "He scored a second-half goal.", "a first-half penalty",
    "Ireland trailed at halftime but scored three tries in the second half.",
    "He told the Sunday Times he would go", "He watched Monday Night Football",
    'Gonzalez said on CBS\'s "60 Minutes."', "a picture from the film High Noon",
    "USA Today reported the deal.", "This is VOA Today.", "as USA TODAY first reported",
    "Theresa May said the deal was done.", "May I help you?", 'He asked: "May we go?"',
    "Thank you.\nMay they rest in peace.",
    # names of wars
    "the Six-Day War", "the Hundred Years' War", "the Seven Years War",
    # numbers shaped like years
    "It cost €2020.", "He lives at 1600 Pennsylvania Avenue.", "call 555-2012-1234",
    "Secretary of the Treasury\n1500 Pennsylvania Avenue NW",
    "The bill, H.R. 2017, passed.", "The meeting is in room 1204.", "Take Interstate 1999.",
    # temperatures
    "Temperatures fell into the 30s.", "Highs will reach the upper 50s.",
    "Lows could then fall well into the 20s in the valleys.",
    "see pages 1998-2005 of the record",
    # a century before the common era is none of the calendar placed
    "The temple dates from the 5th century BC.",
    # named days that are no plain weekdays
    "Romney won on Super Tuesday.", "the markets' Black Monday",
    # ordinals and words
    "A second group of directors joined.", "after its first quarterly loss",
    "The bank begins its second century of service.",
    "They started a second, larger build-up.", "They ordered a second, separate inquiry.",
    "It was followed hours later by a second, nearly as powerful.",
    # a sequence, not the future
    "He was killed soon after being captured.", "He was soon released.",
    "after the fall of the Berlin Wall",
    # a word inside a longer one
    "Cases peaked before falling steadily.", "It stayed warm during summery days.",
    # an ordinal that is no day of the month
    "He won on the first ballot.", "She lives on the 24th floor.",
    # shares, not spans of time
    "Funds hold more than a quarter of the entire market.",
    "About 40 percent of trains ran, up from a quarter of them.", "Profit fell by a quarter.",
    "Iraq imports three-quarters of its food.",
    # a present seen from the past
    "Holders may buy at half the then current market price.",
    # fractions and scores shaped like a month and day
    "He made 3/4 of his shots.", "The team went 3/10 from the line.", "Add 1/2 cup of flour.",
    "The store is open 24/7.", "Turnout was up 5/8 on the last vote.",
    # model years
    "Police seek a 2015 to 2018 Ford F-150.", "Kopp's 1987 Chevrolet Cavalier was found.",
    # counts that are no clock times in words
    "Five past champions attended.", "Sentences ran five to ten.",
    "It rose from a quarter to three percent.", "Prices rose by a quarter to nine dollars.",
    "He was named player of the year.", "Talks stalled as recently as that.",
    "They invested in H2 production.", "The H1N1 virus spread.",
    "The budget restores Sunday library hours.", "Friday prayers drew thousands.",
    # a span in units the rules do not count, and halves of a game
    "He rebuilt the club over the past two seasons.", "Marsh scored twice in the first half.",
    # a verse, a score and a ratio shaped like a clock time
    "Read John 3:16 aloud.", "They won by 2:1 on the night.", "Mix at a ratio of 10:30.",
    # a rate after an amount written short
    "It gives the service an extra £29bn a year.", "The plan costs $5m a year.",
    "Revenue should grow 20% annually.", "It builds 10,000 units annually.",
    "The cut saves C$17.9 million annually.",
    "Intel clocks the chip at 15 million instructions per second.", "He earns $20 per hour.",
    # how often, not how long
    "Once in a while he called.", "once in a while",
    # a day counted in an event, told in the past: the text does not say which
    "It was the third day of the strike.",
    # an idiom for "in the end"
    "It will pay off in the long run.",
])
def test_not_time_expressions(text: str) -> None:
    assert tag(text, "2020-02-24") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It began several years ago.", "PAST_REF"),
        ("A few days earlier, they met.", "PAST_REF"),
        ("Several years later, it will fall.", "FUTURE_REF"),
        # told in the past, what came later still came before the document's date
        ("Several years later, it fell.", "PAST_REF"),
    ],
)
def test_vague_offsets_keep_their_direction(sentence: str, expected: str) -> None:
    (m,) = tag(sentence, "2020-02-24")
    assert m.value == expected


def test_no_expression_runs_across_a_blank_line() -> None:
    text = "Job data comes out at 10 a.m.\n\nWednesday: the Fed meets."
    assert [m.text for m in tag(text, "2023-10-29")] == ["10 a.m.", "Wednesday"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was sentenced in 2019 to 10 years in prison.", ["2019", "10 years"]),
        ("She was sentenced on Jan. 5 to 20 years in prison.", ["Jan. 5", "20 years"]),
        ("He was sentenced in 2023 to seven years.", ["2023", "seven years"]),
        ("It was grounded for seven months after that failure.", ["seven months"]),
        ("The ruling came a day earlier than expected.", ["a day"]),
        ("The cleanup is expected to last months.", ["months"]),
        ("It was signed a year before the election.", ["a year"]),
        ("Repairs take two to three weeks, or 10-15 minutes each.",
         ["two to three weeks", "10-15 minutes"]),
        # a rate is no span: "a week" after a count of things
        ("It is open 24 hours a day, seven days a week.", ["24 hours", "seven days"]),
        ("They slept fewer than six hours a night.", ["fewer than six hours"]),
    ],
)
def test_counts_of_units_that_name_no_date(sentence: str, expected: list[str]) -> None:
    assert [m.text for m in tag(sentence, "2025-10-02")] == expected


def test_a_day_alone_on_its_line_heads_the_times_below_it() -> None:
    text = ("Monday, Jan. 8\n3 p.m.: A blizzard warning is issued.\n9:45 p.m.: Snow begins.\n\n"
            "Tuesday, Jan. 9\n4 a.m.: The governor declares an emergency.")
    assert [(m.text, m.value) for m in tag(text, "2024-01-10")] == [
        ("Monday, Jan. 8", "2024-01-08"),
        ("3 p.m.", "2024-01-08T15:00"),
        ("9:45 p.m.", "2024-01-08T21:45"),
        ("Tuesday, Jan. 9", "2024-01-09"),
        ("4 a.m.", "2024-01-09T04:00"),
    ]


def test_days_labelling_lines_run_in_order() -> None:
    week_ahead = ("The Week Ahead\n\nTuesday: Voters go to the polls.\n\nWednesday: The Fed "
                  "announces its decision at 2 p.m.\n\nThursday: Apple reports earnings.\n")
    assert [(m.text, m.value) for m in tag(week_ahead, "2023-10-29")] == [
        ("Tuesday", "2023-10-31"), ("Wednesday", "2023-11-01"), ("2 p.m.", "2023-11-01T14:00"),
        ("Thursday", "2023-11-02")]
    diary = ("Monday: Jury selection began.\n\nTuesday: Opening statements. The first witness "
             "was called at 2 p.m.\n\nWednesday: The defense cross-examined a detective.\n")
    assert [(m.text, m.value) for m in tag(diary, "2024-06-22")] == [
        ("Monday", "2024-06-17"), ("Tuesday", "2024-06-18"), ("2 p.m.", "2024-06-18T14:00"),
        ("Wednesday", "2024-06-19")]


def test_the_stamps_of_a_live_report_run_past_midnight() -> None:
    text = ("10:47 p.m. - Officials say ballots will be counted.\n11:30 p.m. - She will speak.\n"
            "12:15 a.m. - She spoke.\n1:40 a.m. - We are ending our coverage.\n")
    assert [m.value for m in tag(text, "2024-11-05")] == [
        "2024-11-05T22:47", "2024-11-05T23:30", "2024-11-06T00:15", "2024-11-06T01:40"]
    # newest first: a stamp half a day back or more is left on its day
    newest_first = "1:40 a.m. - Coverage ends.\n12:15 a.m. - She spoke.\n11:30 p.m. - Wait.\n"
    assert [m.value for m in tag(newest_first, "2024-11-05")] == [
        "2024-11-05T01:40", "2024-11-05T00:15", "2024-11-05T23:30"]


def test_a_year_alone_on_its_line_frames_the_lines_below_it() -> None:
    text = ("Key dates\n\n2014\nRussia annexes Crimea. In March, the US imposes sanctions.\n\n"
            "2016\nOn Dec. 29, Obama expels 35 diplomats.\n")
    assert [(m.text, m.value) for m in tag(text, "2024-03-01")] == [
        ("2014", "2014"), ("March", "2014-03"), ("2016", "2016"), ("Dec. 29", "2016-12-29")]


def test_a_weekday_under_a_heading_counts_from_the_heading() -> None:
    text = ("Monday, Jan. 8\n3 p.m.: A warning is issued, effective from 6 a.m. Tuesday until "
            "noon Wednesday.\n")
    values = [(m.text, m.value) for m in tag(text, "2024-01-10")]
    assert values[2:] == [("6 a.m. Tuesday", "2024-01-09T06:00"),
                          ("noon Wednesday", "2024-01-10T12:00")]
    # a full date under the heading keeps its own year, month and day
    text = "Monday, Jan. 8\nThe report is due at 8:30 a.m. on Tuesday, March 5, 2024.\n"
    assert tag(text, "2024-01-10")[-1].value == "2024-03-05T08:30"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The art was made at least 51,200 years ago.", []),  # no "200 years ago"
        ("It pushes the record back by more than 5,000 years.", ["P5000Y"]),
        ("It lasted 0 days.", ["P0D"]),
    ],
)
def test_counts_in_digits_are_whole(sentence: str, expected: list[str]) -> None:
    assert [m.value for m in tag(sentence, "2025-04-30")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The flight lasted 14 hours and 20 minutes.", [("14 hours and 20 minutes", "PT14H20M")]),
        ("He served two years and three months.", [("two years and three months", "P2Y3M")]),
        ("It took a day and 12 hours.", [("a day and 12 hours", "P1DT12H")]),
        ("It lasted 3 days, 4 hours.", [("3 days, 4 hours", "P3DT4H")]),
        # a week, a vague count, or units not in falling order stay apart
        ("It lasted three weeks and two days.", [("three weeks", "P3W"), ("two days", "P2D")]),
        ("It ran for several hours and some minutes.",
         [("several hours", "PTXH"), ("some minutes", "PTXM")]),
        ("Terms of 10 years and 5 years ran.", [("10 years", "P10Y"), ("5 years", "P5Y")]),
        ("It took 20 minutes and two hours.", [("20 minutes", "PT20M"), ("two hours", "PT2H")]),
    ],
)
def test_a_duration_in_two_units_is_one(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(sentence, "2025-04-30")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # written on Wednesday 2026-11-18: the end follows the start, in the sentence's tense
        ("The conference will run from Monday to Wednesday.", ["2026-11-23", "2026-11-25"]),
        ("Between Tuesday and Thursday, prices rose.", ["2026-11-10", "2026-11-12"]),
        ("The festival ran Dec. 28-Jan. 3.", ["2025-12-28", "2026-01-03"]),
        ("It ran Monday-Wednesday.", ["2026-11-16", "2026-11-18"]),
        ("The storm hit between Sunday night and Monday morning.",
         ["2026-11-15TNI", "2026-11-16TMO"]),
        ("The curfew runs from 10 p.m. to 2 a.m.", ["2026-11-18T22:00", "2026-11-19T02:00"]),
        ("It lasted from 11:30 p.m. Sunday to 1 a.m.", ["2026-11-15T23:30", "2026-11-16T01:00"]),
        ("The shop is open from 9 a.m. to 5 p.m.", ["2026-11-18T09:00", "2026-11-18T17:00"]),
        ("It meets from 10 to 11 a.m. Thursday.", ["2026-11-19T10:00", "2026-11-19T11:00"]),
        ("The curfew runs from 10 p.m. to 2 a.m. on Friday.",
         ["2026-11-19T22:00", "2026-11-20T02:00"]),
        ("Voting ran from Dec. 28, 2025 to Jan. 3.", ["2025-12-28", "2026-01-03"]),
        # months alone: a past range keeps its end, any other its start
        ("312 deaths were recorded between October and May.", ["2025-10", "2026-05"]),
        ("The ban will run from December to March.", ["2026-12", "2027-03"]),
        # the start is in effect ahead; only the end took the past of "issued"
        ("It issued a watch, in effect from 7 p.m. Thursday through 10 a.m. Saturday.",
         ["2026-11-19T19:00", "2026-11-21T10:00"]),
        # not one range: each day keeps its own place
        ("He left on Friday and she will return on Monday.", ["2026-11-13", "2026-11-23"]),
    ],
)
def test_a_range_ends_after_it_starts(sentence: str, expected: list[str]) -> None:
    assert [m.value for m in tag(sentence, "2026-11-18")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a source spoke is not the day the story tells
        ("He was arrested early Sunday, police said Monday. Deputies saw his car at 1:45 a.m.",
         "2025-12-28T01:45"),
        ("He was arrested Sunday, police said Monday in a statement. They saw him at 1:45 a.m.",
         "2025-12-28T01:45"),
        # what follows "said Monday that" is news of that day
        ("Police said Monday that the man surrendered at 1:45 a.m.", "2025-12-29T01:45"),
    ],
)
def test_a_day_of_attribution_is_no_reference(text: str, expected: str) -> None:
    assert tag(text, "2025-12-29")[-1].value == expected


def test_a_decade_named_is_the_reference_of_the_next() -> None:
    text = "In the early 1950s it was rebuilt. The following decade brought a long decline."
    assert [m.value for m in tag(text, "2026-05-10")] == ["195", "196"]


def test_a_quarter_compared_a_year_back_is_no_reference() -> None:
    # "the quarter" is the quarter named; the year-back quarter it is compared with in the
    # same sentence is a base, not the period "a year earlier" counts from
    text = ("It reported results for its fiscal first quarter. Revenue for the quarter was $412 "
            "million, up 14% from $361 million in the first quarter of 2024. Net income was $38 "
            "million, compared with $29 million a year earlier.")
    assert [m.value for m in tag(text, "2025-11-05")] == ["2025-Q1", "2025-Q1", "2024-Q1",
                                                          "2024-Q1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closed quarter's year-back, in a later sentence, is still only compared with it
        ("Sales rose 39% in the third quarter. In the 1988 period, it earned $20 million. It "
         "had expected to break even for the quarter.", ["1989-Q3", "1988-Q3", "1989-Q3"]),
        # after a forecast, the year-back quarter is the news
        ("Sales will rise in the third quarter of 1990, it said. Third-quarter sales dropped "
         "11% from a year ago.", ["1990-Q3", "1989-Q3", "1988-Q3"]),
    ],
)
def test_a_year_back_base_after_a_closed_quarter(text: str, expected: list[str]) -> None:
    assert [m.value for m in tag(text, "1989-10-26")] == expected
