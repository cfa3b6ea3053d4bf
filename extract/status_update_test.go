package extract

import "testing"

// A status update dates each Council decision in a sentence of its own
// ("Haiti: On 15 February the Council extended ..."), mandates run to a date
// of the next year ("until 26 February 2008"), and a press symbol can close
// the sentence before a day. The days written without a year are the
// update's, each is a meeting the update reports (none is background), and a
// symbol in the sentence before dates no day.
func TestStatusUpdateChronology(t *testing.T) {
	// https://www.securitycouncilreport.org/monthly-forecast/2007-03/lookup_c_glkwlemtisg_b_2549767.php
	text := "March 2007 Monthly Forecast\n\nPosted 1 March 2007\nDownload Complete Forecast: PDF\n\nStatus Update\n\n" +
		"  • Democratic Republic of Congo: On 15 February the Council adopted resolution 1742 rolling over MONUC’s mandate until 15 April 2007. (S/2007/68)\n" +
		"  • Security Sector Reform: On 20 February, the Council held an open debate on security sector reform. (S/PRST/2007/3)\n" +
		"  • Timor-Leste: On 22 February the Council adopted resolution 1745 extending UNMIT’s mandate until 26 February 2008 and increasing its police personnel. (S/2007/50)\n" +
		"  • Terrorism & WMDs: Resolution 1540: On 23 February, the Council held an open debate (S/PV.5635), chaired by Slovakia’s Foreign Minister Ján Kubiš, and adopted a presidential statement (S/PRST/2007/4).\n"
	f := extractString(t, text)
	ids := entityIDs(f, TypeMeeting)
	for _, want := range []string{"meeting:UNSC:2007-02-15", "meeting:UNSC:2007-02-20", "meeting:UNSC:2007-02-22", "meeting:UNSC:2007-02-23"} {
		if !ids[want] {
			t.Errorf("meetings %v, want %s", ids, want)
		}
	}
	if ids["meeting:UNSC:2008-02-23"] {
		t.Errorf("meetings %v: 23 February took the year of the mandate's end", ids)
	}
	if !relationsOf(f, PredPresidedBy)["meeting:UNSC:2007-02-23 country:SVK"] {
		t.Errorf("presidedBy %v, want meeting:UNSC:2007-02-23 country:SVK", relationsOf(f, PredPresidedBy))
	}

	// Each item is a meeting the update reports, none is background.
	if refs := relationsOf(f, PredReferences); len(refs) != 0 {
		t.Errorf("references %v: a chronology reports each of its days", refs)
	}

	// https://www.securitycouncilreport.org/monthly-forecast/2019-04/status-update-5.php:
	// a press release's symbol closes the sentence before the day.
	text = "April 2019 Monthly Forecast\n\nPosted 29 March 2019\n\nStatus Update since our March Forecast\n\n" +
		"On 1 March, Council members issued a press statement, condemning the terrorist attacks of 28 February along the Mukkah Almukaramah road in Mogadishu, which killed and injured innocent Somalis (SC/13729). " +
		"On 27 March, the Council renewed the mandate of UNSOM until 31 March 2020 (S/RES/2461).\n\n" +
		"On 28 March, the Council held an open debate on combatting the financing of terrorism, with briefings by the Under-Secretary-General of the UN Counter-Terrorism Office, Vladimir Voronkov (via video teleconference) (S/PV.8496).\n\n" +
		"OSCE Briefing\n\nOn 7 March, Slovakian Foreign Minister Miroslav Lajčák briefied the Council in his role of OSCE Chairperson-in-Office (S/PV.8479).\n\n" +
		"South Sudan\n\nOn 8 March, the Council received a briefing from Special Representative and head of UNMISS David Shearer (S/PV.8480)\n"
	f = extractString(t, text)
	got := relationsOf(f, PredDescribes)
	for _, want := range []string{"meeting:UNSC:2019-03-27", "meeting:UNSC:2019-03-28", "meeting:UNSC:2019-03-07", "meeting:UNSC:2019-03-08"} {
		if !got[f.Doc.ID+" "+want] {
			t.Errorf("describes %v, want %s", got, want)
		}
	}
	// Four days that open their sentences: the update reports each, it
	// recalls none as the background of the latest.
	if refs := relationsOf(f, PredReferences); len(refs) != 0 {
		t.Errorf("references %v, want none", refs)
	}
}
