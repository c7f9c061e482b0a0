package timex

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// want is an expected expression: "text=value/precision/type".
type want string

func (w want) parse(t *testing.T) (text, value, prec, typ string) {
	t.Helper()
	text, rest, ok := strings.Cut(string(w), "=")
	parts := strings.Split(rest, "/")
	if !ok || len(parts) != 3 {
		t.Fatalf("bad want %q", w)
	}
	return text, parts[0], parts[1], parts[2]
}

func format(xs []doc.Timex) string {
	var b strings.Builder
	for _, x := range xs {
		fmt.Fprintf(&b, "  %s=%s/%s/%s\n", x.Text, x.Value, x.Precision, x.Type)
	}
	return b.String()
}

func mustNew(t testing.TB) *Recognizer {
	t.Helper()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFind(t *testing.T) {
	r := mustNew(t)
	const sat = "2025-09-06" // a Saturday, ISO week 36
	tests := []struct {
		text   string
		anchor string
		want   []want
	}{
		// explicit dates
		{"Putin said on September 5 that troops would be targets.", sat, []want{"September 5=2025-09-05/day/date"}},
		{"It happened on Sept. 5 in the capital.", sat, []want{"Sept. 5=2025-09-05/day/date"}},
		{"The deal was signed Sep 5th after talks.", sat, []want{"Sep 5th=2025-09-05/day/date"}},
		{"Elections were held on 5 September 2025.", sat, []want{"5 September 2025=2025-09-05/day/date"}},
		{"The memo is dated 9/5/2025.", sat, []want{"9/5/2025=2025-09-05/day/date"}},
		{"The filing of 2025-09-05 was public.", sat, []want{"2025-09-05=2025-09-05/day/date"}},
		{"On September 5, 2024, the court ruled.", sat, []want{"September 5, 2024=2024-09-05/day/date"}},
		{"The minister resigned on the 3rd of March.", sat, []want{"the 3rd of March=2025-03-03/day/date"}},
		{"Talks end Friday, Sept. 12, officials said.", sat, []want{"Friday, Sept. 12=2025-09-12/day/date"}},
		// weekdays and relative days
		{"The army said Friday that it had withdrawn.", sat, []want{"Friday=2025-09-05/day/date"}},
		{"The strike on Saturday killed four.", sat, []want{"Saturday=2025-09-06/day/date"}},
		{"Rebels attacked the town last Tuesday.", sat, []want{"last Tuesday=2025-09-02/day/date"}},
		{"The leaders meet next Monday.", sat, []want{"next Monday=2025-09-08/day/date"}},
		{"The council will vote on Wednesday.", sat, []want{"Wednesday=2025-09-10/day/date"}},
		{"Officials said on Wednesday that the army will withdraw.", sat, []want{"Wednesday=2025-09-03/day/date"}},
		{"Yesterday the talks failed; today they resume and tomorrow they end.", sat, []want{"Yesterday=2025-09-05/day/date", "today=2025-09-06/day/date", "tomorrow=2025-09-07/day/date"}},
		{"Troops arrived Friday morning and left tonight.", sat, []want{"Friday morning=2025-09-05TMO/hour/time", "tonight=2025-09-06TNI/hour/time"}},
		{"Shelling resumed last night and this morning.", sat, []want{"last night=2025-09-05TNI/hour/time", "this morning=2025-09-06TMO/hour/time"}},
		// weeks, months, years relative to the anchor
		{"Prices rose earlier this month and last week.", sat, []want{"earlier this month=2025-09/month/date", "last week=2025-W35/week/date"}},
		// session 14: "later in the year" after a year of the sentence
		// before is that year, unless it is to come
		{"Militias held the pass for most of 2022 before troops took it back in February.", sat, []want{"2022=2022/year/date", "February=2023-02/month/date"}},
		{"He was charged in 2022 and pleaded guilty in February.", sat, []want{"2022=2022/year/date", "February=2025-02/month/date"}},
		{"Files from 2020 to 2022 went unread until auditors asked in February.", sat, []want{"2020=2020/year/date", "2022=2022/year/date", "February=2025-02/month/date"}},
		{"Shelling resumed on Friday after a truce agreed on Saturday.", "2025-09-13", []want{"Friday=2025-09-12/day/date", "Saturday=2025-09-06/day/date"}},
		{"He was arrested on Friday after a raid and will appear in court on Monday.", sat, []want{"Friday=2025-09-05/day/date", "Monday=2025-09-08/day/date"}},
		{"The firm listed in 2019. Later in the year it bought a rival.", sat, []want{"2019=2019/year/date", "Later in the year=2019/year/date"}},
		{"The firm listed in 2019. It will raise more money later in the year.", sat, []want{"2019=2019/year/date", "later in the year=2025/year/date"}},
		{"Growth slowed this year and will pick up next year.", sat, []want{"this year=2025/year/date", "next year=2026/year/date"}},
		{"The rally took place two weeks ago.", sat, []want{"two weeks ago=2025-W34/week/date"}},
		{"He was arrested three days ago.", sat, []want{"three days ago=2025-09-03/day/date"}},
		{"The blockade ended a year ago.", sat, []want{"a year ago=2024/year/date"}},
		{"Unemployment peaked late last year.", sat, []want{"late last year=2024/year/date"}},
		{"The law passed in early 2023 and took effect by mid-2024.", sat, []want{"early 2023=2023/year/date", "mid-2024=2024/year/date"}},
		{"Talks stalled in March and resumed in March 2024.", sat, []want{"March=2025-03/month/date", "March 2024=2024-03/month/date"}},
		{"The war began in 2019.", sat, []want{"2019=2019/year/date"}},
		{"Sanctions have been in place since 2014.", sat, []want{"2014=2014/year/date"}},
		{"He lost the 2016 election.", sat, []want{"2016=2016/year/date"}},
		{"The party ruled in the 1990s and the 2010s.", sat, []want{"the 1990s=199X/decade/date", "the 2010s=201X/decade/date"}},
		{"Violence has fallen over the past decade.", sat, []want{"the past decade=P1DE/decade/duration"}},
		{"Output fell in the third quarter of 2024.", sat, []want{"the third quarter of 2024=2024-Q3/quarter/date"}},
		{"Borders were drawn in the 20th century.", sat, []want{"the 20th century=19XX/century/date"}},
		{"They will meet again this weekend.", sat, []want{"this weekend=2025-W36-WE/week/date"}},
		{"Floods hit the north this summer.", sat, []want{"this summer=2025-SU/quarter/date"}},
		// times
		{"The vote opens at 10:30 a.m. and closes at noon.", sat, []want{"10:30 a.m.=2025-09-06T10:30/minute/time", "noon=2025-09-06T12:00/minute/time"}},
		{"The blast was heard at 3 p.m. ET on Friday.", sat, []want{"3 p.m. ET=2025-09-05T15:00/hour/time", "Friday=2025-09-05/day/date"}},
		{"Polls close at 21:00 GMT.", sat, []want{"21:00 GMT=2025-09-06T21:00/minute/time"}},
		// "p.m." neither ends the clause nor hides "will" from the weekday
		{"They will host the forum at 3 p.m. Friday.", sat, []want{"3 p.m. Friday=2025-09-12T15:00/hour/time"}},
		// durations
		{"The siege lasted two weeks.", sat, []want{"two weeks=P2W/week/duration"}},
		{"He served three years in prison.", sat, []want{"three years=P3Y/year/duration"}},
		{"A ceasefire of 48 hours was agreed.", sat, []want{"48 hours=PT48H/hour/duration"}},
		{"It took a decade to rebuild.", sat, []want{"a decade=P1DE/decade/duration"}},
		{"The dispute has dragged on for years.", sat, []want{"years=PXY/year/duration"}},
		{"He won a two-year term.", sat, []want{"two-year=P2Y/year/duration"}},
		{"Talks lasted a few days.", sat, []want{"a few days=PXD/day/duration"}},
		{"Aid has stalled in recent weeks.", sat, []want{"recent weeks=PXW/week/duration"}},
		// sets
		{"Inspectors visit every week and report daily.", sat, []want{"every week=P1W/week/set", "daily=P1D/day/set"}},
		{"The council meets each year and publishes weekly.", sat, []want{"each year=P1Y/year/set", "weekly=P1W/week/set"}},
		{"The board meets twice a year.", sat, []want{"twice a year=P1Y/year/set"}},
		{"Protests are held every Monday.", sat, []want{"every Monday=XXXX-WXX-1/day/set"}},
		// references
		{"The town is now under siege.", sat, []want{"now=PRESENT_REF//date"}},
		{"Such raids were rare in the past.", sat, []want{"the past=PAST_REF//date"}},
		// year boundaries, past preference
		{"The treaty was signed on December 30.", "2026-01-03", []want{"December 30=2025-12-30/day/date"}},
		{"The treaty was signed on January 2.", "2025-12-30", []want{"January 2=2025-01-02/day/date"}},
		{"The summit will open on January 2.", "2025-12-30", []want{"January 2=2026-01-02/day/date"}},
		{"Leaders met last Friday.", "2026-01-01", []want{"last Friday=2025-12-26/day/date"}},
		{"The report came out last month.", "2026-01-15", []want{"last month=2025-12/month/date"}},
		{"Fighting began last week.", "2026-01-02", []want{"last week=2025-W52/week/date"}},
		// unknown anchor
		{"On September 5 and Friday, yesterday, last week, in March, the army moved; two weeks later it left in 2019.", "", []want{
			"September 5=XXXX-09-05/day/date", "Friday=XXXX-WXX-5/day/date", "yesterday=XXXX-XX-XX/day/date",
			"last week=XXXX-WXX/week/date", "March=XXXX-03/month/date", "two weeks later=XXXX-WXX/week/date", "2019=2019/year/date"}},
		// ranges, weekday checks, relative to the previous date
		{"Voting will run on September 20 and 21.", sat, []want{"September 20=2025-09-20/day/date", "21=2025-09-21/day/date"}},
		{"The session ran from October to February.", sat, []want{"October=2024-10/month/date", "February=2025-02/month/date"}},
		{"Talks resume Monday, Sept. 8, in Geneva.", sat, []want{"Monday, Sept. 8=2025-09-08/day/date"}},
		{"Exports grew in the fourth quarter of 2023 from a year earlier.", sat, []want{"the fourth quarter of 2023=2023-Q4/quarter/date", "a year earlier=2022-Q4/quarter/date"}},
		{"Rebels took the town on March 3. The next day, troops arrived; the day before, shelling hit the port.", sat, []want{"March 3=2025-03-03/day/date", "The next day=2025-03-04/day/date", "the day before=2025-03-03/day/date"}},
		{"The deal collapsed in March 2024; the following month fighting resumed, and the same day talks failed.", sat, []want{"March 2024=2024-03/month/date", "the following month=2024-04/month/date"}},
		{"The election was held in 2019 and the previous year the party split.", sat, []want{"2019=2019/year/date", "the previous year=2018/year/date"}},
		{"The next day was quiet. The day before the vote he spoke.", sat, nil},
		{"The base will close three months from now.", sat, []want{"three months from now=2025-12/month/date"}},
		{"Fireworks lit New Year's Eve 2024 and the nineties were calm.", sat, []want{"New Year's Eve 2024=2024-12-31/day/date", "the nineties=199X/decade/date"}},
		{"Shops close at 5 o'clock on Sundays and every summer.", sat, []want{"5 o'clock=2025-09-06T05:00/hour/time", "Sundays=XXXX-WXX-7/day/set", "every summer=XXXX-SU/quarter/set"}},
		// holidays by rule, nearest the anchor unless a cue decides
		{"Turnout on Election Day was high.", "2024-11-20", []want{"Election Day=2024-11-05/day/date"}},
		{"Campaigns are spending heavily as Election Day nears.", "2024-09-20", []want{"Election Day=2024-11-05/day/date"}},
		{"Stores opened early on Thanksgiving and will close on Good Friday.", "2024-01-10", []want{"Thanksgiving=2023-11-23/day/date", "Good Friday=2024-03-29/day/date"}},
		{"Pilgrims came for Easter 2019, Easter 2025 and Memorial Day 2021.", sat, []want{"Easter 2019=2019-04-21/day/date", "Easter 2025=2025-04-20/day/date", "Memorial Day 2021=2021-05-31/day/date"}},
		{"Parliament will return after Labor Day.", "2025-08-01", []want{"Labor Day=2025-09-01/day/date"}},
		{"The fair closes on Christmas Eve.", "2025-12-01", []want{"Christmas Eve=2025-12-24/day/date"}},
		{"Gifts were opened on Christmas morning.", "2026-01-03", []want{"Christmas=2025-12-25/day/date"}},
		// movable holidays of other calendars: table dates, the Julian computus
		{"Fasting for Ramadan began as talks resumed, and Eid al-Fitr 2016 was quiet.", "2024-03-20", []want{"Ramadan=2024-03-11/day/date", "Eid al-Fitr 2016=2016-07-06/day/date"}},
		{"Orthodox Easter was quiet, unlike Easter 2024 and Orthodox Easter 2021.", sat, []want{"Orthodox Easter=2025-04-20/day/date", "Easter 2024=2024-03-31/day/date", "Orthodox Easter 2021=2021-05-02/day/date"}},
		{"Markets will shut for Rosh Hashanah and Yom Kippur.", "2025-09-10", []want{"Rosh Hashanah=2025-09-23/day/date", "Yom Kippur=2025-10-02/day/date"}},
		{"Eid-al-Adha and Eid ul-Fitr fell early; Eid al Adha 2040 is far off.", "2023-07-01", []want{"Eid-al-Adha=2023-06-28/day/date", "Eid ul-Fitr=2023-04-21/day/date", "Eid al Adha 2040=2040/year/date"}},
		{"Shoppers crowded markets before Diwali, and prices rose during Chinese New Year.", "2012-11-20", []want{"Diwali=2012/year/date", "Chinese New Year=2012/year/date"}},
		{"Families will gather on the first night of Hanukkah and after Eid.", "2026-11-20", []want{"Hanukkah=2026-12-05/day/date", "Eid=2027-03-09/day/date"}},
		// months as modifiers, seasons after a preposition, years after new cues
		{"Polls tightened before the November election and after a March primary.", "2016-10-01", []want{"November=2016-11/month/date", "March=2016-03/month/date"}},
		{"Turnout fell in November's vote.", "2016-12-01", []want{"November=2016-11/month/date"}},
		{"The talks stalled over the winter and resumed in the spring.", "2025-01-20", []want{"the winter=2024-WI/quarter/date", "the spring=2024-SP/quarter/date"}},
		{"The party expects to win in the fall.", "2025-04-01", []want{"the fall=2025-FA/quarter/date"}},
		{"Spending is higher than 2019, as it was prior to 2008, and rose into 2021.", sat, []want{"2019=2019/year/date", "2008=2008/year/date", "2021=2021/year/date"}},
		{"The law (2014) and every 2016 candidate.", sat, []want{"2014=2014/year/date", "2016=2016/year/date"}},
		{"Rebels held the town long ago, and a long time ago the port.", sat, []want{"long ago=PAST_REF//date", "a long time ago=PAST_REF//date"}},
		{"The order was signed at 9 a.m. on Tuesday, March 4, 2025.", sat, []want{"9 a.m.=2025-03-04T09:00/hour/time", "Tuesday, March 4, 2025=2025-03-04/day/date"}},
		{"Both parties prepared for the fall campaign after Super Tuesday.", "2016-07-10", []want{"the fall=2016-FA/quarter/date", "Super Tuesday=2016-03-01/day/date"}},
		{"She won in both 2008 and 2012. Copyright 2018 The Daily Wire.", sat, []want{"2008=2008/year/date", "2012=2012/year/date", "2018=2018/year/date"}},
		{"Deficits will shrink this year, the budget office reported on Tuesday.", "2016-01-20", []want{"this year=2016/year/date", "Tuesday=2016-01-19/day/date"}},
		{"The report will be released on Tuesday.", "2016-01-20", []want{"Tuesday=2016-01-26/day/date"}},
		{"Voting started at 9.30 pm and the session at 10.15 AM.", sat, []want{"9.30 pm=2025-09-06T21:30/minute/time", "10.15 AM=2025-09-06T10:15/minute/time"}},
		{"The law passed a quarter-century ago after a half-century of debate. Months ago it was amended on June 4th: the vote was close.", sat, []want{"a quarter-century ago=2000/year/date", "a half-century=P50Y/year/duration", "Months ago=PAST_REF//date", "June 4th=2025-06-04/day/date"}},
		{"She is the favourite to win come November.", "2016-06-10", []want{"November=2016-11/month/date"}},
		// TIMEX3 conventions (TimeBank, TempEval-3): X-padded decades and
		// centuries, DE/CE durations, approximators inside the span, ages
		// and "over" (a preposition) outside it, "current"/"recent" as
		// references
		{"Trade boomed in the 1980s, the early nineties and the 19th century.", sat, []want{"the 1980s=198X/decade/date", "the early nineties=199X/decade/date", "the 19th century=18XX/century/date"}},
		{"The feud lasted two decades, then a century of calm; it went on for decades.", sat, []want{"two decades=P2DE/decade/duration", "a century=P1CE/century/duration", "decades=PXDE/decade/duration"}},
		{"Talks ran for about six hours after nearly two weeks of delay and more than a year of planning.", sat, []want{"about six hours=PT6H/hour/duration", "nearly two weeks=P2W/week/duration", "more than a year=P1Y/year/duration"}},
		{"The road stays shut for at least ten days, up to 48 hours longer, or no more than a month.", sat, []want{"at least ten days=P10D/day/duration", "up to 48 hours=PT48H/hour/duration", "no more than a month=P1M/month/duration"}},
		{"The mine closed about three years ago; talks stretched over two days.", sat, []want{"about three years ago=2022/year/date", "two days=P2D/day/duration"}},
		{"The 45 years old mayor, aged 60 years, met a man two years older.", sat, nil},
		{"The current government blamed recent attacks on rebels; right now it is calm.", sat, []want{"current=PRESENT_REF//date", "recent=PAST_REF//date", "right now=PRESENT_REF//date"}},
		{"The current account deficit and a current-account gap, electric current and recent weeks.", sat, []want{"recent weeks=PXW/week/duration"}},
		{"Posted Saturday, March 1, 2025 1:19 PM by staff; the board met on Thursday at 10 a.m. and closed at 3 p.m.", sat, []want{"Saturday, March 1, 2025=2025-03-01/day/date", "1:19 PM=2025-03-01T13:19/minute/time", "Thursday=2025-09-04/day/date", "10 a.m.=2025-09-04T10:00/hour/time", "3 p.m.=2025-09-04T15:00/hour/time"}},
		{"On Thursday the price runs from 7 a.m. today until 11:59 p.m. on Sunday.", sat, []want{"Thursday=2025-09-04/day/date", "7 a.m. today=2025-09-06T07:00/hour/time", "11:59 p.m.=2025-09-07T23:59/minute/time", "Sunday=2025-09-07/day/date"}},
		{"On Thursday police met. The blast came at about 10 p.m. and ended around 11:30 pm.", sat, []want{"Thursday=2025-09-04/day/date", "about 10 p.m.=2025-09-06T22:00/hour/time", "around 11:30 pm=2025-09-06T23:30/minute/time"}},
		{"Rents doubled in the 1970's and in the 2000’s.", sat, []want{"the 1970's=197X/decade/date", "the 2000’s=200X/decade/date"}},
		{"The strike began in 1984 and that year mines closed; in May 2020 sales fell and that month rents rose, the same month last year.", sat, []want{"1984=1984/year/date", "that year=1984/year/date", "May 2020=2020-05/month/date", "that month=2020-05/month/date", "the same month last year=2019-05/month/date"}},
		{"He said that day-to-day work and that year-long effort mattered.", sat, []want{"year-long=P1Y/year/duration"}},
		{"The accord of 09.03.2018 shaped the post-1994 order; version 1.2.3 and 3.10.20456 are not dates.", sat, []want{"09.03.2018=2018-03-09/day/date", "1994=1994/year/date"}},
		{"A week earlier the current fiscal year began; the day after tomorrow is the vote, the day before yesterday the count.", sat, []want{"A week earlier=2025-W35/week/date", "the current fiscal year=2025/year/date", "the day after tomorrow=2025-09-08/day/date", "the day before yesterday=2025-09-04/day/date"}},
		// not time expressions
		{"The fall of the city and the fall in prices worried summer interns.", sat, nil},
		{"Easter Island and Easter Seals; the March on Washington; Theresa May's cabinet.", sat, nil},
		{"Voters gave more than 1000 answers (300) to the May cabinet.", sat, nil},
		{"He hosted Saturday Night Live and bought a Christmas tree.", sat, nil},
		{"A USA TODAY poll found winds of 150 km an hour cost $1 billion a year.", sat, nil},
		{"Case 379480 and file 2882015 were closed; call 555-1234.", sat, nil},
		{"Some 1,000 people and 10 soldiers, 3.5 percent, the 21 members.", sat, nil},
		{"See page 12, section 2019, and item 2020.", sat, nil},
		{"They may attack again.", sat, nil},
		{"The march on the capital was peaceful.", sat, nil},
		{"The March on Washington drew thousands.", sat, nil},
		{"Prime Minister Theresa May said the talks failed.", sat, nil},
		{"The Sunday Times reported the story.", sat, nil},
		{"He said it in an interview with USA Today.", sat, nil},
		{"The 2000 troops crossed the border.", sat, nil},
		{"A 10-year-old boy was hurt.", sat, nil},
		{"The poll of 18-to-34-year-olds and 65-year-olds.", sat, nil},
		{"The future of Ukraine is at stake.", sat, nil},
		// session 13: dates told from another date of the text, first plans, rescheduled dates
		{"The vote was held on March 3, and the results came out the following Tuesday.", sat,
			[]want{"March 3=2025-03-03/day/date", "the following Tuesday=2025-03-04/day/date"}},
		{"The ship left port on Oct. 2, 2023, and arrived the following week.", sat,
			[]want{"Oct. 2, 2023=2023-10-02/day/date", "the following week=2023-W41/week/date"}},
		{"The council also meets in the next week.", sat, []want{"the next week=P1W/week/duration"}},
		{"The envoy flies to Oslo on Monday and returns on Friday.", sat,
			[]want{"Monday=2025-09-08/day/date", "Friday=2025-09-12/day/date"}},
		{"The talks, originally planned for Monday, were postponed.", sat, []want{"Monday=2025-09-08/day/date"}},
		{"The talks, originally planned for Thursday, were postponed.", sat, []want{"Thursday=2025-09-04/day/date"}},
		{"The vote was postponed to May.", sat, []want{"May=2026-05/month/date"}},
		{"The hearing was delayed until December.", sat, []want{"December=2025-12/month/date"}},
		{"The court rules on the appeal on Thursday.", sat, []want{"Thursday=2025-09-11/day/date"}},
		{"Republican votes on Thursday were counted.", sat, []want{"Thursday=2025-09-04/day/date"}},
		{"The launch was initially planned for 2024.", sat, []want{"2024=2024/year/date"}},
		{"The election was postponed to 2027.", sat, []want{"2027=2027/year/date"}},
		{"Revenue for 2000 people fell.", sat, nil},
		// session 13, round 2: the month or year of the sentence before, changed plans, present verbs without tags
		{"The rebels seized the town in May. By the end of the month they held the province.", sat,
			[]want{"May=2025-05/month/date", "the end of the month=2025-05/month/date"}},
		{"The drought began in 2019.\n\nBy the end of the year, the herds had died.", sat,
			[]want{"2019=2019/year/date", "the end of the year=2019/year/date"}},
		{"The strike began on May 3. Talks failed. By the end of the month it was over.", sat,
			[]want{"May 3=2025-05-03/day/date", "the end of the month=2025-09/month/date"}},
		{"The strike began on May 3. It had spread by the end of the month.", sat,
			[]want{"May 3=2025-05-03/day/date", "the end of the month=2025-05/month/date"}},
		{"Parliament will debate the bill in October, and a vote is expected by the end of the month.", sat,
			[]want{"October=2025-10/month/date", "the end of the month=2025-10/month/date"}},
		{"The vote had been scheduled for December but was brought forward to November.", sat,
			[]want{"December=2025-12/month/date", "November=2025-11/month/date"}},
		{"The launch had been planned for July but was pushed back to October.", sat,
			[]want{"July=2025-07/month/date", "October=2025-10/month/date"}},
		{"The statistics office publishes inflation figures on Friday.", sat, []want{"Friday=2025-09-12/day/date"}},
		{"The central bank announces its decision on Thursday.", sat, []want{"Thursday=2025-09-11/day/date"}},
		{"The border talks ended on Monday.", sat, []want{"Monday=2025-09-01/day/date"}},
		{"The rebels seized the town in May; by the end of the month they held the province.", sat,
			[]want{"May=2025-05/month/date", "the end of the month=2025-05/month/date"}},
		{"Prices rose in May and will fall by the end of the month.", sat,
			[]want{"May=2025-05/month/date", "the end of the month=2025-09/month/date"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := r.Find(tt.text, day(tt.anchor))
			var wantS strings.Builder
			for _, w := range tt.want {
				text, v, p, ty := w.parse(t)
				fmt.Fprintf(&wantS, "  %s=%s/%s/%s\n", text, v, p, ty)
			}
			if g := format(got); g != wantS.String() {
				t.Errorf("anchor %q\n got:\n%s want:\n%s", tt.anchor, g, wantS.String())
			}
			for _, x := range got {
				if tt.text[x.Start:x.End] != x.Text {
					t.Errorf("span %v is %q, Text %q", x.Span, tt.text[x.Start:x.End], x.Text)
				}
			}
		})
	}
}

func TestProcess(t *testing.T) {
	r := mustNew(t)
	pub, err := doc.ParseTime("2025-09-06T10:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Text: "Officials said on Friday that two hours ago the shelling stopped.", Published: pub}
	if err := r.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	want := "  Friday=2025-09-05/day/date\n  two hours ago=2025-09-06T08/hour/date\n"
	if g := format(d.Times); g != want {
		t.Errorf("got:\n%s want:\n%s", g, want)
	}
	// unknown publication time
	d = &doc.Doc{Text: "The talks resumed yesterday."}
	if err := r.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if g := format(d.Times); g != "  yesterday=XXXX-XX-XX/day/date\n" {
		t.Errorf("unknown anchor: got %s", g)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Process(ctx, d); err == nil {
		t.Error("Process with a cancelled context: want an error")
	}
}

func TestConcurrent(t *testing.T) {
	r := mustNew(t)
	text := "On September 5 the army said that two weeks ago, on Friday morning, it attacked; it will withdraw next year."
	want := format(r.Find(text, day("2025-09-06")))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if g := format(r.Find(text, day("2025-09-06"))); g != want {
					t.Errorf("concurrent Find: got %s want %s", g, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestHolidayDates checks data/holiday-dates.txt: a date in every year of
// 2015-2030 for every key, and the calendars' own constraints (a wrong
// line breaks one of them).
func TestHolidayDates(t *testing.T) {
	tables, err := loadHolidayDates()
	if err != nil {
		t.Fatal(err)
	}
	inYear := func(key string, y int) time.Time {
		for _, d := range tables[key] {
			if d.Year() == y {
				return d
			}
		}
		t.Errorf("%s: no date in %d", key, y)
		return time.Time{}
	}
	days := func(a, b time.Time) int { return int(b.Sub(a).Hours()+0.5) / 24 }
	for _, key := range []string{"ramadan", "eid al-fitr", "eid al-adha", "lunar new year", "diwali", "passover", "hanukkah"} {
		if len(tables[key]) == 0 {
			t.Fatalf("no dates for %q", key)
		}
	}
	for y := 2015; y <= 2030; y++ {
		ram, fitr, adha := inYear("ramadan", y), inYear("eid al-fitr", y), inYear("eid al-adha", y)
		if n := days(ram, fitr); n != 29 && n != 30 {
			t.Errorf("%d: Eid al-Fitr %d days after Ramadan begins, want 29 or 30", y, n)
		}
		if n := days(fitr, adha); n < 67 || n > 69 {
			t.Errorf("%d: Eid al-Adha %d days after Eid al-Fitr, want 67-69", y, n)
		}
		if lny := inYear("lunar new year", y); lny.Before(time.Date(y, 1, 21, 0, 0, 0, 0, time.UTC)) || lny.After(time.Date(y, 2, 21, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%d: Lunar New Year %s outside January 21 - February 20", y, lny.Format(time.DateOnly))
		}
		if d := inYear("diwali", y); d.Before(time.Date(y, 10, 15, 0, 0, 0, 0, time.UTC)) || d.After(time.Date(y, 11, 16, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%d: Diwali %s outside October 15 - November 15", y, d.Format(time.DateOnly))
		}
		p := inYear("passover", y)
		if wd := p.Weekday(); wd == time.Monday || wd == time.Wednesday || wd == time.Friday {
			t.Errorf("%d: Passover on a %s", y, wd)
		}
		if y < 2030 {
			// the Hebrew year from this Passover to the next is 353-355 or
			// 383-385 days; a complete one (355, 385) has a 30-day Heshvan,
			// which puts Hanukkah a day later
			length := days(p, inYear("passover", y+1))
			if length%30 < 23 || length%30 > 25 || length/30 != 11 && length/30 != 12 {
				t.Errorf("%d: Hebrew year of %d days", y, length)
			}
			want := 246
			if length%10 == 5 {
				want = 247
			}
			if n := days(p, inYear("hanukkah", y)); n != want {
				t.Errorf("%d: Hanukkah %d days after Passover, want %d", y, n, want)
			}
		}
	}
	// the Julian computus against known Orthodox Easters
	for y, want := range map[int]string{2016: "2016-05-01", 2021: "2021-05-02", 2023: "2023-04-16", 2024: "2024-05-05", 2025: "2025-04-20", 2026: "2026-04-12"} {
		if got := orthodoxEaster(y).Format(time.DateOnly); got != want {
			t.Errorf("orthodoxEaster(%d) = %s, want %s", y, got, want)
		}
	}
	// a rule naming a key with no dates is an error
	if _, err := parseHolidayRule("table:no such key", tables); err == nil {
		t.Error("table:no such key: want an error")
	}
}
